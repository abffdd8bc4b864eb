package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;
import com.frameworkadvisor.conversation.interview.ButtonData.Verb;
import com.frameworkadvisor.conversation.present.ProfileWording;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.ProfileChange;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a message answered beyond the open question: shown plainly ("I took from that: deadline: Weeks; needed:
 * admin back office"), each with a button that undoes just that one. A button names the answer it undoes and
 * what was there before, so it undoes nothing once that answer has changed again.
 */
public final class TakenInPassing {

    private static final String NOTHING_BEFORE = "NONE";
    private static final int BUTTONS_PER_ROW = 2;

    private final InterviewFlow flow;
    private final Texts texts;
    private final ProfileWording wording;

    TakenInPassing(InterviewFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
        this.wording = new ProfileWording(texts);
    }

    /**
     * One answer taken in passing.
     *
     * @param question the question it answers ({@link Question#NEEDS} for a need, ticked in advance)
     * @param value    the answer, or the need
     * @param previous the answer before, or null
     */
    record Taken(Question question, Enum<?> value, Enum<?> previous) {

        String code() {
            return question.name() + "-" + value.name() + "-" + (previous == null ? NOTHING_BEFORE : previous.name());
        }

        static Optional<Taken> ofCode(String code) {
            String[] parts = code.split("-");
            try {
                Question question = Question.valueOf(parts[0]);
                Enum<?> value = option(question, parts[1]);
                Enum<?> previous = parts[2].equals(NOTHING_BEFORE) ? null : option(question, parts[2]);
                return parts.length == 3 ? Optional.of(new Taken(question, value, previous)) : Optional.empty();
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return Optional.empty();
            }
        }

        private static Enum<?> option(Question question, String name) {
            return question.options().stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name));
        }
    }

    /** The note saying what was taken, with an undo button for each; empty when nothing was. */
    Optional<Reply> note(List<Taken> taken) {
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        List<String> said = taken.stream().map(this::describe).toList();
        List<List<Button>> rows = Button.inRows(taken.stream().map(t -> ButtonData.button(
                texts.get("button.undo-taken", label(t)), Verb.UNDO_TAKEN, t.code(), 0)).toList(), BUTTONS_PER_ROW);
        return Optional.of(Reply.withButtons(Html.italic(texts.get("answer.taken",
                Html.escape(String.join("; ", said)))), rows));
    }

    /** Undoes one answer taken in passing, if it still stands. */
    Turn undo(ConversationState state, String code) {
        Optional<Taken> decoded = Taken.ofCode(code);
        if (decoded.isEmpty() || !stillStands(state, decoded.get())) {
            return Turn.of(state, Reply.notice(texts.get("button.expired")));
        }
        Taken taken = decoded.get();
        ConversationState undone;
        if (taken.question() == Question.NEEDS) {
            Need need = (Need) taken.value();
            Set<Need> draft = EnumSet.noneOf(Need.class);
            draft.addAll(state.draftNeeds());
            draft.remove(need);
            undone = state.mentioning(Set.of(), Set.of(need)).withDraftNeeds(draft);
        } else {
            undone = state.withProfile(state.profile().with(taken.question(), taken.previous()));
        }
        Reply said = Reply.message(Html.italic(texts.get("answer.untaken", Html.escape(describe(taken)))));
        if (undone.current() == null) {
            return flow.proceed(undone, new ArrayList<>(List.of(said)));
        }
        if (undone.current() == Question.NEEDS) {
            QuestionSpec spec = flow.catalogue().of(Question.NEEDS);
            return Turn.of(undone, said, Reply.updatedQuestion(texts.question(spec),
                    flow.questions().buttons(undone, spec)));
        }
        return Turn.of(undone, said);
    }

    private static boolean stillStands(ConversationState state, Taken taken) {
        if (taken.question() == Question.NEEDS) {
            return state.pendingNeeds().contains(taken.value()) || state.draftNeeds().contains(taken.value());
        }
        return taken.question().answer(state.profile()) == taken.value();
    }

    private String describe(Taken taken) {
        return wording.taken(taken.question() == Question.NEEDS ? new ProfileChange.AddNeed((Need) taken.value())
                : new ProfileChange.Answer(taken.question(), taken.value()));
    }

    private String label(Taken taken) {
        return taken.question() == Question.NEEDS ? texts.option(Question.NEEDS, taken.value())
                : texts.questionLabel(taken.question());
    }
}
