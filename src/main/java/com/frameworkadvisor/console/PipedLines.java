package com.frameworkadvisor.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Lines from piped input (a script, a test): no editing, no wrapping, the prompt written as it is. */
final class PipedLines implements LineSource {

    private final BufferedReader in;
    private final PrintStream out;

    PipedLines(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int width() {
        return 0;
    }

    @Override
    public void close() {
        // the streams belong to the caller
    }
}
