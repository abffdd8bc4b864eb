package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.ConversationState.Shown;
import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.conversation.ConversationState;
import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.Turn;
import com.frameworkadvisor.conversation.interview.ButtonData.Verb;
import com.frameworkadvisor.conversation.interview.InterviewPlanner;
import com.frameworkadvisor.conversation.interview.QuestionCatalogue;
import com.frameworkadvisor.conversation.interview.QuestionSpec;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Outlook;
import com.frameworkadvisor.knowledge.Recommendation;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Moves the interview on after every answer: asks the next question the planner picks, or, when none is left
 * (or none could change the verdict), gives the recommendation. After a changed answer it gives the
 * recommendation again and says how it moved.
 */
public final class InterviewFlow {

    private final Advisor advisor;
    private final InterviewPlanner planner;
    private final QuestionCatalogue catalogue;
    private final QuestionView questions;
    private final Texts texts;
    private final RecommendationPresenter presenter;

    public InterviewFlow(Advisor advisor, QuestionCatalogue catalogue, Texts texts, RecommendationPresenter presenter) {
        this.advisor = advisor;
        this.planner = new InterviewPlanner(catalogue);
        this.catalogue = catalogue;
        this.questions = new QuestionView(texts);
        this.texts = texts;
        this.presenter = presenter;
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

    /** @param early why the result comes before every question was asked ("result.stopped-early"), or null */
    Turn result(ConversationState state, Recommendation recommendation, String early) {
        List<Reply> replies = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        Shown before = state.shown();
        if (before != null) {
            String key = before.verdict() == recommendation.verdict() && before.confidence() == recommendation.confidence()
                    ? "result.unchanged" : "result.changed";
            html.append(Html.italic(texts.get(key, texts.outcome(before.verdict(), before.confidence()),
                    texts.confidence(before.confidence()),
                    texts.outcome(recommendation.verdict(), recommendation.confidence()),
                    texts.confidence(recommendation.confidence()))))
                    .append("\n\n");
        }
        if (early != null) {
            html.append(Html.italic(texts.get(early))).append("\n\n");
        }
        html.append(presenter.present(recommendation));
        if (!state.unknown().isEmpty()) {
            html.append("\n\n").append(Html.italic(texts.get("result.dont-know", state.unknown().stream().sorted()
                    .map(texts::questionLabel).collect(Collectors.joining(", ")))));
        }
        List<List<Button>> buttons = new ArrayList<>();
        buttons.add(List.of(ButtonData.button(texts.get("button.summary"), Verb.SUMMARY, "", 0),
                ButtonData.button(texts.get("button.why"), Verb.WHY, "", 0)));
        List<Button> more = new ArrayList<>();
        more.add(ButtonData.button(texts.get("button.change"), Verb.CHANGE, "", 0));
        if (early != null) {
            more.add(ButtonData.button(texts.get("button.continue"), Verb.CONTINUE, "", 0));
        }
        buttons.add(more);
        replies.add(Reply.withButtons(html.toString(), buttons));
        replies.add(Reply.message(texts.get("result.follow-up-hint")));
        ConversationState shown = state.closingQuestion().withStage(Stage.RESULT)
                .showing(recommendation.verdict(), recommendation.confidence());
        return new Turn(shown, replies);
    }
}
