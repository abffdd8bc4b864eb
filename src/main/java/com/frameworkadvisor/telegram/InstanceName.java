package com.frameworkadvisor.telegram;

/** The name this instance goes by in leases (of outbox messages, of chats in the webhook's inbox). */
public record InstanceName(String value) {

    /** The one polling instance's name, the same after a restart. */
    public static final String POLLING = "polling";
}
