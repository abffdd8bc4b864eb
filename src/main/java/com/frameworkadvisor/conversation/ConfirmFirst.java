package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.interview.ButtonData.Verb;
import com.frameworkadvisor.conversation.interview.ButtonData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command that deletes the user's answers (cancel, start over, forget) asks first, with a button to go ahead and
 * one to keep them, and once done it offers to undo (except forgetting). Without answers to lose, it just runs.
 */
final class ConfirmFirst implements CommandHandler {

    /** The argument of the "keep them" button. */
    static final String KEEP = "keep";

    private final String name;
    private final CommandHandler deleting;
    private final Texts texts;
    private final boolean undoable;

    /** @param undoable false for /forget: keeping a copy to undo it would keep what the user asked to delete */
    ConfirmFirst(String name, CommandHandler deleting, Texts texts, boolean undoable) {
        this.name = name;
        this.deleting = deleting;
        this.texts = texts;
        this.undoable = undoable;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        if (!state.hasAnswers()) {
            return deleting.handle(state, argument);
        }
        List<List<Button>> buttons = List.of(List.of(
                ButtonData.button(texts.get("button.confirm-delete"), Verb.CONFIRM, argument(name, state), 0),
                ButtonData.button(texts.get("button.keep"), Verb.CONFIRM, argument(KEEP, state), 0)));
        return Turn.of(state, Reply.withButtons(texts.get("confirm." + name), buttons));
    }

    /** A confirmation button names the turn it was asked in: once anything else happens, it expires. */
    private static String argument(String choice, ConversationState state) {
        return choice + "-" + state.turn();
    }

    /** What a confirmation button chose ({@link #KEEP} or a command's name); empty when it has expired. */
    static Optional<String> choice(String argument, ConversationState state) {
        int dash = argument.lastIndexOf('-');
        boolean current = dash >= 0 && argument.substring(dash + 1).equals(String.valueOf(state.turn()));
        return current ? Optional.of(argument.substring(0, dash)) : Optional.empty();
    }

    /** The user confirmed: the answers go, and the turn offers to bring them back. */
    Turn confirmed(ConversationState state) {
        Turn done = deleting.handle(state, "");
        if (!undoable) {
            return done;
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.withButtons(texts.get("undo.offer"),
                List.of(List.of(ButtonData.button(texts.get("button.undo"), Verb.UNDO, "", 0)))));
        replies.addAll(done.replies());
        return new Turn(done.state().withUndo(state), replies);
    }
}
