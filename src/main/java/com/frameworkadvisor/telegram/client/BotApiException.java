package com.frameworkadvisor.telegram.client;

/** A Bot API call failed; the failure says how, without the token. */
public final class BotApiException extends RuntimeException {

    private final ApiFailure failure;

    public BotApiException(ApiFailure failure) {
        super(failure.kind() + ": " + failure.detail());
        this.failure = failure;
    }

    public ApiFailure failure() {
        return failure;
    }
}
