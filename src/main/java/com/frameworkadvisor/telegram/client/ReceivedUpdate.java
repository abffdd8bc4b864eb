package com.frameworkadvisor.telegram.client;

import java.io.Serializable;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update as it arrived, read on its own so that one bad update never costs the others: the library's
 * {@link Update} when it could be read, and in any case its id, its kind ("message", "callback_query", ...), the
 * chat it names if any can be found (0 otherwise) and its raw JSON.
 *
 * @param update     the parsed update, or {@code null} when it could not be read
 * @param unreadable why it could not be read, or {@code null}
 */
public record ReceivedUpdate(long updateId, String kind, long chatId, String raw, Update update, String unreadable)
        implements Serializable {

    public static final String UNKNOWN_KIND = "unknown";

    public boolean isReadable() {
        return update != null;
    }
}
