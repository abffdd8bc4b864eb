package com.frameworkadvisor.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.TestRules;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Experience;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.team.TeamMessage.Recipient;
import com.frameworkadvisor.telegram.TestDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class TeamServiceTests {

    static final Texts TEXTS = new Texts(Locale.ENGLISH);
    static final long GROUP = -100L;
    static final long ANA = 1;
    static final long BEN = 2;
    static final long CHEN = 3;

    /** What the follow-ups answer to a question about the team's result, and the answers they were given. */
    private final AtomicReference<Reply> followUpAnswer = new AtomicReference<>();
    private final List<Profile> askedAbout = new ArrayList<>();
    final DataSource database = database();
    final TeamService teams = TeamService.create(JdbcClient.create(database),
            Clock.systemUTC(), TestRules.advisor(), TEXTS, code -> "https://t.me/advisor_bot?start=team-" + code,
            (answers, question) -> {
                askedAbout.add(answers);
                return Optional.ofNullable(followUpAnswer.get());
            });

    /** A fresh database with the application's schema: H2 here, PostgreSQL in {@link TeamServicePostgresTests}. */
    DataSource database() {
        return TestDatabase.migrated();
    }

    /** One side of a difference as the result shows it: "if Medium (Ben, Chen), Django". */
    static String side(String answer, String members, String outcome) {
        return TEXTS.get("team.result.side", TEXTS.get("team.result.answer", answer, members), outcome);
    }

    static Profile answers(ProjectSize size, Deadline deadline) {
        return Profile.EMPTY.with(Question.SIZE, size).with(Question.EXPERIENCE, Experience.BEGINNERS)
                .with(Question.DEADLINE, deadline);
    }

    /** Opens a team in the group and returns its code, read from the link the group is shown. */
    String open() {
        Reply opened = single(teams.open(GROUP, "Shop team", "Ana"), Recipient.GROUP);
        String link = opened.buttons().stream().flatMap(List::stream).filter(b -> b.url() != null).findFirst()
                .map(Button::url).orElseThrow();
        return link.substring(link.indexOf("team-") + "team-".length());
    }

    String threeJoined() {
        String code = open();
        teams.join(code, ANA, "Ana");
        teams.join(code.toLowerCase(Locale.ROOT), BEN, "Ben");
        teams.join(code, CHEN, "Chen");
        return code;
    }

    private String threeAnswered() {
        String code = threeJoined();
        teams.answered(ANA, answers(ProjectSize.SMALL, Deadline.TIGHT));
        teams.answered(BEN, answers(ProjectSize.MEDIUM, Deadline.NORMAL));
        teams.answered(CHEN, answers(ProjectSize.MEDIUM, Deadline.NORMAL));
        return code;
    }

    /** A result: its text, then its chart. */
    private static Reply result(List<TeamMessage> messages) {
        List<Reply> toGroup = messages.stream().filter(m -> m.recipient() == Recipient.GROUP)
                .map(TeamMessage::reply).toList();
        assertThat(toGroup).hasSize(2);
        assertThat(toGroup.get(1).kind()).isEqualTo(Reply.Kind.PICTURE);
        assertThat(toGroup.get(1).document().data()).startsWith(0x89, 'P', 'N', 'G');
        return toGroup.get(0);
    }

    private static Reply single(List<TeamMessage> messages, Recipient to) {
        return messages.stream().filter(m -> m.recipient() == to).map(TeamMessage::reply).reduce((a, b) -> {
            throw new AssertionError("more than one message to the " + to + ": " + messages);
        }).orElseThrow(() -> new AssertionError("no message to the " + to + ": " + messages));
    }

    @Test
    void shouldShowTheOpenTeamRatherThanOpenASecondInTheSameGroup() {
        String code = open();

        Reply again = single(teams.open(GROUP, "Shop team", "Ben"), Recipient.GROUP);

        assertThat(again.html()).contains(TEXTS.get("team.code", code))
                .startsWith(TEXTS.get("team.status", "\u0000").substring(0, 10));
    }

    @Test
    void shouldShowProgressWithoutAnyonesAnswersThenTheResultWhenEveryoneHasAnswered() {
        String code = threeJoined();

        List<TeamMessage> first = teams.answered(ANA, answers(ProjectSize.SMALL, Deadline.TIGHT));
        assertThat(single(first, Recipient.GROUP).html()).isEqualTo(TEXTS.get("team.answered.group", "Ana", 1, 3));
        assertThat(single(first, Recipient.MEMBER).html()).isEqualTo(TEXTS.get("team.answered.private",
                "Shop team"));
        teams.answered(BEN, answers(ProjectSize.MEDIUM, Deadline.NORMAL));
        Reply result = result(teams.answered(CHEN, answers(ProjectSize.MEDIUM, Deadline.NORMAL)));

        assertThat(result.html()).startsWith(TEXTS.get("team.answered.group", "Chen", 3, 3))
                .contains(TEXTS.get("team.result.settle"))
                .contains(side(TEXTS.option(Question.SIZE, ProjectSize.SMALL), "Ana", "Flask"))
                .contains(side(TEXTS.option(Question.SIZE, ProjectSize.MEDIUM), "Ben, Chen", "Django"))
                .contains(TEXTS.get("team.result.folded", TEXTS.questionLabel(Question.DEADLINE)));
        assertThat(code).isNotBlank();
    }

    @Test
    void shouldPostTheResultAgainWithWhatAChangedAnswerDidToTheVerdict() {
        threeAnswered();

        Reply changed = result(teams.answered(BEN, answers(ProjectSize.SMALL, Deadline.NORMAL)));

        assertThat(changed.html()).startsWith(TEXTS.get("team.changed", "Ben") + " "
                + TEXTS.get("team.changed.flipped", "Flask", "Django"));
        assertThat(teams.answered(BEN, answers(ProjectSize.SMALL, Deadline.NORMAL))).as("the same answers again")
                .isEmpty();
    }

    @Test
    void shouldDropTheAnswersOfAMemberWhoForgetsOrLeaves() {
        threeAnswered();

        Reply forgot = result(teams.forgot(ANA));
        assertThat(forgot.html()).startsWith(TEXTS.get("team.forgot", "Ana") + " "
                + TEXTS.get("team.changed.same", "Django")).doesNotContain(TEXTS.get("team.result.settle"));

        Reply left = result(teams.left(GROUP, BEN));
        assertThat(left.html()).startsWith(TEXTS.get("team.left", "Ben"))
                .contains(TEXTS.get("team.result.title", "Django", TEXTS.get("confidence.LEANING"), 1, 1));
        assertThat(teams.left(GROUP, BEN)).as("gone already").isEmpty();
    }

    @Test
    void shouldRefuseAForgedOrStaleTeamButtonAndAnUnknownCode() {
        String code = threeAnswered();

        assertThat(single(teams.pressed(GROUP, "team:close:NOSUCH"), Recipient.GROUP).html())
                .isEqualTo(TEXTS.get("team.stale"));
        assertThat(single(teams.pressed(GROUP + 1, TeamButtons.data(TeamButtons.Action.CLOSE, code)),
                Recipient.GROUP).html()).as("another group's team").isEqualTo(TEXTS.get("team.stale"));
        assertThat(single(teams.pressed(GROUP, "team:close:" + code + "' OR 1=1"), Recipient.GROUP).html())
                .isEqualTo(TEXTS.get("team.stale"));
        assertThat(teams.join("ZZZZZZ", 9, "Dan").joined()).isFalse();
    }

    @Test
    void shouldCloseAndLetTheNextTeamStartWhileTheOldOnesButtonsGoStale() {
        String first = threeAnswered();

        Reply closed = single(teams.pressed(GROUP, TeamButtons.data(TeamButtons.Action.CLOSE, first)),
                Recipient.GROUP);
        assertThat(closed.html()).isEqualTo(TEXTS.get("team.closed", "Django"));
        assertThat(teams.answered(BEN, answers(ProjectSize.SMALL, Deadline.NORMAL))).as("closed: private now")
                .isEmpty();
        assertThat(teams.join(first, 9, "Dan").joined()).isFalse();

        String second = open();
        assertThat(second).isNotEqualTo(first);
        assertThat(single(teams.pressed(GROUP, TeamButtons.data(TeamButtons.Action.RESULT, first)), Recipient.GROUP)
                .html()).isEqualTo(TEXTS.get("team.stale"));
        Reply record = single(teams.pressed(GROUP, TeamButtons.data(TeamButtons.Action.RECORD, first)),
                Recipient.GROUP);
        assertThat(record.document().content()).contains("status: accepted").contains("decision-makers: Ana, Ben, Chen")
                .contains("### " + TeamPresenter.capitalised(TEXTS.questionLabel(Question.SIZE)))
                .contains(TEXTS.get("team.record.matters"));
        assertThat(single(teams.pressed(GROUP, TeamButtons.data(TeamButtons.Action.RESULT, second)), Recipient.GROUP)
                .html()).isEqualTo(TEXTS.get("team.result.none"));
    }

    @Test
    void shouldAnswerAQuestionAboutTheResultFromTheTeamsAnswersAndKeepChangesPrivate() {
        String code = threeAnswered();
        followUpAnswer.set(Reply.message("an answer"));

        assertThat(single(teams.ask(GROUP, code, "why Django?"), Recipient.GROUP).html()).isEqualTo("an answer");
        assertThat(askedAbout).singleElement().satisfies(answers ->
                assertThat(answers.size()).as("the majority's").isEqualTo(ProjectSize.MEDIUM));

        followUpAnswer.set(null);
        assertThat(single(teams.ask(GROUP, code, "actually it is small"), Recipient.GROUP).html())
                .isEqualTo(TEXTS.get("team.ask.change"));

        followUpAnswer.set(Reply.document("caption", new Reply.Document("x.md", "one person's record")));
        assertThat(single(teams.ask(GROUP, code, "summary"), Recipient.GROUP).document().content())
                .as("the team's record, not one person's").contains("decision-makers: Ana, Ben, Chen");

        assertThat(single(teams.ask(GROUP + 1, code, "why?"), Recipient.GROUP).html())
                .isEqualTo(TEXTS.get("team.stale"));
    }
}
