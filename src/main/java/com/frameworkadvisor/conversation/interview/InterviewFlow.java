package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.ConversationState.Shown;
import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Outlook;
import com.frameworkadvisor.knowledge.Recommendation;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Moves the interview on after every answer: asks the next question the planner picks, or, when none is left
 * (or none could change the verdict), gives the recommendation. After a changed answer it says how the
 * recommendation moved and why.
 */
public final class InterviewFlow {

    private final Advisor advisor;
    private final InterviewPlanner planner;
    private final QuestionCatalogue catalogue;
    private final QuestionView questions;
    private final Texts texts;
    private final ResultView results;

    public InterviewFlow(Advisor advisor, QuestionCatalogue catalogue, Texts texts, RecommendationPresenter presenter) {
        this.advisor = advisor;
        this.planner = new InterviewPlanner(catalogue);
        this.catalogue = catalogue;
        this.questions = new QuestionView(texts);
        this.texts = texts;
        this.results = new ResultView(advisor, texts, presenter);
    }

    public QuestionView questions() {
        return questions;
    }

    public QuestionCatalogue catalogue() {
        return catalogue;
    }

    /** The next step after the state changed; {@code before} are replies to send first (an answer echo, say). */
    public Turn proceed(ConversationState state, List<Reply> before) {
        ConversationState closed = state.closingQuestion();
        // Most turns ask another question, which needs only the open questions; the flip-point search, the larger
        // part of a recommendation's cost, is added only for the turn that shows the result.
        Outlook outlook = advisor.outlook(closed.profile());
        if (closed.stage() == Stage.RESULT) {
            return result(closed, advisor.recommend(outlook), null).after(before);
        }
        InterviewPlanner.Plan plan = planner.plan(outlook, closed.skipped(), closed.thorough());
        if (plan.next().isPresent()) {
            return ask(closed, plan.next().get(), plan.remaining()).after(before);
        }
        return result(closed, advisor.recommend(outlook), plan.stoppedEarly() ? "result.stopped-early" : null)
                .after(before);
    }

    /** The result on the answers so far, because the user asked for it; the questions left stay open to answer. */
    public Turn resultNow(ConversationState state) {
        ConversationState closed = state.closingQuestion();
        Outlook outlook = advisor.outlook(closed.profile());
        boolean anyLeft = planner.plan(outlook, closed.skipped(), true).next().isPresent();
        return result(closed, advisor.recommend(outlook), anyLeft ? "result.asked-now" : null);
    }

    Turn ask(ConversationState state, QuestionSpec spec, int remaining) {
        ConversationState asking = state.asking(spec.sets());
        int dealtWith = dealtWith(asking);
        return Turn.of(asking, questions.ask(asking, spec, dealtWith + 1, dealtWith + remaining));
    }

    /** Asks one particular question again, to change its answer. */
    Turn reopen(ConversationState state, Question question) {
        ConversationState asking = state.asking(question);
        int dealtWith = dealtWith(asking);
        // During the interview the questions still to come count too; changing an answer after the result
        // goes straight back to it.
        int still = asking.stage() == Stage.RESULT ? 0 : planner.plan(advisor.outlook(asking.profile()),
                asking.skipped(), asking.thorough()).remaining();
        return Turn.of(asking, questions.ask(asking, catalogue.of(question), dealtWith + 1, dealtWith + 1 + still));
    }

    /** Questions answered or skipped, the open one excluded. */
    private static int dealtWith(ConversationState state) {
        int count = 0;
        for (Question question : Question.values()) {
            boolean done = question.isAnswered(state.profile()) || state.skipped().contains(question);
            if (done && question != state.current()) {
                count++;
            }
        }
        return count;
    }

    /**
     * The result: the first time in short, with buttons for the rest; after a change of answers, what changed.
     *
     * @param early why the result comes before every question was asked ("result.stopped-early"), or null
     */
    Turn result(ConversationState state, Recommendation recommendation, String early) {
        String note = early == null ? null : texts.get(early);
        if (!state.unknown().isEmpty()) {
            String unknown = texts.get("result.dont-know", state.unknown().stream().sorted()
                    .map(texts::questionLabel).collect(Collectors.joining(", ")));
            note = note == null ? unknown : note + " " + unknown;
        }
        Shown before = state.shown();
        Reply reply = before == null ? results.first(recommendation, note, early != null)
                : results.changed(before, recommendation, note, early != null);
        ConversationState shown = state.closingQuestion().withStage(Stage.RESULT).showing(recommendation);
        return new Turn(shown, List.of(reply));
    }
}
