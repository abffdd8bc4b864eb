package com.frameworkadvisor.telegram.client;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one door to the Bot API: every call goes through here, and every failure comes out classified as an
 * {@link ApiFailure} with the token scrubbed from its description.
 */
public final class BotApi {

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    static final String ERRORS = "advisor.telegram.api.errors";

    private final TelegramClient client;
    private final String token;
    private final Runnable cancelCalls;
    private final MeterRegistry meters;

    public BotApi(TelegramClient client, String token, MeterRegistry meters) {
        this(client, token, () -> { }, meters);
    }

    /** @param cancelCalls aborts the calls under way (a long poll), so that stopping need not wait for them */
    BotApi(TelegramClient client, String token, Runnable cancelCalls, MeterRegistry meters) {
        this.client = client;
        this.token = token;
        this.cancelCalls = cancelCalls;
        this.meters = meters;
    }

    public <T extends Serializable> T call(BotApiMethod<T> method) {
        return guarded(() -> client.execute(method));
    }

    /** Waits up to {@code timeout} for updates after {@code offset}; each is read on its own (see ReceivedUpdate). */
    public List<ReceivedUpdate> getUpdates(long offset, int limit, Duration timeout, List<String> allowedUpdates) {
        return call(new TolerantGetUpdates(offset, limit, (int) timeout.toSeconds(), allowedUpdates));
    }

    /** sendDocument uploads a file, so like setWebhook it is multipart, with an entry of its own. */
    public Message sendDocument(SendDocument method) {
        return guarded(() -> client.execute(method));
    }

    /** sendPhoto uploads a picture: multipart too. */
    public Message sendPhoto(SendPhoto method) {
        return guarded(() -> client.execute(method));
    }

    /** setWebhook is a multipart method in TelegramBots, so it has its own entry, with the same error handling. */
    public boolean setWebhook(SetWebhook method) {
        return Boolean.TRUE.equals(guarded(() -> client.execute(method)));
    }

    private <T> T guarded(Call<T> call) {
        ApiFailure failure;
        try {
            return call.run();
        } catch (TelegramApiException e) {
            failure = classify(e);
        } catch (RuntimeException e) {
            // The client wraps some transport problems in unchecked exceptions; they are network trouble too.
            failure = new ApiFailure(ApiFailure.Kind.TRANSIENT, Duration.ZERO,
                    redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        meters.counter(ERRORS, "kind", failure.kind().name().toLowerCase(Locale.ROOT)).increment();
        throw new BotApiException(failure);
    }

    ApiFailure classify(TelegramApiException e) {
        String detail = redact(e instanceof TelegramApiRequestException request && request.getApiResponse() != null
                ? request.getErrorCode() + " " + request.getApiResponse() : String.valueOf(e.getMessage()));
        // No error code (0 is what the library sets when the answer could not be read, such as a 200 whose body is
        // not JSON): Telegram did not refuse anything, so it is worth trying again.
        if (!(e instanceof TelegramApiRequestException request) || request.getErrorCode() == null
                || request.getErrorCode() == 0) {
            return new ApiFailure(ApiFailure.Kind.TRANSIENT, Duration.ZERO, detail);
        }
        int code = request.getErrorCode();
        String description = String.valueOf(request.getApiResponse()).toLowerCase(Locale.ROOT);
        if (code == 429) {
            Integer seconds = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
            return new ApiFailure(ApiFailure.Kind.RATE_LIMITED,
                    seconds == null ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds), detail);
        }
        if (code >= 500) {
            return new ApiFailure(ApiFailure.Kind.TRANSIENT, Duration.ZERO, detail);
        }
        ApiFailure.Kind kind = switch (code) {
            case 403 -> ApiFailure.Kind.BLOCKED;
            case 409 -> ApiFailure.Kind.CONFLICT;
            case 401, 404 -> ApiFailure.Kind.UNAUTHORIZED;
            case 400 -> description.contains("not modified") ? ApiFailure.Kind.NOT_MODIFIED
                    : description.contains("message to edit not found") || description.contains("can't be edited")
                    ? ApiFailure.Kind.CANNOT_EDIT : ApiFailure.Kind.REJECTED;
            default -> ApiFailure.Kind.REJECTED;
        };
        return new ApiFailure(kind, Duration.ZERO, detail);
    }

    /** Aborts the calls under way: at stop, a long poll would otherwise hold the poller for its whole timeout. */
    public void cancelCallsUnderWay() {
        cancelCalls.run();
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws TelegramApiException;
    }

    /** Removes the token from any text that may be logged: URLs in exception messages carry it. */
    public String redact(String text) {
        return Secrets.redact(text, token);
    }
}
