package com.frameworkadvisor.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** A getUpdates answer is read one update at a time, so one unreadable update costs only itself. */
class UpdateReaderTests {

    private static final String GOOD = "{\"update_id\":7,\"message\":{\"message_id\":1,\"date\":1,"
            + "\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"brackets ] } [ { and \\\"quotes\\\"\"}}";

    @Test
    void shouldSplitAnArrayWithoutBeingFooledByBracketsOrQuotesInStrings() {
        List<String> elements = JsonElements.ofArray("[ " + GOOD + " , {\"update_id\":8} ,9, \"x]\" ]");

        assertThat(elements).containsExactly(GOOD, "{\"update_id\":8}", "9", "\"x]\"");
        assertThat(JsonElements.field("{\"description\":\"result\",\"result\":[1,2],\"ok\":true}", "result"))
                .contains("[1,2]");
        assertThat(JsonElements.ofArray("not an array")).isEmpty();
    }

    @Test
    void shouldReadEachUpdateOnItsOwnAndKeepTheIdOfOneThatCannotBeRead() {
        String deep = "{\"update_id\":9,\"message\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
        String wrongType = "{\"update_id\":10,\"message\":{\"message_id\":1,\"date\":1,\"chat\":\"oops\"}}";

        List<ReceivedUpdate> read = new UpdateReader().readAll("[" + GOOD + "," + deep + "," + wrongType + "]");

        assertThat(read).extracting(ReceivedUpdate::updateId).containsExactly(7L, 9L, 10L);
        assertThat(read.get(0).isReadable()).isTrue();
        assertThat(read.get(0).chatId()).isEqualTo(42);
        assertThat(read.get(0).kind()).isEqualTo("message");
        assertThat(read.get(1).isReadable()).isFalse();
        assertThat(read.get(1).kind()).isEqualTo(ReceivedUpdate.UNKNOWN_KIND);
        assertThat(read.get(2).isReadable()).isFalse();
        assertThat(read.get(2).kind()).isEqualTo("message");
        assertThat(read.get(2).unreadable()).isNotBlank();
    }

    @Test
    void shouldReadAnUpdateIdBeyondTheLibrarysInteger() {
        long beyond = 3_000_000_000L;

        ReceivedUpdate update = new UpdateReader().read("{\"update_id\":" + beyond + ",\"message\":{}}")
                .orElseThrow();

        assertThat(update.updateId()).isEqualTo(beyond);
        assertThat(update.isReadable()).isFalse();
    }

    @Test
    void shouldNotTakeSomethingWithoutAnUpdateIdForAnUpdate() {
        assertThat(new UpdateReader().read("{\"message\":{}}")).isEmpty();
        assertThat(new UpdateReader().read("not json")).isEmpty();
    }

    @Test
    void shouldReportTelegramsRefusalsWithTheirCodeAndAnAnswerThatIsNotJsonAsTransient() {
        TolerantGetUpdates method = new TolerantGetUpdates(1, 100, 0, List.of("message"));
        BotApi api = new BotApi(null, "123456789:AAHfakeTokenForTestsOnly_abcdefghijk", new SimpleMeterRegistry());

        assertThatThrownBy(() -> method.deserializeResponse("{\"ok\":false,\"error_code\":409,"
                + "\"description\":\"Conflict: terminated by other getUpdates request\"}"))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(api.classify(e).kind()).isEqualTo(ApiFailure.Kind.CONFLICT));
        // A 200 whose body is not JSON refuses nothing: it is tried again, never taken for a refusal.
        assertThatThrownBy(() -> method.deserializeResponse("<html>Bad Gateway</html>"))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(api.classify(e).kind()).isEqualTo(ApiFailure.Kind.TRANSIENT));
    }
}
