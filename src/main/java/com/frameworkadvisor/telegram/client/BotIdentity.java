package com.frameworkadvisor.telegram.client;

/** Who the bot is, from getMe at start-up: needed to tell commands and replies addressed to it in groups. */
public record BotIdentity(long id, String username) {
}
