package com.frameworkadvisor.telegram.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates, read one update at a time. The library's own GetUpdates parses the whole answer into its Update
 * type at once, so a single update it cannot read (a new field type, a number beyond its integers) fails the
 * whole batch, every chat waits, and the same batch comes back for as long as Telegram keeps it. Here each
 * update is read on its own ({@link UpdateReader}); one that cannot be read comes back as such, with its id.
 * The offset is a long, so even an update id beyond the library's integer can be confirmed.
 */
final class TolerantGetUpdates extends BotApiMethod<ArrayList<ReceivedUpdate>> {

    private static final UpdateReader READER = new UpdateReader();

    @JsonProperty("offset")
    private final long offset;
    @JsonProperty("limit")
    private final int limit;
    @JsonProperty("timeout")
    private final int timeout;
    @JsonProperty("allowed_updates")
    private final List<String> allowedUpdates;

    TolerantGetUpdates(long offset, int limit, int timeout, List<String> allowedUpdates) {
        this.offset = offset;
        this.limit = limit;
        this.timeout = timeout;
        this.allowedUpdates = List.copyOf(allowedUpdates);
    }

    @Override
    public String getMethod() {
        return "getUpdates";
    }

    @Override
    public ArrayList<ReceivedUpdate> deserializeResponse(String answer) throws TelegramApiRequestException {
        String ok = JsonElements.field(answer, "ok").orElse("");
        if ("true".equals(ok)) {
            return new ArrayList<>(READER.readAll(JsonElements.field(answer, "result").orElse("[]")));
        }
        ApiResponse<?> refusal;
        try {
            refusal = OBJECT_MAPPER.readValue(answer, ApiResponse.class);
        } catch (Exception e) {
            throw new TelegramApiRequestException("Unable to deserialize response", e);
        }
        throw new TelegramApiRequestException("Error executing getUpdates query", refusal);
    }
}
