package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.interview.parsing.AnswerParser;
import com.frameworkadvisor.conversation.present.Citations;
import com.frameworkadvisor.conversation.present.DecisionRecord;
import com.frameworkadvisor.conversation.present.ProfileWording;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.Recommendation;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.knowledge.sources.Fact;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers follow-up questions after the recommendation. Every answer is built from the rules' own cited points
 * or from cited entries of the message bundle; what the sources do not cover gets an honest "not covered".
 * A what-if works on a copy of the answers and never changes the real ones.
 */
public final class FollowUpResponder {

    static final int POINTS_SHOWN = 4;
    /** Answers that rest on a verdict: with nothing to weigh yet, they would only show "0 against 0". */
    private static final Set<Intent.Kind> NEED_A_VERDICT = EnumSet.of(Intent.Kind.WHY, Intent.Kind.WHY_ASK,
            Intent.Kind.VERDICT, Intent.Kind.RESULT_NOW, Intent.Kind.SUMMARY, Intent.Kind.PUSHBACK, Intent.Kind.WHERE,
            Intent.Kind.FLIPS);
    /** Answers that need the whole recommendation (flip points, open questions), not the assessment alone. */
    private static final Set<Intent.Kind> NEED_FLIP_POINTS = EnumSet.of(Intent.Kind.FLIPS, Intent.Kind.SUMMARY);
    /** Answers that list their articles in full already: the sources, the decision record, the pinpoints. */
    private static final Set<Intent.Kind> NAMES_ITS_SOURCES = EnumSet.of(Intent.Kind.SOURCES, Intent.Kind.SUMMARY,
            Intent.Kind.WHERE);
    /** The strongest reasons a short "which one?" answer gives. */
    private static final int VERDICT_REASONS = 3;

    private final Advisor advisor;
    private final AnswerParser parser;
    private final Texts texts;
    private final Citations citations;
    private final RecommendationPresenter presenter;
    private final DecisionRecord record;
    private final Clock clock;
    private final ProfileWording wording;
    private final FactAnswers facts;
    private final SubjectAnswers subjects;
    private final WhatIf whatIfs;
    private final ReasonAnswers reasons;

    public FollowUpResponder(Advisor advisor, AnswerParser parser, Texts texts, Citations citations,
                             RecommendationPresenter presenter, DecisionRecord record, Clock clock) {
        this.advisor = advisor;
        this.parser = parser;
        this.texts = texts;
        this.citations = citations;
        this.presenter = presenter;
        this.record = record;
        this.clock = clock;
        this.wording = new ProfileWording(texts);
        this.facts = new FactAnswers(texts, citations, advisor::facts);
        this.subjects = new SubjectAnswers(advisor, texts, citations, presenter);
        this.whatIfs = new WhatIf(advisor, parser, texts, presenter);
        this.reasons = new ReasonAnswers(texts, citations, presenter);
    }

    /**
     * The answer to a follow-up about the given profile. Changing answers (a change, a correction) and the
     * interview's own requests (why a question is asked, the result now) are the caller's to handle.
     */
    public Reply answer(Profile profile, Intent intent, String original) {
        Reply answer = answerItself(profile, intent);
        if (NAMES_ITS_SOURCES.contains(intent.kind()) || answer.html().indexOf('[') < 0) {
            return answer;
        }
        String named = citations.namedIn(answer.html());
        return named.isEmpty() ? answer : new Reply(answer.kind(), answer.html() + "\n\n"
                + Html.italic(texts.get("result.cited", named)), answer.buttons());
    }

