package com.frameworkadvisor.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.knowledge.TestRules;
import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Follow-up questions after the recommendation: every answer grounded in cited sources, nothing changed. */
class FollowUpTests {

    /** A finished interview for a large shop with admin and accounts, skipping what the buttons allow. */
    private static Chat afterResult() {
        Chat chat = new Chat().command("start")
                .type("a large online shop, 4 developers, launch in a few months");
        while (chat.stage() == Stage.INTERVIEW) {
            if (chat.current() == Question.NEEDS) {
                chat.answer(Need.ADMIN).answer(Need.USER_ACCOUNTS).press("Done");
            } else {
                chat.command("skip");
            }
        }
        return chat;
    }

    private static Chat ask(String question) {
        Chat chat = afterResult();
        Profile before = chat.state.profile();
        chat.type(question);
        assertThat(chat.state.profile()).as("answers after '%s'", question).isEqualTo(before);
        assertThat(chat.stage()).isEqualTo(Stage.RESULT);
        return chat;
    }

    @Test
    void shouldSayWhatIsMissingRatherThanGiveAVerdictOfNothing() {
        for (String question : new String[] {"/summary", "/why", "why not Flask?"}) {
            Chat chat = new Chat().command("start");
            if (question.startsWith("/")) {
                chat.command(question.substring(1));
            } else {
                chat.command("skip").command("skip").type(question);
            }
            assertThat(chat.text()).as(question).contains(Chat.TEXTS.get("follow-up.too-little"));
            assertThat(chat.last).as(question).noneMatch(reply -> reply.kind() == Reply.Kind.DOCUMENT);
        }
    }

    @Test
    void shouldExplainWhyWithNumberedCitedReasons() {
        assertThat(ask("why?").text()).contains("Django").containsPattern("1\\. .*\\[\\d\\]");
    }

    @Test
    void shouldSayWhereInEachArticleTheReasonsAreMade() {
        String text = ask("where does it say that?").text();

        // Each reason is followed by its passages: "[n] Label, “pinpoint”".
        assertThat(text).containsPattern("\\[\\d\\] Hirist, “[^”]+”").contains("Use Django when, large project");
    }

    @Test
    void shouldSayWhoMadeEachFrameworkWithPinpointedSources() {
        String text = ask("who created flask?").text();

        assertThat(text).contains("Armin Ronacher").contains("2003").containsPattern("\\[\\d\\] Codecademy, “");
    }

    @Test
    void shouldGivePopularityFiguresAsTheArticlesCiteThem() {
        assertThat(ask("how popular are they? github stars?").text()).contains("55.6k").contains("Statista");
    }

    @Test
    void shouldNameRedditForBothFrameworksWhenAskedWhoUsesThem() {
        String text = ask("who uses them?").text();

        assertThat(text.indexOf("Reddit")).isNotNegative();
        assertThat(text.indexOf("Reddit", text.indexOf("Reddit") + 1)).as("Reddit named for the second framework")
                .isPositive();
    }

    @Test
    void shouldSayWhichArticlesLeaveASubjectOpen() {
        // Only Hirist speaks to asynchronous work; the other four say nothing either way.
        String answer = ask("what about async support?").text();

        assertThat(answer).contains(Chat.TEXTS.get("follow-up.topic.silent",
                "Codecademy, The 2020 guide, Djodji (Medium), Uncodemy"));
        // ...and which part of the question the one that speaks leaves open.
        assertThat(answer).contains(Chat.TEXTS.get("follow-up.topic.open",
                Html.escape(TestRules.advisor().topics().leftOpen("async").orElseThrow())));
        assertThat(ask("what about security?").text()).doesNotContain(Chat.TEXTS.get("follow-up.topic.silent", "")
                .substring(0, 10));
    }

    @Test
    void shouldExplainWhyNotTheRunnerUp() {
        String answer = ask("why not Flask?").text();
        assertThat(answer).contains(Chat.TEXTS.get("follow-up.why-not.behind", "Flask", "Django",
                        Chat.TEXTS.get("confidence.CLEAR")))
                .contains(Chat.TEXTS.get("follow-up.why-not.instead", "Django")).containsPattern("\\[\\d\\]");
        assertThat(answer).as("no scores, which mean nothing to a reader").doesNotContainPattern("score|-\\d");
    }

