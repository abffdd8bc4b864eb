package com.frameworkadvisor.conversation;

import static com.frameworkadvisor.conversation.Chat.TEXTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.conversation.present.Citations;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Conflict;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.SampleProfiles;
import com.frameworkadvisor.knowledge.TestRules;
import com.frameworkadvisor.knowledge.profile.Experience;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The result a team lead reads on a phone: short, in words, with the rest a tap away, and changes as changes. */
class ResultTests {

    /** About what a phone shows without scrolling far. */
    static final int PHONE_SCREEN = 900;

    private static Chat resultFor(String description) {
        Chat chat = new Chat().command("start").type(description);
        while (chat.stage() == Stage.INTERVIEW) {
            chat.press(TEXTS.get("button.result-now"));
        }
        return chat;
    }

    @Test
    void shouldFitEveryFirstResultOnAPhoneScreenAndShowNoScores() {
        Advisor advisor = TestRules.advisor();
        RecommendationPresenter presenter = new RecommendationPresenter(TEXTS, new Citations(advisor::sources),
                advisor::disagreements);
        List<Profile> all = SampleProfiles.all();
        // Every single-answer profile and a spread of the fuller ones: a recommendation with its flip points is
        // the costly evaluation, so not all three thousand.
        List<Profile> sample = IntStream.range(0, all.size()).filter(i -> i < 60 || i % 12 == 0).mapToObj(all::get)
                .toList();

        for (Profile profile : sample) {
            String shown = Html.toPlainText(presenter.present(advisor.recommend(profile)));
            assertThat(shown.length()).as("%s:%n%s", profile, shown).isLessThanOrEqualTo(PHONE_SCREEN);
            assertThat(shown).as(shown).doesNotContainPattern("(?i)score|-\\d");
        }
    }

    @Test
    void shouldStateEachDisagreementInAboutFiftyWords() {
        Advisor advisor = TestRules.advisor();
        RecommendationPresenter presenter = new RecommendationPresenter(TEXTS, new Citations(advisor::sources),
                advisor::disagreements);
        int checked = 0;
        for (Profile profile : SampleProfiles.all().subList(0, 600)) {
            Assessment a = advisor.assess(profile);
            for (Conflict conflict : a.conflicts()) {
                String shown = Html.toPlainText(presenter.conflict(a, conflict)).replaceAll("(\\[\\d])+", "");
                assertThat(shown.split("\\s+")).as(shown).hasSizeLessThanOrEqualTo(60);
                checked++;
            }
        }
        assertThat(checked).as("disagreements settled in the sample").isPositive();
    }

    @Test
    void shouldCallADisagreementThatTurnsOnAnUnansweredQuestionUnsettled() {
        Advisor advisor = TestRules.advisor();
        RecommendationPresenter presenter = new RecommendationPresenter(TEXTS, new Citations(advisor::sources),
                advisor::disagreements);
        Profile beginners = Profile.EMPTY.with(Question.EXPERIENCE, Experience.BEGINNERS);

        Assessment sizeUnknown = advisor.assess(beginners);
        Conflict newcomers = sizeUnknown.conflicts().stream().filter(c -> c.disagreementId().equals("newcomers"))
                .findFirst().orElseThrow();
        assertThat(newcomers.premises()).containsExactlyInAnyOrder(Question.EXPERIENCE, Question.SIZE);
        assertThat(presenter.conflict(sizeUnknown, newcomers))
                .contains(TEXTS.get("result.provisional", TEXTS.questionLabel(Question.SIZE), "Flask"));

        Assessment small = advisor.assess(beginners.with(Question.SIZE, ProjectSize.SMALL));
        Conflict settled = small.conflicts().stream().filter(c -> c.disagreementId().equals("newcomers"))
                .findFirst().orElseThrow();
        assertThat(presenter.conflict(small, settled)).contains(TEXTS.get("result.settled", "Flask",
                settled.reason())).doesNotContain(opening("result.provisional"));
    }

    @Test
    void shouldSendTheResultAsOneMessageWithButtonsForTheRest() {
        Chat chat = resultFor("an online shop, large and complex, we need an admin panel and user accounts");

        assertThat(chat.last).hasSizeLessThanOrEqualTo(2);
        Reply result = chat.last.get(chat.last.size() - 1);
        assertThat(result.html()).contains(TEXTS.get("result.verdict", "Django"));
        for (String label : List.of(TEXTS.get("button.all-reasons"), TEXTS.get("button.case-for", "Flask"),
                TEXTS.get("button.flips"), TEXTS.get("button.sources"), TEXTS.get("button.record"),
                TEXTS.get("button.change"))) {
            assertThat(chat.hasButton(label)).as(label).isTrue();
        }
    }

    @Test
    void shouldOpenEachPartOfTheResultFromItsButton() {
        Chat chat = resultFor("an online shop, large and complex, we need an admin panel and user accounts");

        assertThat(new Chat().continueFrom(chat).press(TEXTS.get("button.flips")).text())
                .contains(TEXTS.get("result.flips"));
        assertThat(new Chat().continueFrom(chat).press(TEXTS.get("button.case-for", "Flask")).text())
                .contains(TEXTS.get("follow-up.why-not.instead", "Django"));
        assertThat(new Chat().continueFrom(chat).press(TEXTS.get("button.sources")).text())
                .contains(TEXTS.get("result.sources"));
        assertThat(new Chat().continueFrom(chat).press(TEXTS.get("button.record")).text())
                .contains(opening("record.caption"));
    }

    @Test
    void shouldSayWhatAChangeDidInsteadOfSendingTheWholeResultAgain() {
        Chat chat = resultFor("a blog, small and simple, just me, a beginner in python");
        Framework before = chat.state.shown().verdict();

        chat.type("actually we need an admin panel, user accounts and an ORM, and the project will be large");

        String changed = chat.text();
        assertThat(changed).containsAnyOf(opening("result.delta.same"), opening("result.delta.more"),
                opening("result.delta.less"), opening("result.delta.flipped"));
        assertThat(changed).as("the reasons list of a first result is not sent again")
                .doesNotContain("<b>" + TEXTS.get("result.why") + "</b>");
        assertThat(changed).contains(TEXTS.get("result.delta.gained"));
        assertThat(chat.state.shown().basis()).isEqualTo(chat.state.profile());
        assertThat(before).isNotNull();
    }

    @Test
    void shouldFitEachChangeOnAPhoneScreenToo() {
        Chat chat = resultFor("a blog, small and simple, just me, a beginner in python");
        for (String correction : List.of("actually it will be a large online shop", "we need an admin panel and an ORM",
                "actually the deadline is four weeks", "it's only an API")) {
            chat.type(correction);
            Reply change = chat.last.get(chat.last.size() - 1);
            assertThat(change.html()).as(correction).containsAnyOf(opening("result.delta.same"),
                    opening("result.delta.more"), opening("result.delta.less"), opening("result.delta.flipped"));
            assertThat(Html.toPlainText(change.html()).length()).as(correction + ":\n" + change.html())
                    .isLessThanOrEqualTo(PHONE_SCREEN);
            assertThat(chat.last).as(correction).hasSizeLessThanOrEqualTo(2);
        }
    }

    /** A message's words before its first argument. */
    private static String opening(String key) {
        String filled = TEXTS.get(key, "\u0001", "\u0001", "\u0001", "\u0001");
        return filled.substring(0, filled.indexOf('\u0001'));
    }
}
