package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.interview.ButtonData.Verb;
import com.frameworkadvisor.conversation.present.ProfileWording;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.List;

/** How a question looks: its text with progress, its option buttons, and the navigation row. */
public final class QuestionView {

    static final int OPTIONS_PER_ROW = 2;
    /** A phone shows about this many choices without a wall of buttons; the rest are a tap on "More…" away. */
    static final int OPTIONS_PER_PAGE = 8;
    public static final String TICK = "✓ ";

    private final Texts texts;
    private final ProfileWording wording;

    QuestionView(Texts texts) {
        this.texts = texts;
        this.wording = new ProfileWording(texts);
    }

    /**
     * @param number the question's position in this interview, from 1
     * @param about  the expected number of questions in all, which shrinks as answers settle others
     */
    Reply ask(ConversationState state, QuestionSpec spec, int number, int about) {
        String hint = spec.multiple() ? texts.get("question.hint.multiple") : texts.get("question.hint.single");
        String html = Html.bold(texts.get("question.progress", number, Math.max(number, about))) + "\n"
                + texts.question(spec) + "\n" + Html.italic(hint);
        return Reply.question(html, buttons(state, spec));
    }

    /** The question again, after an answer that could not be understood. */
    public Reply reask(ConversationState state, QuestionSpec spec, String whyKey) {
        String html = texts.get(whyKey) + "\n\n" + Html.bold(texts.question(spec)) + "\n"
                + Html.italic(texts.get(spec.multiple() ? "question.hint.multiple" : "question.hint.single"));
        return Reply.question(html, buttons(state, spec));
    }

    /** What replaces the question once it is answered: the question and the answer given. */
    Reply answered(QuestionSpec spec, ConversationState state) {
        boolean unanswered = state.skipped().contains(spec.sets()) && !spec.sets().isAnswered(state.profile());
        String answer = !unanswered ? wording.answer(state.profile(), spec.sets())
                : texts.get(state.unknown().contains(spec.sets()) ? "answer.dont-know" : "answer.skipped");
        return Reply.answered(texts.question(spec) + "\n→ " + Html.bold(Html.escape(answer)));
    }

    List<List<Button>> buttons(ConversationState state, QuestionSpec spec) {
        return buttons(state, spec, 0);
    }

    /**
     * The buttons with one page of the options, most common first (the order of rules/questions.json), two to a
     * row, and "More…" for the next page, which comes back to the first after the last.
     */
    List<List<Button>> buttons(ConversationState state, QuestionSpec spec, int page) {
        List<? extends Enum<?>> options = spec.optionValues();
        int pages = pages(spec);
        int shown = Math.floorMod(page, pages);
        int end = Math.min(options.size(), (shown + 1) * OPTIONS_PER_PAGE);
        List<List<Button>> rows = new ArrayList<>(Button.inRows(options.subList(shown * OPTIONS_PER_PAGE, end)
                .stream().map(option -> optionButton(state, spec, option)).toList(), OPTIONS_PER_ROW));
        if (pages > 1) {
            String label = texts.get(shown + 1 < pages ? "button.more" : "button.first-options");
            rows.add(List.of(ButtonData.button(label, Verb.MORE, String.valueOf((shown + 1) % pages), state.turn())));
        }
        if (spec.multiple()) {
            rows.add(List.of(ButtonData.button(texts.get("button.done"), Verb.DONE, "", state.turn())));
        }
        List<Button> navigation = new ArrayList<>();
        if (state.asked().size() > 1) {
            navigation.add(ButtonData.button(texts.get("button.back"), Verb.BACK, "", state.turn()));
        }
        navigation.add(ButtonData.button(texts.get("button.skip"), Verb.SKIP, "", state.turn()));
        navigation.add(ButtonData.button(texts.get("button.dont-know"), Verb.DONT_KNOW, "", state.turn()));
        navigation.add(ButtonData.button(texts.get("button.why-asked"), Verb.WHY_ASKED, "", state.turn()));
        rows.add(navigation);
        if (state.asked().size() > 1) {
            // Questions the early stop would never skip are asked until the user says enough.
            rows.add(List.of(ButtonData.button(texts.get("button.result-now"), Verb.RESULT_NOW, "", state.turn())));
        }
        return rows;
    }

    static int pages(QuestionSpec spec) {
        return Math.max(1, (spec.optionValues().size() + OPTIONS_PER_PAGE - 1) / OPTIONS_PER_PAGE);
    }

    /** The page an option is on, so a tick keeps the user on the page they were looking at. */
    static int pageOf(QuestionSpec spec, Enum<?> option) {
        return Math.max(0, spec.optionValues().indexOf(option)) / OPTIONS_PER_PAGE;
    }

    private Button optionButton(ConversationState state, QuestionSpec spec, Enum<?> option) {
        String label = texts.option(spec.sets(), option);
        if (spec.sets() == Question.NEEDS) {
            boolean ticked = state.draftNeeds().contains((Need) option);
            return ButtonData.button(ticked ? TICK + label : label, Verb.TOGGLE, option.name(), state.turn());
        }
        boolean chosen = spec.sets().answer(state.profile()) == option;
        return ButtonData.button(chosen ? TICK + label : label, Verb.ANSWER, option.name(), state.turn());
    }
}
