package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.interview.ButtonData;
import com.frameworkadvisor.conversation.interview.QuestionView;
import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Experience;
import com.frameworkadvisor.knowledge.profile.Goal;
import com.frameworkadvisor.knowledge.profile.Growth;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.PythonSkill;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.knowledge.profile.TeamSize;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConversationEngineTests {

    private static final Map<Question, Enum<?>> SHOP_ANSWERS = Map.of(
            Question.KIND, AppKind.SHOP, Question.SIZE, ProjectSize.LARGE, Question.GROWTH, Growth.HIGH,
            Question.TEAM_SIZE, TeamSize.SMALL, Question.EXPERIENCE, Experience.MIXED,
            Question.PYTHON, PythonSkill.BASIC, Question.GOAL, Goal.FULL_PRODUCT, Question.DEADLINE, Deadline.NORMAL);

    /** Answers every question with buttons: the shop answers, and admin plus accounts as needs. */
    private static Chat interviewWithButtons() {
        Chat chat = new Chat().command("start");
        while (chat.stage() == Stage.INTERVIEW) {
            if (chat.current() == Question.NEEDS) {
                chat.answer(Need.ADMIN).answer(Need.USER_ACCOUNTS).press("Done");
            } else {
                chat.answer(SHOP_ANSWERS.get(chat.current()));
            }
        }
        return chat;
    }

    @Test
    void shouldLeadAWholeInterviewWithButtonsToACitedRecommendation() {
        Chat chat = interviewWithButtons();

        assertThat(chat.stage()).isEqualTo(Stage.RESULT);
        assertThat(chat.state.profile().kind()).isEqualTo(AppKind.SHOP);
        assertThat(chat.state.profile().needs()).containsExactlyInAnyOrder(Need.ADMIN, Need.USER_ACCOUNTS);
        assertThat(chat.text()).contains(Chat.TEXTS.get("result.verdict", "Django")).contains(Chat.TEXTS.get("confidence.CLEAR"))
                .containsPattern("\\[\\d\\]").contains("Sources");
    }

    @Test
    void shouldShowProgressAndEchoEachAnswer() {
        Chat chat = new Chat().command("start");
        assertThat(chat.text()).contains(Chat.TEXTS.get("question.progress", 1, "").strip());

        chat.answer(AppKind.SHOP);

        assertThat(chat.last.get(0).kind()).isEqualTo(Reply.Kind.ANSWERED);
        assertThat(chat.last.get(0).html()).contains(Chat.TEXTS.get("option.KIND.SHOP"));
        assertThat(chat.text()).contains(Chat.TEXTS.get("question.progress", 2, "").strip());
    }

    @Test
    void shouldFillEveryAnswerOfOneMessageAndSkipAhead() {
        Chat chat = new Chat().command("start")
                .type("we're 3 juniors building a shop with a login, launch in two weeks");

        assertThat(chat.state.profile().kind()).isEqualTo(AppKind.SHOP);
        assertThat(chat.state.profile().teamSize()).isEqualTo(TeamSize.SMALL);
        assertThat(chat.state.profile().experience()).isEqualTo(Experience.BEGINNERS);
        assertThat(chat.state.profile().deadline()).isEqualTo(Deadline.TIGHT);
        assertThat(chat.current()).isEqualTo(Question.SIZE);
        assertThat(chat.text()).contains(Chat.TEXTS.get("taken.answer", Chat.TEXTS.questionLabel(Question.DEADLINE),
                Chat.TEXTS.option(Question.DEADLINE, Deadline.TIGHT)));
    }

    @Test
    void shouldUndoOneAnswerTakenInPassingWithOneTapAndKeepTheOthers() {
        Chat chat = new Chat().command("start")
                .type("we're 3 juniors building a shop with a login, launch in two weeks");

        String undoLogin = chat.button(Chat.TEXTS.get("button.undo-taken",
                Chat.TEXTS.option(Question.NEEDS, Need.USER_ACCOUNTS))).data();
        chat.press(Chat.TEXTS.get("button.undo-taken", Chat.TEXTS.questionLabel(Question.DEADLINE)));

        assertThat(chat.state.profile().deadline()).isNull();
        assertThat(chat.state.profile().teamSize()).isEqualTo(TeamSize.SMALL);
        assertThat(chat.current()).isEqualTo(Question.SIZE);
        assertThat(chat.state.pendingNeeds()).contains(Need.USER_ACCOUNTS);
        chat.send(new Input.Press(undoLogin));
        assertThat(chat.state.pendingNeeds()).doesNotContain(Need.USER_ACCOUNTS);

        Chat again = new Chat();
        again.state = chat.state;
        again.send(new Input.Press(new ButtonData(ButtonData.Verb.UNDO_TAKEN, "DEADLINE-TIGHT-NONE", 0).encode()));
        assertThat(again.text()).as("an answer already undone").isEqualTo(Chat.TEXTS.get("button.expired"));
    }

    @Test
    void shouldTickNeedsMentionedInPassingWhenTheNeedsQuestionComes() {
        Chat chat = new Chat().command("start").type("an online store where users log in").answer(ProjectSize.MEDIUM);

        assertThat(chat.current()).isEqualTo(Question.NEEDS);
        assertThat(chat.state.profile().needsKnown()).isFalse();
        assertThat(chat.button("User accounts and login").label()).startsWith(QuestionView.TICK);
        chat.press("Done");
        assertThat(chat.state.profile().needs()).contains(Need.USER_ACCOUNTS);
    }

    @Test
    void shouldToggleNeedsAndTakeThemOnDone() {
        Chat chat = new Chat().command("start").answer(AppKind.CMS).answer(ProjectSize.MEDIUM);
        assertThat(chat.current()).isEqualTo(Question.NEEDS);

        chat.answer(Need.ADMIN).answer(Need.ORM).answer(Need.ADMIN);
        assertThat(chat.last).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(Reply.Kind.UPDATED_QUESTION));
        chat.press("Done");

        assertThat(chat.state.profile().needs()).containsExactly(Need.ORM);
    }

    @Test
    void shouldTakeTypedAnswersInTheUsersOwnWords() {
        Chat chat = new Chat().command("start").type("it's a shop");
        assertThat(chat.state.profile().kind()).isEqualTo(AppKind.SHOP);

        chat.type("large");
        assertThat(chat.state.profile().size()).isEqualTo(ProjectSize.LARGE);

        chat.type("need a login and an admin dashboard");
        assertThat(chat.state.profile().needs()).contains(Need.USER_ACCOUNTS, Need.ADMIN);
    }

    @Test
    void shouldGoBackToThePreviousQuestionShowingItsAnswerUntilAnotherIsGiven() {
        Chat chat = new Chat().command("start").answer(AppKind.BLOG).answer(ProjectSize.SMALL);
        Question after = chat.current();

        chat.command("back");

        assertThat(chat.current()).isEqualTo(Question.SIZE);
        assertThat(chat.state.profile().size()).isEqualTo(ProjectSize.SMALL);
        assertThat(chat.ticked(Chat.TEXTS.option(Question.SIZE, ProjectSize.SMALL))).isTrue();
        chat.answer(ProjectSize.LARGE);
        assertThat(chat.state.profile().size()).isEqualTo(ProjectSize.LARGE);
        assertThat(chat.state.profile().kind()).isEqualTo(AppKind.BLOG);
        assertThat(chat.current()).isEqualTo(after);
    }

    @Test
    void shouldKeepTheNeedsTickedWhenGoingBackToThemSoDoneKeepsThem() {
        Chat chat = new Chat().command("start").answer(AppKind.BLOG).answer(ProjectSize.MEDIUM);
        while (chat.current() != Question.NEEDS) {
            chat.command("skip");
        }
        chat.answer(Need.ADMIN).answer(Need.USER_ACCOUNTS).press(Chat.TEXTS.get("button.done"));
        assertThat(chat.current()).isNotEqualTo(Question.NEEDS);

        chat.command("back");

        assertThat(chat.current()).isEqualTo(Question.NEEDS);
        for (Need need : new Need[] {Need.ADMIN, Need.USER_ACCOUNTS}) {
            assertThat(chat.ticked(Chat.TEXTS.option(Question.NEEDS, need))).as("%s ticked", need).isTrue();
        }
        chat.press(Chat.TEXTS.get("button.done"));
        assertThat(chat.state.profile().needs()).containsExactlyInAnyOrder(Need.ADMIN, Need.USER_ACCOUNTS);
    }

    @Test
    void shouldCountTheQuestionsStillToComeAfterGoingBack() {
        Chat chat = new Chat().command("start").answer(AppKind.BLOG).answer(ProjectSize.MEDIUM);

        chat.command("back");

        Matcher progress = Pattern.compile(Chat.TEXTS.get("question.progress", "(\\d+)", "(\\d+)"))
                .matcher(chat.text());
        assertThat(progress.find()).as(chat.text()).isTrue();
        assertThat(Integer.parseInt(progress.group(2))).as(chat.text())
                .isGreaterThan(Integer.parseInt(progress.group(1)));
    }

    @Test
    void shouldListInHelpEveryCommandOfTheMenuAndHandleEachOfThem() {
        String help = new Chat().command("start").command("help").text();

        for (String name : CommandMenu.NAMES) {
            assertThat(help).contains("/" + name + ": " + CommandMenu.description(Chat.TEXTS, name));
            String reply = new Chat().command("start").command(name).text();
            assertThat(reply).as("/%s", name).doesNotContain(Chat.TEXTS.get("unknown-command", name));
        }
    }

    @Test
    void shouldRecordSkipAndDontKnowAsDifferentAnswersAndMentionWhatIsNotKnownInTheResult() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP);
        Question skipped = chat.current();
        chat.press(Chat.TEXTS.get("button.skip"));
        assertThat(chat.text()).contains(Chat.TEXTS.get("answer.skipped"));
        Question unknown = chat.current();
        chat.press(Chat.TEXTS.get("button.dont-know"));
        assertThat(chat.text()).contains(Chat.TEXTS.get("answer.dont-know"));
        assertThat(chat.state.skipped()).contains(skipped, unknown);
        assertThat(chat.state.unknown()).containsExactly(unknown);

        while (chat.stage() == Stage.INTERVIEW) {
            chat.command("skip");
        }

        assertThat(chat.all.stream().map(Reply::html).filter(h -> h.contains(Chat.TEXTS.get("result.dont-know",
                Chat.TEXTS.questionLabel(unknown))))).isNotEmpty();
    }

    @Test
    void shouldTakeATypedDontKnowAsNotKnownAndAnAnswerGivenLaterAsKnown() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP);
        Question open = chat.current();

        chat.type("no idea yet");

        assertThat(chat.state.unknown()).containsExactly(open);
        chat.command("change").press(Chat.TEXTS.questionLabel(open));
        chat.answer(open.options().get(0));
        assertThat(chat.state.unknown()).isEmpty();
        assertThat(chat.state.skipped()).doesNotContain(open);
    }

    @Test
    void shouldShowAtMostEightChoicesAtOnceTwoToARowWithMoreForTheRest() {
        Chat chat = new Chat().command("start");
        while (chat.current() != Question.NEEDS) {
            assertOptionsFitAPhone(chat);
            chat.command("skip");
        }
        assertOptionsFitAPhone(chat);
        Need onTheFirstPage = Need.ADMIN;
        Need further = Need.SITE_EXTRAS;
        assertThat(chat.hasButton(Chat.TEXTS.option(Question.NEEDS, further))).isFalse();

        chat.answer(onTheFirstPage).answer(further);

        // The tick keeps the user on the page they were on, and both ticks count.
        assertThat(chat.ticked(Chat.TEXTS.option(Question.NEEDS, further))).isTrue();
        chat.press(Chat.TEXTS.get("button.done"));
        assertThat(chat.state.profile().needs()).containsExactlyInAnyOrder(onTheFirstPage, further);
    }

    private static void assertOptionsFitAPhone(Chat chat) {
        List<List<Button>> keyboard = chat.last.stream().flatMap(r -> r.buttons().stream()).toList();
        long options = keyboard.stream().flatMap(List::stream)
                .filter(b -> ButtonData.decode(b.data()).map(d -> d.verb() == ButtonData.Verb.ANSWER
                        || d.verb() == ButtonData.Verb.TOGGLE).orElse(false)).count();
        assertThat(options).as("choices shown for %s", chat.current()).isBetween(1L, 8L);
        assertThat(keyboard).allSatisfy(row -> assertThat(row).hasSizeLessThanOrEqualTo(4));
    }

    @Test
    void shouldAskBeforeCancellingAndKeepTheAnswersWhenTheUserSaysNo() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP);
        ConversationState before = chat.state;

        chat.command("cancel");

        assertThat(chat.text()).contains(Chat.TEXTS.get("confirm.cancel"));
        assertThat(chat.state).isEqualTo(before);
        chat.press(Chat.TEXTS.get("button.keep"));
        assertThat(chat.text()).contains(Chat.TEXTS.get("kept"));
        assertThat(chat.state.profile()).isEqualTo(before.profile());
        assertThat(chat.stage()).isEqualTo(Stage.INTERVIEW);
    }

    @Test
    void shouldCancelOnlyOnceConfirmedAndBringEverythingBackWithOneTapOnUndo() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP).answer(ProjectSize.LARGE);
        Question open = chat.current();

        chat.command("cancel").press(Chat.TEXTS.get("button.confirm-delete"));
        assertThat(chat.stage()).isEqualTo(Stage.IDLE);
        assertThat(chat.state.profile().kind()).isNull();

        chat.press(Chat.TEXTS.get("button.undo"));
        assertThat(chat.text()).contains(Chat.TEXTS.get("undone"));
        assertThat(chat.state.profile().kind()).isEqualTo(AppKind.SHOP);
        assertThat(chat.state.profile().size()).isEqualTo(ProjectSize.LARGE);
        assertThat(chat.current()).isEqualTo(open);
        assertThat(chat.state.undo()).isNull();
    }

    @Test
    void shouldConfirmStartingOverAfterTheResultAndOfferTheUndoOnlyUntilSomethingElseHappens() {
        Chat chat = new Chat().command("start").type("a large online shop with an admin panel and logins");
        while (chat.stage() == Stage.INTERVIEW) {
            chat.command("skip");
        }
        ConversationState result = chat.state;

        chat.command("start");
        assertThat(chat.text()).contains(Chat.TEXTS.get("confirm.start"));
        assertThat(chat.state).isEqualTo(result);
        chat.press(Chat.TEXTS.get("button.confirm-delete"));
        assertThat(chat.stage()).isEqualTo(Stage.INTERVIEW);
        Button undo = chat.button(Chat.TEXTS.get("button.undo"));

        chat.answer(AppKind.BLOG).send(new Input.Press(undo.data()));

        assertThat(chat.text()).contains(Chat.TEXTS.get("undo.nothing"));
        assertThat(chat.state.profile().kind()).isEqualTo(AppKind.BLOG);
    }

    @Test
    void shouldNotAskWhenThereIsNothingToLoseAndExpireAStaleConfirmation() {
        Chat chat = new Chat().command("start");
        chat.command("cancel");
        assertThat(chat.stage()).as("nothing answered: cancelled at once").isEqualTo(Stage.IDLE);

        chat = new Chat().command("start").answer(AppKind.SHOP).command("cancel");
        Button stale = chat.button(Chat.TEXTS.get("button.confirm-delete"));
        chat.type("small").send(new Input.Press(stale.data()));
        assertThat(chat.text()).contains(Chat.TEXTS.get("button.expired"));
        assertThat(chat.state.profile().kind()).isEqualTo(AppKind.SHOP);
    }

    @Test
    void shouldForgetEverythingOnlyOnceConfirmedAndOfferNoUndoForIt() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP);
        Turn asked = Chat.engine().apply(chat.state, new Input.Command("forget", ""));
        assertThat(asked.forgetsEverything()).isFalse();
        chat.command("forget");

        Turn confirmed = Chat.engine().apply(chat.state,
                new Input.Press(chat.button(Chat.TEXTS.get("button.confirm-delete")).data()));

        assertThat(confirmed.forgetsEverything()).isTrue();
        assertThat(confirmed.replies()).flatExtracting(Reply::buttons).isEmpty();
    }

    @Test
    void shouldChangeOnlyTheAnswerBeingChangedWhateverItIs() {
        for (Question changed : Question.values()) {
            if (changed.isMultipleChoice()) {
                continue;
            }
            Chat chat = new Chat().command("start")
                    .type("a large online shop, 4 experienced developers who know python well, an MVP in two weeks, "
                            + "growing a lot, with an admin panel");
            while (chat.stage() == Stage.INTERVIEW) {
                chat.command(chat.current() == Question.NEEDS ? "skip" : "dontknow");
            }
            ConversationState before = chat.state;
            Enum<?> other = changed.options().stream().filter(o -> o != changed.answer(before.profile()))
                    .findFirst().orElseThrow();

            chat.command("change").press(Chat.TEXTS.questionLabel(changed)).answer(other);

            for (Question question : Question.values()) {
                if (question == Question.NEEDS) {
                    assertThat(chat.state.profile().needs()).as("needs after changing %s", changed)
                            .isEqualTo(before.profile().needs());
                } else if (question != changed) {
                    assertThat(question.answer(chat.state.profile())).as("%s after changing %s", question, changed)
                            .isEqualTo(question.answer(before.profile()));
                }
            }
            assertThat(changed.answer(chat.state.profile())).isEqualTo(other);
        }
    }

    @Test
    void shouldSayThereIsNothingBeforeTheFirstQuestion() {
        Chat chat = new Chat().command("start").command("back");

        assertThat(chat.current()).isEqualTo(Question.KIND);
        assertThat(chat.text()).contains(Chat.TEXTS.get("back.first-question"));
    }

    @Test
    void shouldChangeAnEarlierAnswerAndSayHowTheRecommendationMoved() {
        Chat chat = interviewWithButtons();
        Framework before = chat.state.shown().verdict();

        chat.command("change").press("project size").answer(ProjectSize.SMALL);

        assertThat(chat.stage()).isEqualTo(Stage.RESULT);
        assertThat(chat.state.profile().size()).isEqualTo(ProjectSize.SMALL);
        assertThat(chat.text()).containsAnyOf("Still", "That changed my recommendation");
        assertThat(before).isEqualTo(Framework.DJANGO);
    }

    @Test
    void shouldExplainWhyAQuestionIsAskedWithoutMovingOn() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP);
        Question open = chat.current();

        chat.press(Chat.TEXTS.get("button.why-asked"));

        assertThat(chat.current()).isEqualTo(open);
        assertThat(chat.text()).isNotBlank();
    }

    @Test
    void shouldSkipAndAssumeNothing() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP).command("skip");

        assertThat(chat.state.skipped()).contains(Question.SIZE);
        assertThat(chat.state.profile().size()).isNull();
        assertThat(chat.current()).isNotEqualTo(Question.SIZE);
    }

    @Test
    void shouldTreatDontKnowAsASkip() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP).type("no idea, honestly");

        assertThat(chat.state.skipped()).contains(Question.SIZE);
    }

    @Test
    void shouldExpireButtonsOfAnEarlierQuestion() {
        Chat chat = new Chat().command("start");
        Button stale = chat.button(Chat.TEXTS.option(Question.KIND, AppKind.SHOP));
        chat.answer(AppKind.CMS);
        ConversationState before = chat.state;

        chat.send(new Input.Press(stale.data()));

        assertThat(chat.state).isEqualTo(before);
        assertThat(chat.text()).contains("expired");
    }

    @Test
    void shouldRefuseForgedButtonDataAndChangeNothing() {
        Chat chat = new Chat().command("start").answer(AppKind.CMS);
        ConversationState before = chat.state;

        for (String forged : new String[] {"", "x", "a:kind:SHOP", "a:kind:NOPE:" + before.turn(),
                "a:size:GIGANTIC:" + before.turn(), "t:ADMIN:" + before.turn(), "z::1", "a:size:LARGE:99999",
                "e:../../etc:", "a".repeat(200)}) {
            chat.send(new Input.Press(forged));
            assertThat(chat.state).as(forged).isEqualTo(before);
            assertThat(chat.text()).as(forged).contains("expired");
        }
    }

    @Test
    void shouldStopEarlyWhenNothingLeftCouldChangeAClearVerdictAndContinueOnRequest() {
        Chat chat = new Chat().command("start")
                .type("a large online shop with admin, user accounts, an ORM and strong security, 4 developers");
        while (chat.stage() == Stage.INTERVIEW) {
            if (chat.current() == Question.NEEDS) {
                chat.press("Done");
            } else {
                chat.answer(chat.current().options().get(0));
            }
        }

        assertThat(chat.text()).contains(Chat.TEXTS.get("result.stopped-early"));
        assertThat(chat.state.profile().deadline()).as("decides a disagreement, so never skipped").isNotNull();
        assertThat(Arrays.stream(Question.values()).filter(q -> !q.isAnswered(chat.state.profile())))
                .as("questions left by the early stop").isNotEmpty();

        chat.press("Ask the remaining questions");

        assertThat(chat.stage()).isEqualTo(Stage.INTERVIEW);
        assertThat(chat.current().isAnswered(chat.state.profile())).isFalse();
    }

    @Test
    void shouldGiveTheSameRecommendationForTheSameAnswers() {
        assertThat(interviewWithButtons().text()).isEqualTo(interviewWithButtons().text());
    }

    @Test
    void shouldStartFromAnOpeningMessageWithoutACommand() {
        Chat chat = new Chat().type("Hello! We're building a news site");

        assertThat(chat.stage()).isEqualTo(Stage.INTERVIEW);
        assertThat(chat.state.profile().kind()).isEqualTo(AppKind.NEWS);
    }

    @Test
    void shouldTakeADeepLinkPayloadAsAnOpeningAnswer() {
        Chat chat = new Chat().send(new Input.Command("start", "online_shop"));

        assertThat(chat.state.profile().kind()).isEqualTo(AppKind.SHOP);
    }

    @Test
    void shouldRestartInTheMiddleWithAFreshInterview() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP).answer(ProjectSize.LARGE).command("restart")
                .press(Chat.TEXTS.get("button.confirm-delete"));

        assertThat(chat.state.profile().kind()).isNull();
        assertThat(chat.current()).isEqualTo(Question.KIND);
    }

    @Test
    void shouldCancelAndForget() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP).command("cancel")
                .press(Chat.TEXTS.get("button.confirm-delete"));

        assertThat(chat.stage()).isEqualTo(Stage.IDLE);
        assertThat(chat.state.profile().kind()).isNull();
    }

    @Test
    void shouldResumeAtTheOpenQuestion() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP);
        Question open = chat.current();

        chat.command("resume");

        assertThat(chat.current()).isEqualTo(open);
        assertThat(chat.text()).contains(Chat.TEXTS.get("resumed"));
    }

    @Test
    void shouldSuggestHelpForAnUnknownCommandAndKeepEverything() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP);
        ConversationState before = chat.state;

        chat.send(new Input.Command("<b>frobnicate</b>", ""));

        assertThat(chat.state).isEqualTo(before);
        assertThat(chat.text()).contains("/help").contains("&lt;b&gt;frobnicate").doesNotContain("<b>frobnicate");
    }

    @Test
    void shouldAnswerHelpInTheMiddleAndKeepTheQuestionOpen() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP);
        Question open = chat.current();

        chat.type("help");

        assertThat(chat.current()).isEqualTo(open);
        assertThat(chat.text()).contains("/back").contains("/summary");
    }

    @Test
    void shouldGiveASummaryAtAnyPoint() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP).command("summary");

        assertThat(chat.document().content()).contains(Chat.TEXTS.get("option.KIND.SHOP"));
    }
}
