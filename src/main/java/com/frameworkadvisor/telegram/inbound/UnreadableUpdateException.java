package com.frameworkadvisor.telegram.inbound;

/** An update whose JSON the library could not read: no attempt will read it, so it is not transient. */
final class UnreadableUpdateException extends RuntimeException {

    UnreadableUpdateException(String why) {
        super(why);
    }
}
