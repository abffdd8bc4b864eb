package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.conversation.followup.FollowUpResponder;
import com.frameworkadvisor.conversation.followup.Heard;
import com.frameworkadvisor.conversation.followup.Intent;
import com.frameworkadvisor.conversation.followup.IntentDetector;
import com.frameworkadvisor.conversation.interview.AnswerHandler;
import com.frameworkadvisor.conversation.interview.BackCommand;
import com.frameworkadvisor.conversation.interview.ButtonData;
import com.frameworkadvisor.conversation.interview.ChangeCommand;
import com.frameworkadvisor.conversation.interview.ContinueCommand;
import com.frameworkadvisor.conversation.interview.InterviewFlow;
import com.frameworkadvisor.conversation.interview.QuestionCatalogue;
import com.frameworkadvisor.conversation.interview.ResumeCommand;
import com.frameworkadvisor.conversation.interview.SkipCommand;
import com.frameworkadvisor.conversation.interview.StartCommand;
import com.frameworkadvisor.conversation.interview.WhyAskedCommand;
import com.frameworkadvisor.conversation.interview.parsing.AnswerParser;
import com.frameworkadvisor.conversation.present.Citations;
import com.frameworkadvisor.conversation.present.DecisionRecord;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.understanding.MeaningRecogniser;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The conversation as a pure function: (state, input) to (new state, replies). It routes commands, button
 * presses and typed text to the handler that owns them. Storage, transports and error handling live outside,
 * so every path here can be tested directly.
 */
public final class ConversationEngine {

    /** Commands that only make sense once a conversation is going. */
    private static final Set<String> NEED_A_CONVERSATION = Set.of("back", "change", "continue", "summary", "why");
    /** Commands about the open question. */
    private static final String DONT_KNOW_COMMAND = "dontknow";
    private static final String UNDO = "undo";
    private static final Set<String> NEED_AN_OPEN_QUESTION = Set.of("skip", DONT_KNOW_COMMAND, "whyask");

    private final Texts texts;
    private final InterviewFlow flow;
    private final AnswerHandler answers;
    private final IntentDetector intents;
    private final FollowUpResponder followUps;
    private final TypedText typed;
    private final ReadOnlyQuestions readOnly;
    private final Map<String, CommandHandler> commands = new LinkedHashMap<>();

    /**
     * @param recogniser the sentence model's reading of follow-ups; it may still be loading when this is built
     * @param heard      told what each typed follow-up was heard as, to count it
     * @param clock      dates the decision record
     */
    public ConversationEngine(Advisor advisor, QuestionCatalogue catalogue, AnswerParser parser, Texts texts,
                              Supplier<MeaningRecogniser> recogniser, Consumer<Heard> heard, Clock clock) {
        this.texts = texts;
        // The rules may still be compiling (and may be reloaded later): sources and disagreements are read when used.
        Citations citations = new Citations(advisor::sources);
        RecommendationPresenter presenter = new RecommendationPresenter(texts, citations, advisor::disagreements);
        this.flow = new InterviewFlow(advisor, catalogue, texts, presenter);
        this.answers = new AnswerHandler(flow, parser, texts);
        this.intents = new IntentDetector(texts, parser, recogniser, heard);
        this.followUps = new FollowUpResponder(advisor, parser, texts, citations, presenter,
                new DecisionRecord(texts, presenter, advisor::sources, advisor::disagreements), clock);
        this.typed = new TypedText(flow, answers, intents, followUps, parser, texts);
        this.readOnly = new ReadOnlyQuestions(intents, followUps, texts);
        StartCommand start = new StartCommand(flow, answers, texts, "welcome");
        commands.put("start", new ConfirmFirst("start", start, texts, true));
        ResumeCommand resume = new ResumeCommand(flow, start, texts, "resumed");
        commands.put("resume", resume);
        commands.put("restart", new ConfirmFirst("restart", new StartCommand(flow, answers, texts, "restarted"),
                texts, true));
        commands.put("help", new HelpCommand(texts));
        commands.put("cancel", new ConfirmFirst("cancel", new CancelCommand(texts), texts, true));
        commands.put("forget", new ConfirmFirst("forget", new ForgetCommand(texts), texts, false));
        commands.put(UNDO, new UndoCommand(new ResumeCommand(flow, start, texts, "undone"), texts));
        commands.put("back", new BackCommand(flow, texts));
        commands.put("skip", new SkipCommand(flow, false));
        commands.put(DONT_KNOW_COMMAND, new SkipCommand(flow, true));
        commands.put("whyask", new WhyAskedCommand(flow, texts));
        commands.put("change", new ChangeCommand(flow, texts));
        commands.put("continue", new ContinueCommand(flow, texts));
        commands.put("summary", followUp(Intent.Kind.SUMMARY));
        commands.put("why", followUp(Intent.Kind.WHY));
        commands.put("sources", followUp(Intent.Kind.SOURCES));
    }

    /**
     * A follow-up question about answers that are not a conversation's (a team's, asked in its group), answered
     * read-only; empty when the message would change the answers.
     */
    public Optional<Reply> answerReadOnly(Profile answers, String question) {
        return readOnly.answer(answers, question);
    }

