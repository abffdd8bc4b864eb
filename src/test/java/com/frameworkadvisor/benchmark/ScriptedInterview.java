package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.Input;
import com.frameworkadvisor.conversation.Reply;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * A user working through the interview as people do: /start, a first message in their own words, then buttons
 * (the option labels they would pick, in order of preference; several needs ticked, then Done) until the
 * recommendation, and one follow-up question about it. Choosing by label rather than by position keeps the script
 * valid whichever order the adaptive interview asks in.
 */
record ScriptedInterview(String name, String opening, List<String> choices, String followUp) {

    /** Four different users, six to ten turns each (eight on average); a benchmark cycles through them. */
    static final List<ScriptedInterview> ALL = List.of(
            new ScriptedInterview("shop", "it's an online shop",
                    List.of("Large and complex", "Admin back office", "User accounts and login",
                            "Heavy traffic or much bigger later", "2 to 5", "Juniors with a senior", "The basics",
                            "Full product", "A few months"),
                    "why not Flask?"),
            new ScriptedInterview("api", "a REST API for our mobile app, it's just me",
                    List.of("Small and simple", "REST API", "Microservices", "Stays about the same", "Experienced",
                            "Strong", "Prototype / MVP", "Weeks"),
                    "what about security?"),
            new ScriptedInterview("news", "we're 8 developers building a news site",
                    List.of("Medium", "Admin back office", "ORM and migrations", "Sending e-mail", "Steady growth",
                            "Juniors with a senior", "The basics", "Full product", "No fixed date"),
                    "who uses Django?"),
            new ScriptedInterview("dashboard", "real-time dashboards for our sales data",
                    List.of("Medium", "Real-time dashboards", "Control over the database", "Steady growth",
                            "Beginners", "New to Python", "Prototype / MVP", "Weeks"),
                    "what if the team grows to 20?"));

    private static final String DONE = "Done";
    private static final String SKIP = "Skip";
    /** A script gone wrong (an answer not understood, say) must not loop forever. */
    static final int MAX_TURNS = 20;
    private static final Set<Reply.Kind> QUESTIONS = Set.of(Reply.Kind.QUESTION, Reply.Kind.UPDATED_QUESTION);

    /** The script of the n-th conversation: the four in turn. */
    static ScriptedInterview forConversation(long n) {
        return ALL.get((int) (n % ALL.size()));
    }

    /** The n-th conversation's key: a private Telegram chat's, with a chat id of a realistic length. */
    static String chatKey(long n) {
        return "telegram:" + (5_000_000_000L + n);
    }

    /** Plays the n-th conversation: the n-th script in turn, under the n-th key, for at most {@code turns} turns. */
    static int playConversation(RunningAdvisor advisor, long n, int turns, LongConsumer latencies) {
        return forConversation(n).play(advisor, chatKey(n), turns, latencies);
    }

    /** Plays the whole script, reporting each turn's latency in nanoseconds; returns the number of turns. */
    int play(RunningAdvisor advisor, String chatKey, LongConsumer latencies) {
        return play(advisor, chatKey, MAX_TURNS, latencies);
    }

    /** Plays at most {@code turns} turns of the script (a conversation left mid-interview); returns the turns taken. */
    int play(RunningAdvisor advisor, String chatKey, int turns, LongConsumer latencies) {
        Chat chat = new Chat(advisor, chatKey, latencies);
        chat.send(new Input.Command("start", ""));
        if (chat.count < turns) {
            chat.send(new Input.Text(opening));
        }
        while (chat.count < Math.min(turns, MAX_TURNS)) {
            Optional<Button> next = openQuestion(chat.last).map(this::choose);
            if (next.isEmpty()) {
                chat.send(new Input.Text(followUp));
                break;
            }
            chat.send(new Input.Press(next.get().data()));
        }
        return chat.count;
    }

    private static Optional<List<Button>> openQuestion(List<Reply> replies) {
        return replies.stream().filter(r -> QUESTIONS.contains(r.kind())).reduce((first, second) -> second)
                .map(r -> r.buttons().stream().flatMap(List::stream).toList());
    }

    /**
     * The first wanted option not ticked yet (a ticked one is labelled "✓ ..."), then Done for a multiple choice,
     * or Skip when nothing fits.
     */
    private Button choose(List<Button> buttons) {
        for (String choice : choices) {
            for (Button button : buttons) {
                if (button.label().equals(choice)) {
                    return button;
                }
            }
        }
        return buttons.stream().filter(b -> b.label().equals(DONE)).findFirst()
                .or(() -> buttons.stream().filter(b -> b.label().equals(SKIP)).findFirst())
                .orElseThrow(() -> new IllegalStateException(name + ": no button to press among "
                        + buttons.stream().map(Button::label).toList()));
    }

    private static final class Chat {
        private final RunningAdvisor advisor;
        private final String chatKey;
        private final LongConsumer latencies;
        private List<Reply> last = List.of();
        private int count;

        Chat(RunningAdvisor advisor, String chatKey, LongConsumer latencies) {
            this.advisor = advisor;
            this.chatKey = chatKey;
            this.latencies = latencies;
        }

        void send(Input input) {
            long start = System.nanoTime();
            last = advisor.turn(chatKey, input);
            latencies.accept(System.nanoTime() - start);
            count++;
        }
    }
}
