package com.frameworkadvisor.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.frameworkadvisor.conversation.Input;
import com.frameworkadvisor.telegram.client.BotIdentity;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateTranslatorTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UpdateTranslator translator = new UpdateTranslator(new BotIdentity(777, "AdvisorTestBot"));

    private Incoming translate(String json) throws Exception {
        return translator.translate(JSON.readValue(json, Update.class));
    }

    private static String privateMessage(String fields) {
        return "{\"update_id\":1,\"message\":{\"message_id\":5,\"date\":1700000000,\"chat\":{\"id\":42,\"type\":\"private\"},"
                + "\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"A\"}," + fields + "}}";
    }

    private static String groupMessage(String fields) {
        return "{\"update_id\":2,\"message\":{\"message_id\":6,\"date\":1700000000,\"chat\":{\"id\":-100,\"type\":\"group\"},"
                + "\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"A\"}," + fields + "}}";
    }

    @Test
    void shouldReadPrivateTextAndCommands() throws Exception {
        assertThat(translate(privateMessage("\"text\":\"it's a shop\""))).isEqualTo(new Incoming.ForConversation(1, 42, 42, true, "tg:42", new Input.Text("it's a shop"), null));
        assertThat(translate(privateMessage("\"text\":\"/start online_shop\""))).isEqualTo(
                new Incoming.ForConversation(1, 42, 42, true, "tg:42", new Input.Command("start", "online_shop"), null));
        assertThat(translate(privateMessage("\"text\":\"/Summary@AdvisorTestBot\""))).isEqualTo(
                new Incoming.ForConversation(1, 42, 42, true, "tg:42", new Input.Command("summary", ""), null));
    }

    @Test
    void shouldTakeACommandForAnotherBotAsPlainTextInPrivate() throws Exception {
        assertThat(translate(privateMessage("\"text\":\"/start@OtherBot\""))).isEqualTo(
                new Incoming.ForConversation(1, 42, 42, true, "tg:42", new Input.Text("/start@OtherBot"), null));
    }

    @Test
    void shouldAnswerStickersPhotosAndEditsWithAHintInPrivate() throws Exception {
        assertThat(translate(privateMessage("\"sticker\":{\"file_id\":\"x\",\"file_unique_id\":\"y\",\"type\":\"regular\","
                + "\"width\":1,\"height\":1,\"is_animated\":false,\"is_video\":false}")))
                .isEqualTo(new Incoming.Unsupported(1, 42, UpdateTranslator.UNSUPPORTED_CONTENT));
        assertThat(translate("{\"update_id\":3,\"edited_message\":{\"message_id\":5,\"date\":1700000000,\"edit_date\":1,"
                + "\"chat\":{\"id\":42,\"type\":\"private\"},\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"A\"},"
                + "\"text\":\"changed\"}}")).isEqualTo(new Incoming.Unsupported(3, 42, UpdateTranslator.UNSUPPORTED_EDIT));
    }

    @Test
    void shouldIgnoreChannelPostsAndGroupChatterButTakeCommandsAndRepliesToTheBot() throws Exception {
        assertThat(translate("{\"update_id\":4,\"channel_post\":{\"message_id\":1,\"date\":1700000000,"
                + "\"chat\":{\"id\":-200,\"type\":\"channel\"},\"text\":\"news\"}}")).isInstanceOf(Incoming.Ignored.class);
        assertThat(translate(groupMessage("\"text\":\"hello all\""))).isInstanceOf(Incoming.Ignored.class);
        assertThat(translate(groupMessage("\"text\":\"/start@OtherBot\""))).isInstanceOf(Incoming.Ignored.class);
        assertThat(translate(groupMessage("\"text\":\"/start\""))).isEqualTo(new Incoming.ForConversation(2, -100, 42, false, "tg:-100:42", new Input.Command("start", ""), null));
        assertThat(translate(groupMessage("\"text\":\"a shop\",\"reply_to_message\":{\"message_id\":3,\"date\":1700000000,"
                + "\"chat\":{\"id\":-100,\"type\":\"group\"},\"from\":{\"id\":777,\"is_bot\":true,\"first_name\":\"B\"},"
                + "\"text\":\"What kind?\"}"))).isEqualTo(new Incoming.ForConversation(2, -100, 42, false, "tg:-100:42", new Input.Text("a shop"), null));
    }

    @Test
    void shouldReadAButtonPressWithItsCallbackId() throws Exception {
        Incoming incoming = translate("{\"update_id\":5,\"callback_query\":{\"id\":\"cb1\",\"chat_instance\":\"i\","
                + "\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"A\"},\"data\":\"a:size:LARGE:3\","
                + "\"message\":{\"message_id\":9,\"date\":1700000000,\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"q\"}}}");

        assertThat(incoming).isEqualTo(new Incoming.ForConversation(5, 42, 42, true, "tg:42",
                new Input.Press("a:size:LARGE:3"), "cb1"));
    }

    @Test
    void shouldNoticeWhenTheUserBlocksTheBot() throws Exception {
        Incoming incoming = translate("{\"update_id\":6,\"my_chat_member\":{\"chat\":{\"id\":42,\"type\":\"private\"},"
                + "\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"A\"},\"date\":1700000000,"
                + "\"old_chat_member\":{\"status\":\"member\",\"user\":{\"id\":777,\"is_bot\":true,\"first_name\":\"B\"}},"
                + "\"new_chat_member\":{\"status\":\"kicked\",\"until_date\":0,\"user\":{\"id\":777,\"is_bot\":true,"
                + "\"first_name\":\"B\"}}}}");

        assertThat(incoming).isEqualTo(new Incoming.Membership(6, 42, true));
    }

    @Test
    void shouldReadTheTeamsCommandsInGroupsAndInPrivate() throws Exception {
        String titled = "\"chat\":{\"id\":-100,\"type\":\"group\",\"title\":\"Shop team\"}";
        String group = groupMessage("\"text\":\"/team\"").replace("\"chat\":{\"id\":-100,\"type\":\"group\"}", titled);
        assertThat(translate(group)).isEqualTo(new Incoming.ForTeam(2, -100, 42, "A",
                new Incoming.TeamStep.Open("Shop team"), null));
        assertThat(translate(groupMessage("\"text\":\"/start team\"")))
                .isEqualTo(new Incoming.ForTeam(2, -100, 42, "A", new Incoming.TeamStep.Open(""), null));
        assertThat(translate(privateMessage("\"text\":\"/start team-K7M2QX\"")))
                .isEqualTo(new Incoming.ForTeam(1, 42, 42, "A", new Incoming.TeamStep.Join("K7M2QX"), null));
        assertThat(translate(privateMessage("\"text\":\"/join k7m2qx\"")))
                .isEqualTo(new Incoming.ForTeam(1, 42, 42, "A", new Incoming.TeamStep.Join("k7m2qx"), null));
        assertThat(translate(privateMessage("\"text\":\"/team\"")))
                .isEqualTo(new Incoming.ForTeam(1, 42, 42, "A", new Incoming.TeamStep.OnlyInGroups(), null));
        assertThat(translate(privateMessage("\"text\":\"/start online_shop\""))).as("not a team's link")
                .isInstanceOf(Incoming.ForConversation.class);
    }

    @Test
    void shouldGiveTheTeamItsButtonsInGroupsAndNoticeAMemberLeaving() throws Exception {
        Incoming pressed = translate("{\"update_id\":7,\"callback_query\":{\"id\":\"cb2\",\"chat_instance\":\"i\","
                + "\"from\":{\"id\":43,\"is_bot\":false,\"first_name\":\"Ben\"},\"data\":\"team:result:K7M2QX\","
                + "\"message\":{\"message_id\":9,\"date\":1700000000,\"chat\":{\"id\":-100,\"type\":\"group\"},"
                + "\"text\":\"q\"}}}");
        assertThat(pressed).isEqualTo(new Incoming.ForTeam(7, -100, 43, "Ben",
                new Incoming.TeamStep.Press("team:result:K7M2QX"), "cb2"));

        Incoming left = translate(groupMessage("\"left_chat_member\":{\"id\":43,\"is_bot\":false,"
                + "\"first_name\":\"Ben\"}"));
        assertThat(left).isEqualTo(new Incoming.ForTeam(2, -100, 43, "Ben", new Incoming.TeamStep.Left(), null));
        assertThat(translate(groupMessage("\"left_chat_member\":{\"id\":777,\"is_bot\":true,\"first_name\":\"B\"}")))
                .as("the bot itself removed").isInstanceOf(Incoming.Ignored.class);
    }

    @Test
    void shouldGiveTheTeamAQuestionAskedInReplyToItsResult() throws Exception {
        String result = "\"reply_to_message\":{\"message_id\":3,\"date\":1700000000,"
                + "\"chat\":{\"id\":-100,\"type\":\"group\"},\"from\":{\"id\":777,\"is_bot\":true,\"first_name\":\"B\"},"
                + "\"text\":\"Team decision: Django\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Record\","
                + "\"callback_data\":\"team:record:K7M2QX\"}]]}}";

        assertThat(translate(groupMessage("\"text\":\"why?\"," + result))).isEqualTo(new Incoming.ForTeam(2, -100, 42,
                "A", new Incoming.TeamStep.Ask("K7M2QX", "why?"), null));
        assertThat(translate(groupMessage("\"text\":\"why?\"," + result.replace("team:record:K7M2QX", "a:size:LARGE:3"))))
                .as("a reply to the bot's other messages is the member's own conversation")
                .isInstanceOf(Incoming.ForConversation.class);
    }
}
