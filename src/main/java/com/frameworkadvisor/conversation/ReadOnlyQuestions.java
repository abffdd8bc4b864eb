package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.followup.FollowUpResponder;
import com.frameworkadvisor.conversation.followup.Heard;
import com.frameworkadvisor.conversation.followup.Intent;
import com.frameworkadvisor.conversation.followup.IntentDetector;
import com.frameworkadvisor.knowledge.profile.Profile;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Follow-up questions about answers that are not the asker's conversation's (a team's, asked in its group):
 * answered from those answers as they are, like any follow-up, but read-only. Nothing is stored, and no button is
 * offered, since a button pressed would come back to the asker's own conversation, which does not hold these
 * answers: what would have been buttons is said in words.
 */
final class ReadOnlyQuestions {

    private final IntentDetector intents;
    private final FollowUpResponder followUps;
    private final FollowUpButtons buttons;

    ReadOnlyQuestions(IntentDetector intents, FollowUpResponder followUps, Texts texts) {
        this.intents = intents;
        this.followUps = followUps;
        this.buttons = new FollowUpButtons(texts);
    }

    /** The answer; empty when the message would change the answers (a correction), which is not for here. */
    Optional<Reply> answer(Profile profile, String question) {
        Heard heard = intents.detect(question, false);
        if (heard.unsure()) {
            return Optional.of(inWords(buttons.didYouMean(heard.choices())));
        }
        Intent intent = heard.intent();
        if (intent.kind() == Intent.Kind.CORRECTION || intent.kind() == Intent.Kind.CHANGE) {
            return Optional.empty();
        }
        if (intent.kind() == Intent.Kind.UNKNOWN) {
            return Optional.of(inWords(buttons.notCovered()));
        }
        Reply answer = followUps.answer(profile, intent, question);
        return Optional.of(new Reply(answer.kind(), answer.html(), List.of(), answer.document()));
    }

    /** "Did you mean: why Django? the disagreements?" with the buttons' labels as the choices to type. */
    private static Reply inWords(Reply offered) {
        String choices = offered.buttons().stream().flatMap(List::stream).map(b -> "\u2022 " + Html.escape(b.label()))
                .collect(Collectors.joining("\n"));
        return Reply.message(choices.isEmpty() ? offered.html() : offered.html() + "\n" + choices);
    }
}
