package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.CommandHandler;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;
import com.frameworkadvisor.conversation.interview.ButtonData.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes an earlier answer: without an argument it lists the questions to choose from; with a question id it
 * asks that question again. Once answered, the recommendation is shown again with how it moved.
 */
public final class ChangeCommand implements CommandHandler {

    private final InterviewFlow flow;
    private final Texts texts;

    public ChangeCommand(InterviewFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        Optional<QuestionSpec> chosen = flow.catalogue().find(argument.strip());
        if (chosen.isPresent()) {
            ConversationState editing = state.unskipping(chosen.get().sets());
            return flow.reopen(editing, chosen.get().sets());
        }
        List<List<Button>> rows = new ArrayList<>();
        for (QuestionSpec spec : flow.catalogue().questions()) {
            rows.add(List.of(ButtonData.button(texts.questionLabel(spec.sets()), Verb.EDIT, spec.id(), 0)));
        }
        return Turn.of(state, Reply.withButtons(texts.get("change.choose"), rows));
    }
}
