package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;
import com.frameworkadvisor.conversation.interview.TakenInPassing.Taken;
import com.frameworkadvisor.conversation.interview.parsing.AnswerParser;
import com.frameworkadvisor.conversation.interview.parsing.ParsedAnswers;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Takes answers, pressed or typed. A typed message may answer several questions at once: everything it answers
 * is filled in and the interview skips ahead. Needs mentioned in passing are ticked in advance on the needs
 * question rather than counted straight away, so the user still sees the full list once.
 */
public final class AnswerHandler {

    private final InterviewFlow flow;
    private final AnswerParser parser;
    private final Texts texts;
    private final TakenInPassing inPassing;

    public AnswerHandler(InterviewFlow flow, AnswerParser parser, Texts texts) {
        this.flow = flow;
        this.parser = parser;
        this.texts = texts;
        this.inPassing = new TakenInPassing(flow, texts);
    }

    /** Undoes one answer a message gave in passing (its button's argument). */
    public Turn undoTaken(ConversationState state, String argument) {
        return inPassing.undo(state, argument);
    }

    public Turn press(ConversationState state, ButtonData data) {
        QuestionSpec spec = flow.catalogue().of(state.current());
        return switch (data.verb()) {
            case ANSWER -> spec.multiple() || !spec.options().contains(data.argument())
                    ? expired(state) : answer(state.withProfile(state.profile().with(spec.sets(),
                    spec.option(data.argument()))).unskipping(spec.sets()), spec, Optional.empty());
            case TOGGLE -> !spec.multiple() || !spec.options().contains(data.argument())
                    ? expired(state) : toggle(state, spec, (Need) spec.option(data.argument()));
            case DONE -> !spec.multiple() ? expired(state)
                    : answer(state.withNeedsConfirmed(state.draftNeeds()), spec, Optional.empty());
            case MORE -> page(state, spec, data.argument());
            default -> throw new IllegalArgumentException("not an answer: " + data);
        };
    }

    /** A typed answer to the open question; empty when the text answered nothing at all. */
    public Optional<Turn> text(ConversationState state, String text) {
        QuestionSpec spec = flow.catalogue().of(state.current());
        ParsedAnswers parsed = parser.parse(text, spec.sets());
        if (spec.multiple() && (isNone(text) || !parsed.needs().isEmpty() || !parsed.notNeeded().isEmpty())) {
            Set<Need> needs = EnumSet.noneOf(Need.class);
            if (!isNone(text)) {
                needs.addAll(state.draftNeeds());
                needs.addAll(parsed.needs());
                needs.removeAll(parsed.notNeeded());
            }
            Applied others = applySingleAnswers(state, parsed, null);
            return Optional.of(answer(others.state().withNeedsConfirmed(needs), spec, others.noted()));
        }
        Applied applied = applyInPassing(state, parsed, spec.sets());
        if (spec.sets().isAnswered(applied.state().profile()) && !spec.multiple()) {
            return Optional.of(answer(applied.state().unskipping(spec.sets()), spec, applied.noted()));
        }
        if (applied.noted().isPresent()) {
            return Optional.of(flow.proceed(applied.state(), List.of(applied.noted().get())));
        }
        if (parsed.dontKnow()) {
            ConversationState skipped = state.notKnowing(spec.sets());
            return Optional.of(flow.proceed(skipped, List.of(flow.questions().answered(spec, skipped))));
        }
        return Optional.empty();
    }

    /** Fills in whatever the text answers, without an open question to give it context. */
    Applied applyInPassing(ConversationState state, String text) {
        return applyInPassing(state, parser.parse(text, null), null);
    }

    private Applied applyInPassing(ConversationState state, ParsedAnswers parsed, Question open) {
        Applied applied = applySingleAnswers(state, parsed, open);
        ConversationState mentioned = applied.state().mentioning(parsed.needs(), parsed.notNeeded());
        List<Taken> taken = new ArrayList<>(applied.taken());
        parsed.needs().stream().sorted().filter(need -> !state.pendingNeeds().contains(need)
                && !state.profile().has(need)).forEach(need -> taken.add(new Taken(Question.NEEDS, need, null)));
        return new Applied(mentioned, taken, inPassing.note(taken));
    }

    /**
     * Applies every single-choice answer; notes each one that changed something, except the one to {@code open},
     * which gets its own echo.
     */
    private Applied applySingleAnswers(ConversationState state, ParsedAnswers parsed, Question open) {
        ConversationState result = state;
        List<Taken> taken = new ArrayList<>();
        for (Question question : Question.values()) {
            Enum<?> value = parsed.answers().get(question);
            if (value == null) {
                continue;
            }
            Enum<?> previous = question.answer(result.profile());
            result = result.withProfile(result.profile().with(question, value)).unskipping(question);
            if (question != open && previous != value) {
                taken.add(new Taken(question, value, previous));
            }
        }
        return new Applied(result, taken, inPassing.note(taken));
    }

    private Turn answer(ConversationState answered, QuestionSpec spec, Optional<Reply> noted) {
        List<Reply> before = new ArrayList<>();
        before.add(flow.questions().answered(spec, answered));
        noted.ifPresent(before::add);
        return flow.proceed(answered, before);
    }

    private Turn toggle(ConversationState state, QuestionSpec spec, Need need) {
        Set<Need> draft = EnumSet.noneOf(Need.class);
        draft.addAll(state.draftNeeds());
        if (!draft.remove(need)) {
            draft.add(need);
        }
        ConversationState toggled = state.withDraftNeeds(draft);
        Reply updated = Reply.updatedQuestion(texts.question(spec),
                flow.questions().buttons(toggled, spec, QuestionView.pageOf(spec, need)));
        return Turn.of(toggled, updated);
    }

    /** Another page of the open question's options, in place of the one shown; the answers so far stay. */
    private Turn page(ConversationState state, QuestionSpec spec, String argument) {
        int page;
        try {
            page = Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            return expired(state);
        }
        if (page < 0 || page >= QuestionView.pages(spec)) {
            return expired(state);
        }
        return Turn.of(state, Reply.updatedQuestion(texts.question(spec), flow.questions().buttons(state, spec, page)));
    }

    private Turn expired(ConversationState state) {
        return Turn.of(state, Reply.notice(texts.get("button.expired")));
    }

    private boolean isNone(String text) {
        return texts.words("words.none").contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The state after answers given in passing, what was taken, and a note telling the user so. */
    record Applied(ConversationState state, List<Taken> taken, Optional<Reply> noted) {
    }
}
