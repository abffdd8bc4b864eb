package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.followup.FollowUpResponder;
import com.frameworkadvisor.conversation.followup.Heard;
import com.frameworkadvisor.conversation.followup.Intent;
import com.frameworkadvisor.conversation.followup.IntentDetector;
import com.frameworkadvisor.conversation.followup.MessageShape;
import com.frameworkadvisor.conversation.followup.Proposal;
import com.frameworkadvisor.conversation.followup.WhatIf;
import com.frameworkadvisor.conversation.interview.AnswerHandler;
import com.frameworkadvisor.conversation.interview.ButtonData.Verb;
import com.frameworkadvisor.conversation.interview.ButtonData;
import com.frameworkadvisor.conversation.interview.InterviewFlow;
import com.frameworkadvisor.conversation.interview.parsing.AnswerParser;
import com.frameworkadvisor.conversation.interview.parsing.ParsedAnswers;
import com.frameworkadvisor.conversation.present.ProfileWording;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProfileChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed messages that are not commands. During the interview a reply is read against the open question first;
 * a question asked in passing is answered and the interview resumes. After the result a message is heard as a
 * follow-up, a correction (stored, shown, undoable) or a what-if (never stored).
 */
final class TypedText {

    /** Follow-ups answered in the middle of the interview, before the open question is asked again. */
    private static final Set<Intent.Kind> ASIDES = EnumSet.of(Intent.Kind.GLOSSARY, Intent.Kind.WHO_USES,
            Intent.Kind.ORIGIN, Intent.Kind.POPULARITY, Intent.Kind.SOURCES, Intent.Kind.DISAGREEMENTS,
            Intent.Kind.FLIPS, Intent.Kind.WHERE, Intent.Kind.WHY, Intent.Kind.VERDICT, Intent.Kind.SUMMARY,
            Intent.Kind.WHAT_IF, Intent.Kind.TOPIC, Intent.Kind.THANKS, Intent.Kind.SMALL_TALK,
            Intent.Kind.NOT_ENGLISH);
    /** Requests to the interview itself, answered by doing them. */
    private static final Set<Intent.Kind> IN_THE_INTERVIEW =
            EnumSet.of(Intent.Kind.WHY_ASK, Intent.Kind.RESULT_NOW, Intent.Kind.CHANGE);

    private final InterviewFlow flow;
    private final AnswerHandler answers;
    private final IntentDetector intents;
    private final FollowUpResponder followUps;
    private final AnswerParser parser;
    private final Texts texts;
    private final FollowUpButtons buttons;
    private final ProfileWording wording;

    TypedText(InterviewFlow flow, AnswerHandler answers, IntentDetector intents, FollowUpResponder followUps,
              AnswerParser parser, Texts texts) {
        this.flow = flow;
        this.answers = answers;
        this.intents = intents;
        this.followUps = followUps;
        this.parser = parser;
        this.texts = texts;
        this.buttons = new FollowUpButtons(texts);
        this.wording = new ProfileWording(texts);
    }

