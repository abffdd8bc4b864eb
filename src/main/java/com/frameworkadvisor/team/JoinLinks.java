package com.frameworkadvisor.team;

/** The address that opens a private chat with the bot ready to join a team (a Telegram deep link). */
@FunctionalInterface
public interface JoinLinks {

    /** The start parameter a deep link carries for a team: "team-" and its code. */
    String PREFIX = "team-";

    String forCode(String code);
}
