package com.frameworkadvisor.telegram.client;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.telegram.TelegramConfiguration;
import com.frameworkadvisor.telegram.TelegramProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The Bot API client, and the checks at start-up: the token works, and the command menu is registered. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(TelegramConfiguration.BOT_ENABLED)
class ClientConfiguration {

    /** Read timeout above the long-poll timeout, so a quiet long poll is not mistaken for a dead connection. */
    @Bean
    OkHttpClient telegramHttpClient(TelegramProperties properties) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(properties.polling().timeout().plusSeconds(15))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    BotApi botApi(OkHttpClient http, TelegramProperties properties, MeterRegistry meters) {
        var url = properties.api().url();
        int port = url.getPort() > 0 ? url.getPort() : ("http".equals(url.getScheme()) ? 80 : 443);
        TelegramUrl telegramUrl = new TelegramUrl(url.getScheme(), url.getHost(), port, false);
        return new BotApi(new OkHttpTelegramClient(http, properties.bot().token(), telegramUrl),
                properties.bot().token(), () -> http.dispatcher().cancelAll(), meters);
    }

    @Bean
    BotIdentity botIdentity(BotApi api, TelegramProperties properties, Texts texts) {
        BotStartup startup = new BotStartup(api, properties.api().url());
        BotIdentity identity = startup.identify();
        startup.registerCommands(new BotCommandMenu(texts).menu());
        return identity;
    }
}
