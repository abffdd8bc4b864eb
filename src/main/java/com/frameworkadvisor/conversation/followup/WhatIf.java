package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.interview.parsing.AnswerParser;
import com.frameworkadvisor.conversation.interview.parsing.ParsedAnswers;
import com.frameworkadvisor.conversation.present.ProfileWording;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProfileChange;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What-ifs: the proposed answers tried on a copy of the real ones, which never change. */
public final class WhatIf {

    private final Advisor advisor;
    private final AnswerParser parser;
    private final Texts texts;
    private final RecommendationPresenter presenter;
    private final ProfileWording wording;

    WhatIf(Advisor advisor, AnswerParser parser, Texts texts, RecommendationPresenter presenter) {
        this.advisor = advisor;
        this.parser = parser;
        this.texts = texts;
        this.presenter = presenter;
        this.wording = new ProfileWording(texts);
    }

    /** The answer to "what if ...": the verdict on a copy of the answers with the proposed ones in. */
    Reply answer(Assessment before, String hypothesis) {
        Profile profile = before.profile();
        ParsedAnswers parsed = parser.parse(hypothesis, null);
        List<ProfileChange> changes = changes(profile, parsed);
        if (changes.isEmpty()) {
            return Reply.message(parsed.isEmpty() ? texts.get("follow-up.what-if.unclear")
                    : texts.get("follow-up.what-if.already", texts.outcome(before.verdict(), before.confidence()),
                    texts.confidence(before.confidence())));
        }
        Profile changed = profile;
        for (ProfileChange change : changes) {
            changed = change.applyTo(changed);
        }
        Assessment after = advisor.assess(changed);
        String key = after.outcomeDiffersFrom(before) ? "follow-up.what-if.different" : "follow-up.what-if.same";
        String html = texts.get(key, Html.escape(wording.changes(changes)),
                texts.outcome(after.verdict(), after.confidence()), texts.confidence(after.confidence()),
                texts.outcome(before.verdict(), before.confidence()), texts.confidence(before.confidence()))
                + "\n" + presenter.bullets(after.reasons(), 2)
                + "\n\n" + Html.italic(texts.get("follow-up.what-if.unchanged"));
        return Reply.message(html);
    }

    /** The changes a hypothetical statement makes to the answers, leaving out what is already so. */
    public static List<ProfileChange> changes(Profile profile, ParsedAnswers parsed) {
        List<ProfileChange> changes = new ArrayList<>();
        for (Map.Entry<Question, Enum<?>> answer : parsed.answers().entrySet()) {
            if (answer.getKey().answer(profile) != answer.getValue()) {
                changes.add(new ProfileChange.Answer(answer.getKey(), answer.getValue()));
            }
        }
        parsed.needs().stream().filter(n -> !profile.has(n)).sorted().map(ProfileChange.AddNeed::new)
                .forEach(changes::add);
        parsed.notNeeded().stream().filter(profile::has).sorted().map(ProfileChange.DropNeed::new)
                .forEach(changes::add);
        changes.sort(Comparator.comparing(ProfileChange::question));
        return changes;
    }
}
