package com.frameworkadvisor.conversation;

import com.frameworkadvisor.knowledge.Confidence;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.session.ConcurrentConversationUpdateException;
import com.frameworkadvisor.session.ConversationStore;
import com.frameworkadvisor.session.StoredConversation;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One turn of a conversation: load the state, apply the input, commit the new state, and only then hand out the
 * replies. A commit is not yet proof against a killed process on every database: whoever confirms the turn to the
 * outside awaits the {@link com.frameworkadvisor.session.WriteBarrier} first. This is the one place where errors
 * are handled: a failure affects only this turn, is logged once, stores nothing, and the user gets a short apology
 * with their answers intact.
 */
public final class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);
    /** Two writers on one chat at once are rare; a few retries on a fresh load settle it. */
    static final int ATTEMPTS = 3;
    static final String RECOMMENDATIONS = "advisor.recommendations";

    private final ConversationEngine engine;
    private final ConversationStore store;
    private final Texts texts;
    private final ConversationProperties settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * @param settings   a conversation untouched for the idle expiry is forgotten; the user is told when they come back
     * @param meters     where the recommendations given are counted, by verdict
     */
    public ConversationService(ConversationEngine engine, ConversationStore store, Texts texts,
                               ConversationProperties settings, Clock clock, MeterRegistry meters) {
        this.engine = engine;
        this.store = store;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    public List<Reply> handle(String chatKey, Input input) {
        return handleTurn(chatKey, input).replies();
    }

    /** The replies to a turn, and whether the user had everything stored about them deleted in it. */
    public Handled handleTurn(String chatKey, Input input) {
        try {
            for (int attempt = 1; ; attempt++) {
                Optional<StoredConversation> stored = store.load(chatKey);
                boolean expired = stored.isPresent() && isIdle(stored.get());
                ConversationState state = stored.filter(s -> !expired).map(s -> read(chatKey, s.state()))
                        .orElse(ConversationState.NEW);
                Turn turn = engine.apply(state, input);
                if (turn.forgetsEverything()) {
                    // Not a turn of the conversation: the conversation itself is what goes.
                    store.delete(chatKey);
                    return new Handled(turn.replies(), true, null);
                }
                try {
                    store.save(chatKey, json.writeValueAsString(turn.state()), stored.map(StoredConversation::version)
                            .orElse(0L));
                    countRecommendation(state, turn.state());
                    return new Handled(expired ? withNote(turn.replies(), texts.get("expired")) : turn.replies(),
                            false, answered(turn.state()));
                } catch (ConcurrentConversationUpdateException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } catch (RuntimeException e) {
            log.error("Turn failed for chat {} on {}", chatKey, describe(input), e);
            return new Handled(List.of(Reply.message(texts.get("error.apology"))), false, null);
        }
    }

    /**
     * @param replies   what to send, in order
     * @param forgotten everything stored about the conversation was deleted, as the user confirmed: a transport
     *                  deletes what it keeps about the chat too
     * @param answered  the answers of the result the conversation shows after the turn; {@code null} while none
     *                  is shown (a team counts a member's answers from their result on)
     */
    public record Handled(List<Reply> replies, boolean forgotten, Profile answered) {
    }

    private static Profile answered(ConversationState state) {
        if (state.shown() == null) {
            return null;
        }
        return state.shown().basis() != null ? state.shown().basis() : state.profile();
    }

    private boolean isIdle(StoredConversation stored) {
        return stored.updatedAt().isBefore(settings.idleCutoff(clock.instant()));
    }

    private static List<Reply> withNote(List<Reply> replies, String note) {
        List<Reply> all = new java.util.ArrayList<>();
        all.add(Reply.message(note));
        all.addAll(replies);
        return all;
    }

    /** A recommendation was given when the turn shows a verdict it did not show before. */
    private void countRecommendation(ConversationState before, ConversationState after) {
        if (after.shown() != null && !after.shown().sameOutcome(before.shown())) {
            String verdict = after.shown().confidence() == Confidence.TIE ? "tie" : after.shown().verdict().name();
            meters.counter(RECOMMENDATIONS, "verdict", verdict.toLowerCase(java.util.Locale.ROOT)).increment();
        }
    }

    /** Forgets the conversation; true when something was stored. */
    public boolean forget(String chatKey) {
        return store.delete(chatKey);
    }

    /** A state that cannot be read (written by an incompatible version) starts over rather than failing forever. */
    private ConversationState read(String chatKey, String state) {
        try {
            return json.readValue(state, ConversationState.class);
        } catch (JacksonException e) {
            log.warn("Stored state of chat {} cannot be read; starting a new conversation: {}", chatKey,
                    e.getOriginalMessage());
            return ConversationState.NEW;
        }
    }

    /** What the input was, for the log, without the user's text. */
    private static String describe(Input input) {
        if (input instanceof Input.Text text) {
            return "text of " + text.text().length() + " characters";
        }
        return input.toString();
    }
}
