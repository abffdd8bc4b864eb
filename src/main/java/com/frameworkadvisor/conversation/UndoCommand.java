package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.interview.ResumeCommand;

/** Brings back the answers a confirmed cancel or start-over deleted, if nothing else happened since. */
final class UndoCommand implements CommandHandler {

    private final ResumeCommand resume;
    private final Texts texts;

    UndoCommand(ResumeCommand resume, Texts texts) {
        this.resume = resume;
        this.texts = texts;
    }

    @Override
    public Turn handle(ConversationState state, String argument) {
        if (state.undo() == null) {
            return Turn.of(state, Reply.message(texts.get("undo.nothing")));
        }
        return resume.handle(state.undo().broughtBackAfter(state), argument);
    }
}
