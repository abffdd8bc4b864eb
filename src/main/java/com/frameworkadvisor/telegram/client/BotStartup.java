package com.frameworkadvisor.telegram.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The start-up checks: the token is accepted (getMe), and the command menu is registered (setMyCommands). */
final class BotStartup {

    private static final Logger log = LoggerFactory.getLogger(BotStartup.class);
    static final int ATTEMPTS = 3;

    private final BotApi api;
    private final URI apiUrl;

    BotStartup(BotApi api, URI apiUrl) {
        this.api = api;
        this.apiUrl = apiUrl;
    }

    /** Fails fast, with a message that says what to fix, when the token is rejected or the API cannot be reached. */
    BotIdentity identify() {
        for (int attempt = 1; ; attempt++) {
            try {
                User me = api.call(new GetMe());
                log.info("Connected to the Telegram Bot API at {} as @{}", apiUrl, me.getUserName());
                return new BotIdentity(me.getId(), me.getUserName());
            } catch (BotApiException e) {
                ApiFailure failure = e.failure();
                if (failure.kind() == ApiFailure.Kind.UNAUTHORIZED) {
                    throw new IllegalStateException("Telegram rejected TELEGRAM_BOT_TOKEN (getMe: " + failure.detail()
                            + "). Check the token given by @BotFather.");
                }
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Cannot reach the Telegram Bot API at " + apiUrl + " ("
                            + failure.detail() + "). Check TELEGRAM_API_URL and the network.");
                }
                sleep(Duration.ofSeconds(attempt));
            }
        }
    }

    void registerCommands(List<BotCommand> commands) {
        try {
            api.call(SetMyCommands.builder().commands(commands).build());
        } catch (BotApiException e) {
            // The menu is a convenience: the bot works without it, so this is reported, not fatal.
            log.warn("Could not register the command menu: {}", e.failure().detail());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to Telegram", e);
        }
    }
}
