package com.frameworkadvisor.conversation.present;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProfileChange;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Puts answers and changes to answers into words. */
public final class ProfileWording {

    private final Texts texts;

    public ProfileWording(Texts texts) {
        this.texts = texts;
    }

    /** "project size: Large" for every answered question, in question order. */
    public List<String> answers(Profile profile) {
        List<String> lines = new ArrayList<>();
        for (Question question : Question.values()) {
            if (question.isAnswered(profile)) {
                lines.add(texts.questionLabel(question) + ": " + answer(profile, question));
            }
        }
        return lines;
    }

    public String answer(Profile profile, Question question) {
        if (question.isMultipleChoice()) {
            return profile.needs().isEmpty() ? texts.get("answer.needs.none") : needs(profile);
        }
        return texts.option(question, question.answer(profile));
    }

    private String needs(Profile profile) {
        return profile.needs().stream().sorted().map(need -> texts.option(Question.NEEDS, need))
                .collect(Collectors.joining(", "));
    }

    /** "project size were Small", "you needed An admin back office", ... */
    public String change(ProfileChange change) {
        // Java 17 has no pattern matching for switch yet, hence the instanceof chain.
        if (change instanceof ProfileChange.Answer answer) {
            return texts.get("change.answer", texts.questionLabel(answer.question()),
                    texts.option(answer.question(), answer.value()));
        }
        if (change instanceof ProfileChange.AddNeed add) {
            return texts.get("change.add-need", need(add.need()));
        }
        return texts.get("change.drop-need", need(((ProfileChange.DropNeed) change).need()));
    }

    /** The changes as taken from a message, for "I took from that: deadline: Weeks; needed: admin back office". */
    public String taken(List<ProfileChange> changes) {
        return changes.stream().map(this::taken).collect(Collectors.joining("; "));
    }

    /** One change as taken from a message: "deadline: Weeks", "needed: admin back office". */
    public String taken(ProfileChange change) {
        if (change instanceof ProfileChange.Answer answer) {
            return texts.get("taken.answer", texts.questionLabel(answer.question()),
                    texts.option(answer.question(), answer.value()));
        }
        return change instanceof ProfileChange.AddNeed add ? texts.get("taken.add-need", need(add.need()))
                : texts.get("taken.drop-need", need(((ProfileChange.DropNeed) change).need()));
    }

    public String changes(List<ProfileChange> changes) {
        return changes.stream().map(this::change).collect(Collectors.joining(texts.get("change.and")));
    }

    /** A need as it reads after "you needed": the option's label, unless that is not a noun ("Choose our own ..."). */
    private String need(Need need) {
        String phrase = "need.phrase." + need.name();
        return texts.has(phrase) ? texts.get(phrase)
                : texts.option(Question.NEEDS, need).toLowerCase(java.util.Locale.ROOT);
    }
}
