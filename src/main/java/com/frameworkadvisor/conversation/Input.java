package com.frameworkadvisor.conversation;

/** What a user sent, independent of the transport (Telegram, the terminal). */
public sealed interface Input {

    /** Text typed by the user. */
    record Text(String text) implements Input {
    }

    /** A pressed button, with the data the button was created with. */
    record Press(String data) implements Input {
    }

    /** A command such as /start, with what followed it (a deep-link payload, for instance), possibly empty. */
    record Command(String name, String argument) implements Input {
    }
}
