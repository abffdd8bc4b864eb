package com.frameworkadvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.telegram.fake.ChatMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A team decision as a group and its members see it, through the real client and the fake Bot API: opened in the
 * group, answered in private, the result in the group, then changes, a member who forgets and one who leaves.
 */
class TeamDecisionTests {

    private static final long ANA = 5101;
    private static final long BEN = 5102;
    private static final long CHEN = 5103;
    private static BotHarness bot;

    @BeforeAll
    static void startBot() {
        bot = BotHarness.start();
        bot.api.name(ANA, "Ana");
        bot.api.name(BEN, "Ben");
        bot.api.name(CHEN, "Chen");
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    /** One side of a difference as the result shows it: "if Medium (Ben, Chen), Django". */
    private static String side(String answer, String members, String outcome) {
        return Messages.text("team.result.side", Messages.text("team.result.answer", answer, members), outcome);
    }

    /** Opens a team in the group and returns the link the group is shown, with the team's code at its end. */
    private static String open(long group, long by) {
        int before = bot.chat(group).size();
        bot.api.sendGroupText(group, by, "/team", null);
        List<ChatMessage> chat = bot.awaitChat(group, messages -> messages.size() > before);
        ChatMessage opened = chat.get(chat.size() - 1);
        return opened.keyboard().stream().flatMap(List::stream).map(b -> b.get("url")).filter(u -> u != null)
                .findFirst().orElseThrow(() -> new AssertionError("no link to answer in private: " + opened));
    }

    private static String code(String link) {
        return link.substring(link.indexOf("start=team-") + "start=team-".length());
    }

    /** The member follows the group's link into a private chat, where their interview starts. */
    private static void join(long member, String link) {
        bot.api.sendText(member, member, "/start team-" + code(link));
        bot.awaitMessage(member, Messages.FIRST_QUESTION);
        assertThat(bot.chat(member).get(0).text()).startsWith(Messages.opening("team.joined.private"));
    }

    /** The member answers in their own words and asks for the result. */
    private static void answer(long member, String words) {
        String other = Messages.text("option.KIND.OTHER");
        if (bot.chat(member).stream().noneMatch(m -> BotHarness.buttonData(m, other).isPresent())) {
            bot.press(member, member, Messages.text("button.more"));
            bot.awaitChat(member, chat -> chat.stream().anyMatch(m -> BotHarness.buttonData(m, other).isPresent()));
        }
        bot.press(member, member, other);
        bot.awaitMessage(member, Messages.SIZE_QUESTION);
        long sizeQuestion = bot.chat(member).get(bot.chat(member).size() - 1).messageId();
        bot.api.sendText(member, member, words);
        bot.awaitChat(member, chat -> chat.stream().anyMatch(m -> m.messageId() > sizeQuestion
                && BotHarness.buttonData(m, Messages.text("button.result-now")).isPresent()));
        bot.press(member, member, Messages.text("button.result-now"));
        bot.awaitMessage(member, Messages.opening("result.verdict"));
    }

    @Test
    void shouldGatherTheMembersAnswersInPrivateAndShowTheGroupWhereTheyDifferAndWhetherItMatters()
            throws IOException {
        long group = -5001;
        String link = open(group, ANA);
        assertThat(link).startsWith("https://t.me/AdvisorTestBot?start=team-");
        assertThat(bot.chat(group).get(0).text()).contains(Messages.text("team.opened", "Ana").substring(0, 20));

        join(ANA, link);
        join(BEN, link);
        join(CHEN, link);
        bot.awaitMessage(group, Messages.text("team.joined.group", "Chen"));

        answer(ANA, "a small project, we are beginners, launch in two weeks");
        bot.awaitMessage(group, Messages.text("team.answered.group", "Ana", 1, 3));
        answer(BEN, "a medium project, we are beginners, launch in a few months");
        assertThat(bot.chat(group)).as("nobody's answers before the result").noneMatch(m ->
                m.visibleText().contains(Messages.text("option.SIZE.SMALL")));
        answer(CHEN, "a medium project, we are beginners, launch in a few months");

        ChatMessage result = bot.awaitMessage(group, Messages.text("team.result.settle"));
        assertThat(result.visibleText())
                .contains(side(Messages.text("option.SIZE.SMALL"), "Ana", "Flask"))
                .contains(side(Messages.text("option.SIZE.MEDIUM"), "Ben, Chen", "Django"))
                .contains(Messages.text("team.result.folded", Messages.TEXTS.questionLabel(Question.DEADLINE)));
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(bot.awaitPhoto(group)));
        assertThat(chart.getWidth()).as("a picture of the result, drawn headless").isPositive();

        // A question in reply to the result is answered from the team's answers; a change is for private.
        bot.api.sendGroupText(group, ANA, "why?", result.messageId());
        assertThat(bot.awaitMessage(group, "<b>" + Messages.text("result.why") + "</b>").visibleText())
                .as("the team's verdict, not Ana's own (Flask)").contains(Messages.text("result.verdict", "Django"));
        bot.api.sendGroupText(group, CHEN, "actually it's a large project", result.messageId());
        bot.awaitMessage(group, Messages.text("team.ask.change"));

        bot.press(group, BEN, Messages.text("team.button.record"));
        assertThat(bot.awaitDocument(group)).contains("decision-makers: Ana, Ben, Chen")
                .contains(Messages.text("team.record.matters"));
    }

