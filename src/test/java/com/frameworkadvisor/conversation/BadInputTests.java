package com.frameworkadvisor.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input at every stage gets a clear reply and loses nothing answered before. */
class BadInputTests {

    static Stream<String> hostile() {
        return Stream.of("", "   ", "x".repeat(10_000), "🙂🙂🙂", "asdkjh qwe zxcv", "¿Qué framework me recomiendas?",
                "مرحبا كيف حالك", "\u200B\u200E\u202E", "<script>alert(1)</script>", "*bold* _it_ [x](y) `c`",
                "/start@OtherBot", "%s %n {0} ${x}");
    }

    private static Chat midInterview() {
        return new Chat().command("start").answer(AppKind.SHOP).answer(ProjectSize.LARGE);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void shouldKeepEveryAnswerInTheMiddleOfTheInterview(String input) {
        Chat chat = midInterview();
        var before = chat.state.profile();

        chat.type(input);

        assertThat(chat.last).isNotEmpty();
        assertThat(chat.state.profile().kind()).isEqualTo(before.kind());
        assertThat(chat.state.profile().size()).isEqualTo(before.size());
        assertThat(chat.stage()).isEqualTo(Stage.INTERVIEW);
        assertThat(chat.text()).doesNotContain("<script>").doesNotContain("[x](y)");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void shouldReplyClearlyBeforeTheInterviewStarts(String input) {
        Chat chat = new Chat().type(input);

        assertThat(chat.last).isNotEmpty();
        assertThat(chat.text()).doesNotContain("<script>");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void shouldKeepEveryAnswerAfterTheRecommendation(String input) {
        Chat chat = new Chat().command("start");
        while (chat.stage() == Stage.INTERVIEW) {
            chat.command("skip");
        }
        var before = chat.state.profile();

        chat.type(input);

        assertThat(chat.last).isNotEmpty();
        assertThat(chat.state.profile()).isEqualTo(before);
        assertThat(chat.text()).doesNotContain("<script>");
    }
}
