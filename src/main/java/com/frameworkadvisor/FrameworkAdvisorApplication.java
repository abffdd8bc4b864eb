package com.frameworkadvisor;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class FrameworkAdvisorApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(FrameworkAdvisorApplication.class);
        application.setDefaultProperties(defaults(System.getenv()));
        application.run(args);
    }

    /**
     * Without a Telegram token the program is a chat in the terminal, where log lines would interleave with the
     * conversation: they go to ./data/advisor.log instead, and only errors reach the terminal; nor is there a web
     * server to run (health and webhooks are for the bot). These are
     * defaults, so any logging setting given explicitly still wins.
     */
    static Map<String, Object> defaults(Map<String, String> environment) {
        String token = environment.get("TELEGRAM_BOT_TOKEN");
        if (token != null && !token.isBlank()) {
            return Map.of();
        }
        return Map.of("logging.threshold.console", "ERROR", "logging.file.name", "data/advisor.log",
                "spring.main.web-application-type", "none");
    }
}
