package com.frameworkadvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Telegram bot when a token is configured, else the chat in the terminal ({@link RunMode}). */
@SpringBootApplication
@EnableScheduling
public class FrameworkAdvisorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrameworkAdvisorApplication.class, args);
    }
}