    /** The answer, its citations as numbers; {@link #answer} names the articles behind them after it. */
    private Reply answerItself(Profile profile, Intent intent) {
        // One evaluation per answer: only what would change it and the decision record need the flip points and
        // open questions, which cost about a hundred more, so only they ask for the whole recommendation.
        Recommendation full = NEED_FLIP_POINTS.contains(intent.kind()) ? advisor.recommend(profile) : null;
        Assessment a = full != null ? full.assessment() : advisor.assess(profile);
        if (NEED_A_VERDICT.contains(intent.kind()) && a.evidence().isEmpty() && a.setAside().isEmpty()) {
            return Reply.message(tooLittle(profile));
        }
        return switch (intent.kind()) {
            // With no question open, "why do you ask?" can only mean the verdict, and "the result now" is it.
            case WHY_ASK -> reasons.why(a);
            case WHY -> intent.framework() == null || intent.framework() == a.verdict() && !a.isTie()
                    ? reasons.why(a) : reasons.whyNot(a, intent.framework());
            case VERDICT, RESULT_NOW -> Reply.message(presenter.headline(a) + "\n"
                    + presenter.numbered(a.reasons(), VERDICT_REASONS));
            case TOPIC -> Reply.message(subjects.topic(a, intent.topic()));
            case WHAT_IF -> whatIfs.answer(a, Proposal.newValues(intent.rest()));
            case WHO_USES -> Reply.message(facts.about(Fact.Subject.USERS));
            case ORIGIN -> Reply.message(facts.about(Fact.Subject.ORIGIN));
            case POPULARITY -> Reply.message(facts.about(Fact.Subject.POPULARITY));
            case WHERE -> Reply.message(reasons.where(a));
            case GLOSSARY -> Reply.message(glossary(intent.term()));
            case SUMMARY -> record.reply(full, LocalDate.now(clock));
            case PUSHBACK -> pushback(a, intent.framework(), intent.rest());
            case DISAGREEMENTS -> Reply.message(subjects.disagreements(a));
            case SOURCES -> Reply.message(Html.bold(texts.get("result.sources")) + "\n"
                    + citations.list(advisor.sources().sources().stream().map(s -> s.id()).toList()));
            case FLIPS -> Reply.message(presenter.whatWouldChange(full));
            case THANKS -> Reply.message(texts.get("follow-up.thanks"));
            case SMALL_TALK -> Reply.message(texts.get("follow-up.small-talk"));
            case NOT_ENGLISH -> Reply.message(texts.get("follow-up.not-english"));
            case UNKNOWN, CHANGE, CORRECTION -> Reply.message(texts.get("follow-up.unknown"));
        };
    }

    /** Says what is missing instead of a verdict made of nothing. */
    private String tooLittle(Profile profile) {
        String unanswered = Arrays.stream(Question.values()).filter(q -> !q.isAnswered(profile))
                .map(texts::questionLabel).collect(Collectors.joining(", "));
        return texts.get("follow-up.too-little") + (unanswered.isEmpty() ? ""
                : " " + texts.get("follow-up.too-little.missing", unanswered));
    }

    private String glossary(String term) {
        String key = "glossary." + term;
        return Html.bold(texts.get(key + ".title")) + "\n" + texts.get(key + ".text") + " "
                + citations.cite(texts.words(key + ".sources"));
    }

    /**
     * Restates the verdict and what it rests on. A reason that states an answer ("but we need async") is tried as
     * a what-if, so the user sees whether it would change anything, without changing their answers.
     */
    private Reply pushback(Assessment a, Framework preferred, String reason) {
        if (!WhatIf.changes(a.profile(), parser.parse(reason, null)).isEmpty()) {
            Reply tried = whatIfs.answer(a, Proposal.newValues(reason));
            return Reply.message(texts.get("pushback.reason") + "\n\n" + tried.html());
        }
        String agreement = preferred == a.verdict() && !a.isTie()
                ? texts.get("pushback.agree", texts.framework(preferred)) + "\n\n" : "";
        List<String> answers = wording.answers(a.profile());
        String html = agreement + texts.get("pushback.restate", texts.outcome(a.verdict(), a.confidence()),
                texts.confidence(a.confidence()))
                + "\n" + (answers.isEmpty() ? texts.get("summary.no-answers")
                : answers.stream().map(line -> "• " + Html.escape(line)).collect(Collectors.joining("\n")))
                + "\n\n" + Html.bold(texts.get("result.why")) + "\n" + presenter.bullets(a.reasons(), 2)
                + "\n\n" + texts.get("pushback.offer");
        return Reply.message(html);
    }
}