    @Test
    void shouldSayFastApiOnlyMattersForAsyncApis() {
        assertThat(ask("what about FastAPI?").text()).contains("FastAPI").contains("async");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what about security?", "is it fast? performance?", "how does it scale?",
            "what's the learning curve like?", "how big is the community?", "what about the admin?",
            "and the database?", "what about APIs?", "microservices?", "machine learning?"})
    void shouldAnswerTopicQuestionsFromTheRules(String question) {
        String text = ask(question).text();
        assertThat(text).contains(Chat.TEXTS.get("follow-up.topic.yours")).containsPattern("\\[\\d\\]");
    }

    @Test
    void shouldAnswerAWhatIfWithoutChangingTheRealAnswers() {
        Chat chat = ask("what if the team grows to 20?");

        assertThat(chat.text()).contains(Chat.TEXTS.get("label.TEAM_SIZE")).contains(Chat.TEXTS.get("option.TEAM_SIZE.LARGE")).contains(Chat.TEXTS.get("follow-up.what-if.unchanged"));
        assertThat(chat.state.profile().teamSize()).isNotEqualTo(com.frameworkadvisor.knowledge.profile.TeamSize.LARGE);
    }

    @Test
    void shouldUnderstandAWhatIfAboutTheDeadline() {
        Chat chat = ask("what if the deadline is two weeks?");

        assertThat(chat.text()).contains("deadline were &quot;Weeks&quot;").contains(Chat.TEXTS.get("follow-up.what-if.unchanged"));
        assertThat(chat.state.profile().deadline()).isNotEqualTo(com.frameworkadvisor.knowledge.profile.Deadline.TIGHT);
    }

    @Test
    void shouldShowAWhatIfThatChangesTheVerdict() {
        Chat chat = new Chat().command("start").answer(AppKind.API);
        while (chat.stage() == Stage.INTERVIEW) {
            if (chat.current() == Question.NEEDS) {
                chat.answer(Need.ML_MODEL).press("Done");
            } else {
                chat.command("skip");
            }
        }
        assertThat(chat.text()).contains(Chat.TEXTS.get("result.verdict", "Flask"));

        chat.type("what if we need an admin panel, user accounts and an ORM and it's a large project?");

        assertThat(chat.text()).contains("Django").contains("instead of Flask");
    }

    @Test
    void shouldSayWhoUsesEachFrameworkWithSources() {
        assertThat(ask("who uses Django?").text()).contains("Instagram").contains("LinkedIn").containsPattern("\\[\\d\\]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is an ORM?", "what's MVT", "what does WSGI mean?", "what is jinja2",
            "define werkzeug", "what is DRF?", "what are blueprints?"})
    void shouldExplainTermsWithSources(String question) {
        assertThat(ask(question).text()).containsPattern("<b>[^<]+</b>\\n.+\\[\\d\\]");
    }

    @Test
    void shouldGiveTheDecisionRecordAsAMarkdownFileInTheMadrLayout() {
        Chat chat = ask("summary please");
        Reply.Document record = chat.document();
        String md = record.content();

        assertThat(record.fileName()).matches("\\d{4}-\\d{2}-\\d{2}-web-framework-django\\.md");
        assertThat(md).startsWith("---\nstatus: proposed\ndate: ").contains("# " + Chat.TEXTS.get("record.title", "Django"));
        // MADR's sections, in its order.
        assertThat(md).containsSubsequence(List.of("## " + Chat.TEXTS.get("record.context"),
                "## " + Chat.TEXTS.get("record.drivers"), "## " + Chat.TEXTS.get("record.options"),
                "## " + Chat.TEXTS.get("record.outcome"), "### " + Chat.TEXTS.get("record.consequences"),
                "## " + Chat.TEXTS.get("record.changes"), "## " + Chat.TEXTS.get("record.pros-cons"),
                "## " + Chat.TEXTS.get("record.sources")));
        // The project as answered, every option considered, each point with its article and where in it.
        assertThat(md).contains(Chat.TEXTS.get("option.KIND.SHOP")).contains("### Django").contains("### Flask")
                .contains("### FastAPI").containsPattern("Good, because .+ \\(Hirist, “[^”]+”");
        // Full entries: each cited article's title and date (or that it gives none), no internal ids, no scores.
        assertThat(md).contains("*Flask vs Django: Difference Between Flask and Django*")
                .contains(Chat.TEXTS.get("record.undated")).contains("2020-12-28")
                .doesNotContain("choose-2020").doesNotContain("medium-projects").doesNotContain("score");
        assertThat(chat.text()).isEqualTo(Chat.TEXTS.get("record.caption", "Django",
                Chat.TEXTS.get("confidence.CLEAR")));
    }

    @Test
    void shouldRestateAndOfferAChangeOnPushback() {
        String text = ask("are you sure?").text();

        assertThat(text).contains("stays").contains("Django").contains("/change").contains(Chat.TEXTS.get("label.KIND"));
    }

    @Test
    void shouldTakeAPreferenceForTheOtherOptionAsPushback() {
        assertThat(ask("I think Flask is better").text()).contains("stays").contains("/change");
    }

    @Test
    void shouldListWhereTheArticlesDisagree() {
        assertThat(ask("where do the articles disagree?").text())
                .contains(Chat.TEXTS.get("follow-up.disagreements.none"))
                .contains(Chat.TEXTS.get("follow-up.disagreements.others"));
    }

    @Test
    void shouldListTheSources() {
        assertThat(ask("which sources do you use?").text()).contains("[1]").contains("[5]").contains("Codecademy");
    }

    @Test
    void shouldAdmitWhatItsSourcesDoNotCover() {
        Chat chat = ask("what's the weather in Paris?");

        assertThat(chat.text()).isEqualTo(Chat.TEXTS.get("follow-up.not-covered"));
        assertThat(chat.hasButton(Chat.TEXTS.get("button.why"))).as("a few suggestions as buttons").isTrue();
        assertThat(chat.hasButton(Chat.TEXTS.get("ask.SOURCES"))).isTrue();
    }

    @Test
    void shouldOfferTheAnswersToChangeWhenAsked() {
        Chat chat = afterResult().type("I want to change my answers");

        assertThat(chat.text()).contains(Chat.TEXTS.get("change.choose"));
        assertThat(chat.last.get(0).buttons()).isNotEmpty();
    }

    @Test
    void shouldAnswerATermQuestionInTheMiddleOfTheInterviewAndAskAgain() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP).answer(
                com.frameworkadvisor.knowledge.profile.ProjectSize.LARGE);
        Question open = chat.current();

        chat.type("what is an ORM?");

        assertThat(chat.current()).isEqualTo(open);
        assertThat(chat.text()).contains("ORM").contains(Chat.TEXTS.get("back-to-question"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tl;dr for my manager", "the short version please?"})
    void shouldGiveTheSummaryHoweverItIsAskedFor(String question) {
        assertThat(ask(question).document().content()).contains("# " + Chat.TEXTS.get("record.title", "Django"));
    }

    @Test
    void shouldHearPushbackThatMentionsTheTeamAsPushbackNotAsATeamQuestion() {
        String text = ask("my devs prefer Flask").text();

        assertThat(text).contains(Chat.TEXTS.get("pushback.offer"))
                .doesNotContain(Chat.TEXTS.get("topic.TEAM.title"));
    }

    @Test
    void shouldEvaluateTheValueAWhatIfMovesTo() {
        Chat chat = ask("what if the deadline moved from a few months to two weeks?");

        assertThat(chat.text()).contains("Weeks").contains(Chat.TEXTS.get("follow-up.what-if.unchanged"));
    }

    @Test
    void shouldStoreACorrectionAfterTheResultShowItAndOfferAnUndo() {
        Chat chat = afterResult();
        assertThat(chat.state.profile().deadline()).isNotEqualTo(Deadline.TIGHT);

        chat.type("you never asked about our deadline: it is four weeks");

        assertThat(chat.state.profile().deadline()).isEqualTo(Deadline.TIGHT);
        assertThat(chat.all.get(chat.all.size() - chat.last.size()).html())
                .contains(Chat.TEXTS.get("correction.taken", Chat.TEXTS.get("taken.answer",
                        Chat.TEXTS.questionLabel(Question.DEADLINE), Chat.TEXTS.option(Question.DEADLINE, Deadline.TIGHT))));
        chat.press(Chat.TEXTS.get("button.undo"));
        assertThat(chat.state.profile().deadline()).isNotEqualTo(Deadline.TIGHT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "actually our deadline is weeks | DEADLINE | TIGHT",
            "we're a team of 20 experienced devs | TEAM_SIZE | LARGE",
            "the team is just me | TEAM_SIZE | SOLO"})
    void shouldTakeAStatementAboutTheProjectAfterTheResultAsACorrection(String message, Question question,
                                                                         String value) {
        Chat chat = afterResult();

        chat.type(message);

        assertThat(question.answer(chat.state.profile())).hasToString(value);
        String said = Chat.TEXTS.get("correction.taken", "\u0000");
        assertThat(chat.all.get(chat.all.size() - chat.last.size()).html())
                .contains(said.substring(0, said.indexOf('\u0000')));
    }

    @Test
    void shouldSayAStatedAnswerIsAlreadyTheOneItHasRatherThanThatItCouldNotTell() {
        Chat chat = afterResult();
        Profile before = chat.state.profile();

        chat.type("actually it's a large project");

        assertThat(chat.state.profile()).isEqualTo(before);
        assertThat(chat.text()).isEqualTo(Chat.TEXTS.get("correction.same", Chat.TEXTS.get("taken.answer",
                Chat.TEXTS.questionLabel(Question.SIZE), Chat.TEXTS.option(Question.SIZE, ProjectSize.LARGE))));
    }

    @Test
    void shouldSayPlainlyThatItSpeaksEnglish() {
        assertThat(ask("¿cuál es mejor para nosotros?").text()).isEqualTo(Chat.TEXTS.get("follow-up.not-english"));
    }

    @Test
    void shouldAnswerTheFirstOfTwoQuestionsAndOfferTheSecondAsAButton() {
        Chat chat = ask("why django? and who uses it?");

        assertThat(chat.text()).contains(Chat.TEXTS.get("result.why"));
        chat.press(Chat.TEXTS.get("ask.WHO_USES"));
        assertThat(chat.text()).contains(Chat.TEXTS.get("facts.USERS.title"));
    }

    @Test
    void shouldAnswerAWhatIfDuringTheInterviewWithoutStoringItAndAskAgain() {
        Chat chat = new Chat().command("start");
        Question open = chat.current();

        chat.type("what if we were 20 devs?");

        assertThat(chat.text()).contains(Chat.TEXTS.get("follow-up.what-if.unchanged"));
        assertThat(chat.state.profile().teamSize()).isNull();
        assertThat(chat.current()).isEqualTo(open);
    }

    @Test
    void shouldShowTheResultNowWhenAskedAndSayQuestionsAreStillOpen() {
        Chat chat = new Chat().command("start").answer(AppKind.SHOP);

        chat.type("enough questions, just give me the result");

        assertThat(chat.stage()).isEqualTo(Stage.RESULT);
        assertThat(chat.text()).contains(Chat.TEXTS.get("result.asked-now"));
    }

    @Test
    void shouldTryAPushbacksReasonAsAWhatIf() {
        String text = ask("I disagree, we need a high-performance async API").text();

        assertThat(text).startsWith(Chat.TEXTS.get("pushback.reason"))
                .contains(Chat.TEXTS.get("follow-up.what-if.unchanged"));
    }

    /** Requests that were misrouted when topics were found by keyword, each with the answer's title it must get. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "links?|result.sources",
            "where is this from|follow-up.where.title",
            "we need a back office for our support staff, which is better?|topic.ADMIN.title",
            "can I serve a pytorch model with it?|topic.MACHINE_LEARNING.title",
            "who maintains flask these days?|facts.ORIGIN.title"})
    void shouldRouteRequestsByMeaningNotByOneWord(String question, String titleKey) {
        assertThat(ask(question).text()).startsWith("<b>" + Chat.TEXTS.get(titleKey) + "</b>");
    }

    @Test
    void shouldTreatAWhatIfThatNamesTheTeamAsAWhatIf() {
        assertThat(ask("if we were two devs with six weeks?").text())
                .contains(Chat.TEXTS.get("follow-up.what-if.unchanged"));
    }
}