    @Test
    void shouldShowTheGroupWhatAChangedAnswerAMemberWhoForgetsAndOneWhoLeavesDoToTheResult() {
        long group = -5002;
        long dan = 5201;
        long eve = 5202;
        long finn = 5203;
        bot.api.name(dan, "Dan");
        bot.api.name(eve, "Eve");
        bot.api.name(finn, "Finn");
        String link = open(group, dan);
        List.of(dan, eve, finn).forEach(member -> join(member, link));
        answer(dan, "a medium project, we are beginners, launch in a few months");
        answer(eve, "a medium project, we are beginners, launch in a few months");
        answer(finn, "a small project, we are beginners, launch in two weeks");
        bot.awaitMessage(group, Messages.text("team.answered.group", "Finn", 3, 3));

        bot.api.sendText(eve, eve, "actually it's a small project");
        ChatMessage changed = bot.awaitMessage(group, Messages.text("team.changed", "Eve"));
        assertThat(changed.text()).contains(Messages.text("team.changed.flipped", "Flask", "Django"));

        bot.api.sendText(finn, finn, "/forget");
        bot.awaitMessage(finn, Messages.text("confirm.forget"));
        bot.press(finn, finn, Messages.text("button.confirm-delete"));
        ChatMessage forgot = bot.awaitMessage(group, Messages.text("team.forgot", "Finn"));
        // Two members, split one each on the size: the tie leaves the team's size open, to be settled.
        assertThat(forgot.visibleText())
                .contains(side(Messages.text("option.SIZE.MEDIUM"), "Dan", "Django"))
                .contains(side(Messages.text("option.SIZE.SMALL"), "Eve", "Flask"));

        bot.api.leaveGroup(group, dan);
        ChatMessage left = bot.awaitMessage(group, Messages.text("team.left", "Dan"));
        assertThat(left.visibleText()).contains(Messages.opening("team.changed.same"))
                .doesNotContain(Messages.text("team.result.settle").replaceAll("<[^>]+>", ""));
    }

    @Test
    void shouldCountAResultAMemberHadReachedBeforeJoining() {
        long group = -5004;
        long hal = 5401;
        bot.api.name(hal, "Hal");
        bot.api.sendText(hal, hal, "/start");
        bot.awaitMessage(hal, Messages.FIRST_QUESTION);
        answer(hal, "a medium project, we are beginners, launch in a few months");
        int shown = bot.chat(hal).size();

        bot.api.sendText(hal, hal, "/start team-" + code(open(group, hal)));

        bot.awaitMessage(group, Messages.text("team.answered.group", "Hal", 1, 1));
        assertThat(bot.chat(hal).subList(shown, bot.chat(hal).size())).as("no new interview")
                .noneMatch(m -> m.text().contains(Messages.FIRST_QUESTION));

        // "/forget" deletes everything about the member, wherever it is sent: the group too. (Hal has no
        // conversation in the group whose answers a confirmation would protect, so it is done at once.)
        bot.api.sendGroupText(group, hal, "/forget", null);
        bot.awaitMessage(group, Messages.text("forgotten"));
        bot.awaitMessage(group, Messages.text("team.forgot", "Hal"));
    }

    @Test
    void shouldRefuseForgedAndStaleButtonsAndLetASecondDecisionFollowTheFirst() {
        long group = -5003;
        long gil = 5301;
        bot.api.name(gil, "Gil");
        String first = open(group, gil);
        bot.api.pressButton(group, gil, bot.chat(group).get(0).messageId(), "team:close:ZZZZZZ");
        bot.awaitMessage(group, Messages.text("team.stale"));
        bot.press(group, gil, Messages.text("team.button.close"));
        bot.awaitMessage(group, Messages.text("team.closed.empty"));

        bot.api.sendGroupText(group, gil, "/start team", null);
        bot.awaitChat(group, chat -> chat.stream().filter(m -> m.visibleText().contains(
                Messages.opening("team.opened"))).count() == 2);
        bot.api.pressButton(group, gil, bot.chat(group).get(0).messageId(), "team:result:" + code(first));
        bot.awaitChat(group, chat -> chat.stream().filter(m -> m.text().equals(Messages.text("team.stale")))
                .count() == 2);
        bot.api.sendText(gil, gil, "/join " + code(first));
        bot.awaitMessage(gil, Messages.text("team.unknown-code"));
        bot.api.sendText(gil, gil, "/team");
        bot.awaitMessage(gil, Messages.text("team.private-only"));
    }
}