    /** A reply while a question is open: an answer if it reads as one, else a question asked in passing. */
    Turn duringInterview(ConversationState state, String text, CommandRunner commands) {
        boolean asks = MessageShape.isQuestion(text);
        if (!asks) {
            Optional<Turn> answered = answers.text(state, text);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        Heard heard = intents.detect(text, true);
        Optional<Turn> request = request(state, heard.intent(), commands);
        if (request.isPresent()) {
            return request.get();
        }
        boolean aside = ASIDES.contains(heard.kind()) && (asks || heard.kind() != Intent.Kind.TOPIC);
        if (aside) {
            return withQuestionAgain(state, reply(state, heard, text));
        }
        if (asks) {
            Optional<Turn> answered = answers.text(state, text);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        // Only what can be asked in passing is offered: "did you mean 'I disagree'?" helps no one mid-question.
        List<Intent> offered = heard.choices().stream().filter(i -> ASIDES.contains(i.kind())
                || IN_THE_INTERVIEW.contains(i.kind())).toList();
        if (!offered.isEmpty()) {
            return withQuestionAgain(state, buttons.didYouMean(offered));
        }
        return Turn.of(state, flow.questions().reask(state, flow.catalogue().of(state.current()), "not-understood"));
    }

    /** A message after the result. */
    Turn afterResult(ConversationState state, String text, CommandRunner commands) {
        Heard heard = intents.detect(text, false);
        Optional<Turn> request = request(state, heard.intent(), commands);
        if (request.isPresent()) {
            return request.get();
        }
        if (heard.kind() == Intent.Kind.CORRECTION) {
            return correct(state, text);
        }
        return Turn.of(state, reply(state, heard, text));
    }

    /** A follow-up offered as a button and pressed: answered as if typed, the open question (if any) kept. */
    Turn asked(ConversationState state, Intent intent, CommandRunner commands) {
        Optional<Turn> request = request(state, intent, commands);
        if (request.isPresent()) {
            return request.get();
        }
        Reply reply = reply(state, new Heard(intent, List.of(), Optional.empty()), "");
        return state.current() == null ? Turn.of(state, reply) : withQuestionAgain(state, reply);
    }

    /** What the interview itself does when asked: why a question is asked, the result now, change an answer. */
    private Optional<Turn> request(ConversationState state, Intent intent, CommandRunner commands) {
        boolean interviewing = state.current() != null;
        return switch (intent.kind()) {
            case WHY_ASK -> interviewing ? Optional.of(commands.run(state, "whyask")) : Optional.empty();
            case RESULT_NOW -> interviewing ? Optional.of(flow.resultNow(state)) : Optional.empty();
            case CHANGE -> Optional.of(commands.run(state, "change"));
            default -> Optional.empty();
        };
    }

    private Reply reply(ConversationState state, Heard heard, String text) {
        if (heard.unsure()) {
            return buttons.didYouMean(heard.choices());
        }
        if (heard.kind() == Intent.Kind.UNKNOWN) {
            return buttons.notCovered();
        }
        Reply answer = followUps.answer(state.profile(), heard.intent(), text);
        return heard.also().map(also -> buttons.withAlso(answer, also)).orElse(answer);
    }

    /** Changes the answers the message states, shows what changed, and offers to undo it in one tap. */
    private Turn correct(ConversationState state, String text) {
        Profile before = state.profile();
        ParsedAnswers stated = parser.parse(Proposal.newValues(text), null);
        List<ProfileChange> changes = WhatIf.changes(before, stated);
        if (changes.isEmpty()) {
            // Said back either way: "it's a large project" when it already is must not sound like a misreading.
            List<ProfileChange> already = WhatIf.changes(Profile.EMPTY, stated);
            return Turn.of(state, Reply.message(already.isEmpty() ? texts.get("correction.unclear")
                    : texts.get("correction.same", Html.escape(wording.taken(already)))));
        }
        ConversationState corrected = state;
        for (ProfileChange change : changes) {
            corrected = corrected.withProfile(change.applyTo(corrected.profile())).unskipping(change.question());
        }
        Reply taken = Reply.withButtons(Html.italic(texts.get("correction.taken", Html.escape(wording.taken(changes)))),
                List.of(List.of(ButtonData.button(texts.get("button.undo"), Verb.UNDO, "", 0))));
        Turn shown = flow.proceed(corrected, new ArrayList<>(List.of(taken)));
        return new Turn(shown.state().withUndo(state), shown.replies());
    }

    private Turn withQuestionAgain(ConversationState state, Reply first) {
        return Turn.of(state, first,
                flow.questions().reask(state, flow.catalogue().of(state.current()), "back-to-question"));
    }

    /** Runs a command by name, as the engine would for a typed one. */
    interface CommandRunner {
        Turn run(ConversationState state, String command);
    }
}