    public Turn apply(ConversationState given, Input input) {
        // An undo is offered until the user does anything else.
        ConversationState state = isUndo(input) ? given : given.withoutUndo();
        if (input instanceof Input.Command command) {
            return command(state, command.name(), command.argument());
        }
        if (input instanceof Input.Press press) {
            return press(state, press.data());
        }
        return text(state, ((Input.Text) input).text());
    }

    private static boolean isUndo(Input input) {
        return input instanceof Input.Command command && UNDO.equalsIgnoreCase(command.name())
                || input instanceof Input.Press press
                && ButtonData.decode(press.data()).map(d -> d.verb() == ButtonData.Verb.UNDO).orElse(false);
    }

    /** A press on a confirmation: go ahead with the deleting command it names, or keep the answers. */
    private Turn confirm(ConversationState state, String argument) {
        Optional<String> choice = ConfirmFirst.choice(argument, state);
        if (choice.isEmpty()) {
            return expired(state);
        }
        if (ConfirmFirst.KEEP.equals(choice.get())) {
            return Turn.of(state, Reply.message(texts.get("kept")));
        }
        return commands.get(choice.get()) instanceof ConfirmFirst deleting ? deleting.confirmed(state)
                : expired(state);
    }

    private Turn command(ConversationState state, String name, String argument) {
        String command = name.toLowerCase(Locale.ROOT);
        CommandHandler handler = commands.get(command);
        if (handler == null) {
            return Turn.of(state, Reply.message(texts.get("unknown-command", Html.escape(name))));
        }
        if (state.stage() == Stage.IDLE && NEED_A_CONVERSATION.contains(command)) {
            return Turn.of(state, Reply.message(texts.get("not-started")));
        }
        if (state.current() == null && NEED_AN_OPEN_QUESTION.contains(command)) {
            return Turn.of(state, Reply.message(texts.get("no-open-question")));
        }
        return handler.handle(state, argument == null ? "" : argument);
    }

    private Turn press(ConversationState state, String data) {
        Optional<ButtonData> decoded = ButtonData.decode(data);
        if (decoded.isEmpty()) {
            return expired(state);
        }
        ButtonData button = decoded.get();
        if (button.verb().boundToQuestion() && (state.current() == null || button.turn() != state.turn())) {
            return expired(state);
        }
        return switch (button.verb()) {
            case ANSWER, TOGGLE, DONE, MORE -> answers.press(state, button);
            case SKIP -> command(state, "skip", "");
            case DONT_KNOW -> command(state, DONT_KNOW_COMMAND, "");
            case BACK -> command(state, "back", "");
            case WHY_ASKED -> command(state, "whyask", "");
            case EDIT -> command(state, "change", button.argument());
            case CHANGE -> command(state, "change", "");
            case CONTINUE -> command(state, "continue", "");
            case SUMMARY -> command(state, "summary", "");
            case WHY -> command(state, "why", "");
            case RESTART -> command(state, "restart", "");
            case CONFIRM -> confirm(state, button.argument());
            case UNDO -> command(state, UNDO, "");
            case UNDO_TAKEN -> answers.undoTaken(state, button.argument());
            case ASK -> intents.ofCode(button.argument())
                    .map(intent -> typed.asked(state, intent, (s2, name) -> command(s2, name, "")))
                    .orElseGet(() -> expired(state));
            case RESULT_NOW -> flow.resultNow(state);
        };
    }

    private Turn expired(ConversationState state) {
        return Turn.of(state, Reply.notice(texts.get("button.expired")));
    }

    private Turn text(ConversationState state, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return withQuestionAgain(state, Reply.message(texts.get("empty-message")));
        }
        Optional<String> typedCommand = typedCommand(state, text);
        if (typedCommand.isPresent()) {
            return command(state, typedCommand.get(), "");
        }
        if (state.stage() == Stage.IDLE) {
            return commands.get("start").handle(state, text);
        }
        if (state.current() != null) {
            return typed.duringInterview(state, text, (s2, name) -> command(s2, name, ""));
        }
        return typed.afterResult(state, text, (s2, name) -> command(s2, name, ""));
    }

    private Turn withQuestionAgain(ConversationState state, Reply first) {
        if (state.current() == null) {
            return Turn.of(state, first);
        }
        return Turn.of(state, first, flow.questions().reask(state, flow.catalogue().of(state.current()),
                "back-to-question"));
    }

    /** A whole message that is a command word: "back", "skip", "help", ... ("why" means "why ask" mid-question). */
    private Optional<String> typedCommand(ConversationState state, String text) {
        String word = text.toLowerCase(Locale.ROOT).replaceAll("[?!.\\s]+$", "").strip();
        for (String name : commands.keySet()) {
            if (texts.has("command." + name + ".words") && texts.words("command." + name + ".words").contains(word)) {
                return Optional.of(name.equals("why") && state.current() != null ? "whyask" : name);
            }
        }
        return Optional.empty();
    }

    private CommandHandler followUp(Intent.Kind kind) {
        return (state, argument) -> Turn.of(state, followUps.answer(state.profile(), Intent.of(kind), ""));
    }
}
