package com.frameworkadvisor.console;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replies as terminal text: tags stripped, buttons as numbered choices. It remembers the buttons it showed last,
 * so typing "2" presses the second one. A document (the decision record) is written to a file in the documents
 * folder, and its path shown under the caption.
 */
final class ConsoleRenderer {

    private final List<Button> lastButtons = new ArrayList<>();
    private final Texts texts;
    private final Path documents;

    ConsoleRenderer(Texts texts, Path documents) {
        this.texts = texts;
        this.documents = documents;
    }

    String render(List<Reply> replies) {
        StringBuilder out = new StringBuilder();
        for (Reply reply : replies) {
            if (reply.kind() == Reply.Kind.DOCUMENT) {
                out.append(Html.toPlainText(reply.html())).append("\n").append(written(reply.document()))
                        .append("\n\n");
                continue;
            }
            if (reply.kind() == Reply.Kind.ANSWERED) {
                out.append("✓ ").append(Html.toPlainText(reply.html()).replace("\n", " ")).append("\n\n");
                continue;
            }
            out.append(Html.toPlainText(reply.html())).append("\n");
            if (!reply.buttons().isEmpty()) {
                lastButtons.clear();
                out.append(choices(reply.buttons())).append(texts.get("console.choose")).append("\n");
            }
            out.append("\n");
        }
        return out.toString();
    }

    /**
     * Writes the document, replacing an older one of the same name (the same day's record), and says where; a
     * folder that cannot be written is said plainly, and the chat goes on.
     */
    private String written(Reply.Document document) {
        Path file = documents.resolve(document.fileName()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(documents);
            Files.writeString(file, document.content(), StandardCharsets.UTF_8);
            return texts.get("console.written", file);
        } catch (IOException e) {
            return texts.get("console.not-written", file, e.getMessage());
        }
    }

    private String choices(List<List<Button>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<Button> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Button button : row) {
                lastButtons.add(button);
                cells.add(String.format("%2d) %s", lastButtons.size(), button.label()));
            }
            out.append(String.join("   ", cells)).append("\n");
        }
        return out.toString();
    }

    /** The text with every line longer than {@code width} broken at spaces; unchanged when the width is 0. */
    static String wrap(String text, int width) {
        if (width <= 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String rest = line;
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                if (cut <= 0) {
                    cut = width; // one word longer than the line: cut it
                }
                out.append(rest, 0, cut).append('\n');
                rest = rest.substring(cut).stripLeading();
            }
            out.append(rest).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The data of the n-th button shown last (from 1), if there is one. */
    Optional<String> buttonData(int number) {
        if (number < 1 || number > lastButtons.size()) {
            return Optional.empty();
        }
        return Optional.of(lastButtons.get(number - 1).data());
    }
}
