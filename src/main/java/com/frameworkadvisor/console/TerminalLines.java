package com.frameworkadvisor.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines from a real terminal, through JLine: editing, and a history for this run (up-arrow brings back an earlier
 * line; nothing typed is written to disk). Ctrl-D on an empty line and Ctrl-C both end the chat; every answer is
 * stored already.
 */
final class TerminalLines implements LineSource {

    private final Terminal terminal;
    private final LineReader reader;

    TerminalLines() {
        try {
            this.terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("framework-advisor").build();
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    @Override
    public int width() {
        return terminal.getWidth();
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing left to do at the end of the chat
        }
    }
}
