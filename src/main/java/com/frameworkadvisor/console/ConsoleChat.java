package com.frameworkadvisor.console;

import com.frameworkadvisor.conversation.ConversationService;
import com.frameworkadvisor.conversation.Input;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.session.WriteBarrier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The conversation in a terminal: the same engine as in Telegram, buttons shown as numbered choices, free text
 * as in Telegram. It reads lines until the input ends (Ctrl-D, or the end of piped input) or the user quits
 * ({@code /quit}, {@code quit} or {@code exit} on a line of their own), so piped input works as well as a person
 * typing. Every answer is stored as it is given, so quitting loses nothing: the next start picks up from there.
 */
public final class ConsoleChat {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    /** Typed on a line of their own, these end the chat; they never reach the conversation. */
    static final Set<String> QUIT = Set.of("/quit", "quit", "exit", "/exit");
    static final String PROMPT = "> ";

    private final ConversationService conversations;
    private final WriteBarrier barrier;
    private final String chatKey;
    private final ConsoleRenderer renderer;

    /** @param documents where files the chat produces (decision records) are written */
    public ConsoleChat(ConversationService conversations, WriteBarrier barrier, String chatKey, Texts texts,
                       Path documents) {
        this.conversations = conversations;
        this.barrier = barrier;
        this.chatKey = chatKey;
        this.renderer = new ConsoleRenderer(texts, documents);
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        run(new PipedLines(in, out), out);
    }

    void run(LineSource lines, PrintStream out) {
        out.print(turn(new Input.Command("resume", ""), lines.width()));
        out.flush();
        String line;
        while ((line = lines.readLine(PROMPT)) != null && !QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
            out.print(turn(toInput(line), lines.width()));
            out.flush();
        }
        out.println();
    }

    /** The turn's replies, shown only once the turn is durable: a reply the user saw is never undone by a crash. */
    private String turn(Input input, int width) {
        List<Reply> replies = conversations.handle(chatKey, input);
        barrier.awaitDurable();
        return ConsoleRenderer.wrap(renderer.render(replies), width);
    }

    Input toInput(String line) {
        String text = line.strip();
        if (NUMBER.matcher(text).matches()) {
            Optional<String> data = renderer.buttonData(Integer.parseInt(text));
            if (data.isPresent()) {
                return new Input.Press(data.get());
            }
        }
        if (text.startsWith("/") && text.length() > 1) {
            String[] parts = text.substring(1).split("\\s+", 2);
            return new Input.Command(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return new Input.Text(line);
    }

}
