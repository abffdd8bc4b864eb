package com.frameworkadvisor.console;

/** Where the terminal chat reads the user's lines: a real terminal, or piped input. */
interface LineSource extends AutoCloseable {

    /** Shows the prompt and reads one line; {@code null} when the input has ended or the user interrupted. */
    String readLine(String prompt);

    /** The width to wrap text to, in columns; 0 when there is no terminal to fit. */
    int width();

    @Override
    void close();
}
