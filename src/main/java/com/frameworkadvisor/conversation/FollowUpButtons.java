package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.followup.Intent;
import com.frameworkadvisor.conversation.interview.ButtonData.Verb;
import com.frameworkadvisor.conversation.interview.ButtonData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follow-ups offered as buttons: "did you mean ...?" when a message reads two ways, a short "not covered" with a
 * few suggestions, and the second question of a message that asked two.
 */
final class FollowUpButtons {

    /** What a message the sources don't cover is offered instead: a few things worth asking, not everything. */
    private static final List<Intent> SUGGESTIONS = List.of(Intent.of(Intent.Kind.WHY),
            Intent.of(Intent.Kind.DISAGREEMENTS), Intent.of(Intent.Kind.SOURCES));

    private final Texts texts;

    FollowUpButtons(Texts texts) {
        this.texts = texts;
    }

    Reply didYouMean(List<Intent> choices) {
        List<List<Button>> rows = new ArrayList<>();
        choices.forEach(choice -> button(choice).ifPresent(b -> rows.add(List.of(b))));
        if (rows.isEmpty()) {
            return notCovered();
        }
        return Reply.withButtons(texts.get("follow-up.did-you-mean"), rows);
    }

    Reply notCovered() {
        List<Button> row = new ArrayList<>();
        SUGGESTIONS.forEach(s -> button(s).ifPresent(row::add));
        return Reply.withButtons(texts.get("follow-up.not-covered"), List.of(row));
    }

    /** The answer to the first question, with a button for the second. */
    Reply withAlso(Reply answer, Intent also) {
        return button(also).map(b -> {
            List<List<Button>> rows = new ArrayList<>(answer.buttons());
            rows.add(List.of(b));
            return new Reply(answer.kind(), answer.html(), rows);
        }).orElse(answer);
    }

    private Optional<Button> button(Intent intent) {
        return intent.code().map(code -> ButtonData.button(label(intent), Verb.ASK, code, 0));
    }

    /** How a follow-up reads on its button: "Why not Flask?", "Security", "What is an ORM?". */
    String label(Intent intent) {
        return switch (intent.kind()) {
            case WHY -> intent.framework() == null ? texts.get("button.why")
                    : texts.get("ask.WHY.option", texts.framework(intent.framework()));
            case TOPIC -> texts.get("topic." + intent.topic().name() + ".title");
            case GLOSSARY -> texts.get("ask.GLOSSARY", texts.get("glossary." + intent.term() + ".title"));
            case PUSHBACK -> intent.framework() == null ? texts.get("ask.PUSHBACK")
                    : texts.get("ask.PUSHBACK.option", texts.framework(intent.framework()));
            default -> texts.get("ask." + intent.kind().name());
        };
    }
}
