package com.frameworkadvisor.telegram.fake;

/** A Bot API error answer: {@code {"ok":false,"error_code":..,"description":..,"parameters":{"retry_after":..}}}. */
final class ApiError extends RuntimeException {

    private final int code;
    private final Integer retryAfter;

    ApiError(int code, String description, Integer retryAfter) {
        super(description, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiError badRequest(String detail) {
        return new ApiError(400, "Bad Request: " + detail, null);
    }

    static ApiError conflict(String detail) {
        return new ApiError(409, "Conflict: " + detail, null);
    }

    static ApiError unauthorized() {
        return new ApiError(401, "Unauthorized", null);
    }

    static ApiError notFound() {
        return new ApiError(404, "Not Found", null);
    }

    int code() {
        return code;
    }

    String description() {
        return getMessage();
    }

    Integer retryAfter() {
        return retryAfter;
    }
}
