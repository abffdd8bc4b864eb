package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.ConversationState.Stage;
import com.frameworkadvisor.conversation.interview.QuestionCatalogue;
import com.frameworkadvisor.conversation.interview.QuestionView;
import com.frameworkadvisor.conversation.interview.parsing.FreeTextAnswerParser;
import com.frameworkadvisor.knowledge.TestRules;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.understanding.TestUnderstanding;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A conversation driven through the real engine, keeping its state between turns as a transport would. */
final class Chat {

    static final Texts TEXTS = new Texts(Locale.ENGLISH);
    private static ConversationEngine engine;

    ConversationState state = ConversationState.NEW;
    List<Reply> last = List.of();
    final List<Reply> all = new ArrayList<>();

    static synchronized ConversationEngine engine() {
        if (engine == null) {
            engine = new ConversationEngine(TestRules.advisor(), QuestionCatalogue.load(Optional.of(Path.of("rules"))),
                    new FreeTextAnswerParser(Locale.ENGLISH), TEXTS, TestUnderstanding::recogniser, heard -> { },
                    Clock.systemUTC());
        }
        return engine;
    }

    Chat send(Input input) {
        Turn turn = engine().apply(state, input);
        state = turn.state();
        last = turn.replies();
        all.addAll(last);
        return this;
    }

    /** Takes up another chat where it stands, so one state can be tried several ways. */
    Chat continueFrom(Chat other) {
        state = other.state;
        last = other.last;
        return this;
    }

    Chat command(String name) {
        return send(new Input.Command(name, ""));
    }

    Chat type(String text) {
        return send(new Input.Text(text));
    }

    /**
     * Presses the button whose label is {@code label} (ignoring a tick) among the last replies' buttons, turning
     * the question's pages with "More…" until it shows, as a user would.
     */
    Chat press(String label) {
        for (int page = 0; page < 5 && !hasButton(label); page++) {
            String pager = hasButton(TEXTS.get("button.more")) ? TEXTS.get("button.more")
                    : TEXTS.get("button.first-options");
            if (!hasButton(pager)) {
                break;
            }
            send(new Input.Press(button(pager).data()));
        }
        return send(new Input.Press(button(label).data()));
    }

    boolean hasButton(String label) {
        return last.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .anyMatch(b -> b.label().replace(QuestionView.TICK, "").equals(label));
    }

    Button button(String label) {
        return last.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().replace(QuestionView.TICK, "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + text()));
    }

    /** Whether the last replies show the button {@code label} ticked, as a chosen answer or a ticked need. */
    boolean ticked(String label) {
        return last.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .anyMatch(b -> b.label().equals(QuestionView.TICK + label));
    }

    /** Presses the button for an option of the open question. */
    Chat answer(Enum<?> option) {
        return press(TEXTS.option(state.current(), option));
    }

    /** The file the last turn sent (the decision record). */
    Reply.Document document() {
        return last.stream().filter(r -> r.kind() == Reply.Kind.DOCUMENT).map(Reply::document).findFirst()
                .orElseThrow(() -> new AssertionError("no document in " + text()));
    }

    String text() {
        return String.join("\n---\n", last.stream().map(Reply::html).toList());
    }

    Question current() {
        return state.current();
    }

    Stage stage() {
        return state.stage();
    }
}
