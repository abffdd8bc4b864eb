package com.frameworkadvisor.conversation;

import com.frameworkadvisor.knowledge.Confidence;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.Recommendation;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a conversation needs to continue after a restart: stored as JSON after every turn.
 *
 * @param stage        where the conversation is
 * @param profile      the answers so far
 * @param current      the question waiting for an answer, or {@code null}
 * @param draftNeeds   the needs ticked so far while the needs question is open
 * @param pendingNeeds needs mentioned in passing while another question was open; ticked in advance when the
 *                     needs question comes, but not counted until the user confirms them there
 * @param asked        the questions asked, oldest first: "back" walks this list
 * @param skipped      questions skipped or answered "don't know": not asked again
 * @param unknown      of those, the ones answered "don't know", which the result mentions: knowing might matter
 * @param thorough     the user asked to go on after the interview stopped early
 * @param turn         increases whenever a question is asked; its buttons carry that number, so old ones expire
 * @param shown        the verdict last shown, so a changed answer can say how the recommendation moved
 * @param undo         the conversation as it was before its answers were deleted (cancel, start over), kept until
 *                     the user does anything else, so one tap on "Undo" brings it back; otherwise {@code null}
 */
public record ConversationState(
        Stage stage,
        Profile profile,
        Question current,
        Set<Need> draftNeeds,
        Set<Need> pendingNeeds,
        List<Question> asked,
        Set<Question> skipped,
        Set<Question> unknown,
        boolean thorough,
        int turn,
        Shown shown,
        ConversationState undo) {

    public static final ConversationState NEW =
            new ConversationState(Stage.IDLE, null, null, null, null, null, null, null, false, 0, null, null);

    public ConversationState {
        profile = profile == null ? Profile.EMPTY : profile;
        draftNeeds = draftNeeds == null ? Set.of() : Set.copyOf(draftNeeds);
        pendingNeeds = pendingNeeds == null ? Set.of() : Set.copyOf(pendingNeeds);
        asked = asked == null ? List.of() : List.copyOf(asked);
        skipped = skipped == null ? Set.of() : Set.copyOf(skipped);
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    public ConversationState withStage(Stage newStage) {
        return copy(newStage, profile, current, draftNeeds, pendingNeeds, asked, skipped, thorough, turn);
    }

    public ConversationState withProfile(Profile newProfile) {
        return copy(stage, newProfile, current, draftNeeds, pendingNeeds, asked, skipped, thorough, turn);
    }

    /**
     * Opens a question: remembers it in the asked list (once, as the latest) and, for the needs question, starts
     * the ticks from the needs known or mentioned. A new turn number expires the buttons of earlier questions.
     */
    public ConversationState asking(Question question) {
        List<Question> newAsked = new ArrayList<>(asked);
        newAsked.remove(question);
        newAsked.add(question);
        Set<Need> draft = EnumSet.noneOf(Need.class);
        if (question == Question.NEEDS) {
            draft.addAll(profile.needs());
            draft.addAll(pendingNeeds);
        }
        Stage newStage = stage == Stage.IDLE ? Stage.INTERVIEW : stage;
        return copy(newStage, profile, question, draft, pendingNeeds, newAsked, skipped, thorough, turn + 1);
    }

    public ConversationState closingQuestion() {
        return copy(stage, profile, null, Set.of(), pendingNeeds, asked, skipped, thorough, turn);
    }

    /** Remembers needs mentioned in passing; they are offered, ticked, when the needs question comes. */
    public ConversationState mentioning(Set<Need> mentioned, Set<Need> ruledOut) {
        Set<Need> pending = EnumSet.noneOf(Need.class);
        pending.addAll(pendingNeeds);
        pending.addAll(mentioned);
        pending.removeAll(ruledOut);
        return copy(stage, profile, current, draftNeeds, pending, asked, skipped, thorough, turn);
    }

    /** The needs question is answered: what was mentioned in passing is settled with it. */
    public ConversationState withNeedsConfirmed(Set<Need> needs) {
        return copy(stage, profile.withNeeds(needs), current, Set.of(), Set.of(), asked, skipped, thorough, turn)
                .unskipping(Question.NEEDS);
    }

    public ConversationState withDraftNeeds(Set<Need> needs) {
        return copy(stage, profile, current, needs, pendingNeeds, asked, skipped, thorough, turn);
    }

    public ConversationState skipping(Question question) {
        return copy(stage, profile, current, draftNeeds, pendingNeeds, asked, with(skipped, question, true), thorough,
                turn).withUnknown(with(unknown, question, false));
    }

    /** "Don't know": left unanswered like a skip, and remembered as not known. */
    public ConversationState notKnowing(Question question) {
        return skipping(question).withUnknown(with(unknown, question, true));
    }

    public ConversationState unskipping(Question question) {
        return copy(stage, profile, current, draftNeeds, pendingNeeds, asked, with(skipped, question, false),
                thorough, turn).withUnknown(with(unknown, question, false));
    }

    /** A copy of {@code questions} with {@code question} in it or not. */
    private static Set<Question> with(Set<Question> questions, Question question, boolean in) {
        Set<Question> copy = EnumSet.noneOf(Question.class);
        copy.addAll(questions);
        if (in) {
            copy.add(question);
        } else {
            copy.remove(question);
        }
        return copy;
    }

    private ConversationState withUnknown(Set<Question> newUnknown) {
        return new ConversationState(stage, profile, current, draftNeeds, pendingNeeds, asked, skipped, newUnknown,
                thorough, turn, shown, undo);
    }

    /** Drops the last asked question from the history, as "back" does. */
    public ConversationState withoutLastAsked() {
        List<Question> newAsked = new ArrayList<>(asked);
        if (!newAsked.isEmpty()) {
            newAsked.remove(newAsked.size() - 1);
        }
        return copy(stage, profile, current, draftNeeds, pendingNeeds, newAsked, skipped, thorough, turn);
    }

    public ConversationState goingThorough() {
        return copy(stage, profile, current, draftNeeds, pendingNeeds, asked, skipped, true, turn);
    }

    public ConversationState showing(Recommendation recommendation) {
        return new ConversationState(stage, profile, current, draftNeeds, pendingNeeds, asked, skipped, unknown,
                thorough, turn, new Shown(recommendation.verdict(), recommendation.confidence(),
                recommendation.profile()), undo);
    }

    /** A fresh interview that keeps counting turns, so buttons from before the restart stay expired. */
    public ConversationState restarted() {
        return new ConversationState(Stage.INTERVIEW, null, null, null, null, null, null, null, false, turn + 1, null,
                null);
    }

    /** Nothing going on, all answers forgotten; the turn counter goes on so old buttons stay expired. */
    public ConversationState cancelled() {
        return new ConversationState(Stage.IDLE, null, null, null, null, null, null, null, false, turn + 1, null,
                null);
    }

    private ConversationState copy(Stage newStage, Profile newProfile, Question newCurrent, Set<Need> newDraft,
                                   Set<Need> newPending, List<Question> newAsked, Set<Question> newSkipped,
                                   boolean newThorough, int newTurn) {
        return new ConversationState(newStage, newProfile, newCurrent, newDraft, newPending, newAsked, newSkipped,
                unknown, newThorough, newTurn, shown, undo);
    }

    /** Keeps {@code before} (without its own undo) so that it can be brought back. */
    public ConversationState withUndo(ConversationState before) {
        return new ConversationState(stage, profile, current, draftNeeds, pendingNeeds, asked, skipped, unknown,
                thorough, turn, shown, before.withoutUndo());
    }

    public ConversationState withoutUndo() {
        return undo == null ? this : new ConversationState(stage, profile, current, draftNeeds, pendingNeeds, asked,
                skipped, unknown, thorough, turn, shown, null);
    }

    /** This state brought back after {@code now}: a later turn number, so every button shown since expires. */
    public ConversationState broughtBackAfter(ConversationState now) {
        return new ConversationState(stage, profile, current, draftNeeds, pendingNeeds, asked, skipped, unknown,
                thorough, Math.max(turn, now.turn()) + 1, shown, null);
    }

    /** Whether deleting the answers would lose anything the user gave. */
    public boolean hasAnswers() {
        return stage != Stage.IDLE && (!profile.equals(Profile.EMPTY) || !skipped.isEmpty() || shown != null);
    }

    public enum Stage {
        /** Nothing going on: before /start or after /cancel. */
        IDLE,
        /** Questions are being asked. */
        INTERVIEW,
        /** The recommendation was given; follow-up questions are answered, and answers can be changed. */
        RESULT
    }

    /**
     * The verdict last shown to the user.
     *
     * @param basis the answers it was given on, so a change can say which reasons it brought and took away;
     *              {@code null} in conversations stored before it was kept
     */
    public record Shown(Framework verdict, Confidence confidence, Profile basis) {

        /** Whether the user would read the same outcome: the same option, as sure. */
        public boolean sameOutcome(Shown other) {
            return other != null && verdict == other.verdict && confidence == other.confidence;
        }
    }
}
