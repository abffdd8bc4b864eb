package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.interview.parsing.AnswerParser;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.understanding.Match;
import com.frameworkadvisor.understanding.Meaning;
import com.frameworkadvisor.understanding.MeaningRecogniser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hears what a follow-up message asks. Its meaning comes from the sentence model ({@link MeaningRecogniser});
 * the details come from the words: which framework it names, which glossary term, which answers a what-if or
 * a correction states. When two readings come close, the details decide where they can (a correction states an
 * answer, a topic question does not); where they cannot, the user is asked.
 */
public final class IntentDetector {

    /** Readings that all end in the verdict and its reasons: taking either of two close ones loses nothing. */
    private static final Set<Intent.Kind> ABOUT_THE_VERDICT =
            EnumSet.of(Intent.Kind.WHY, Intent.Kind.VERDICT, Intent.Kind.SUMMARY);

    private final Texts texts;
    private final AnswerParser parser;
    private final Supplier<MeaningRecogniser> recogniser;
    private final Consumer<Heard> listener;

    public IntentDetector(Texts texts, AnswerParser parser, Supplier<MeaningRecogniser> recogniser) {
        this(texts, parser, recogniser, heard -> { });
    }

    /** @param listener told what every message was heard as, to count it */
    public IntentDetector(Texts texts, AnswerParser parser, Supplier<MeaningRecogniser> recogniser,
                          Consumer<Heard> listener) {
        this.texts = texts;
        this.parser = parser;
        this.recogniser = recogniser;
        this.listener = listener;
    }

    /**
     * @param interviewing whether a question is open: "why?" then asks why the question is asked, and "just tell
     *                     me" asks for the result now
     */
    public Heard detect(String message, boolean interviewing) {
        Heard heard = proposed(hear(message, interviewing), message);
        listener.accept(heard);
        return heard;
    }

    /**
     * A message the model placed nowhere that states answers proposes them: a what-if when put as a hypothesis
     * ("if we were 20 devs"), a correction when put as a statement ("the deadline is four weeks"). Put as a
     * question ("does it have an admin?"), it names an answer without proposing it.
     */
    private Heard proposed(Heard heard, String message) {
        if (heard.kind() != Intent.Kind.UNKNOWN || heard.unsure() || parser.parse(message, null).isEmpty()) {
            return heard;
        }
        if (MessageShape.isHypothetical(message)) {
            return Heard.of(new Intent(Intent.Kind.WHAT_IF, null, null, null, message));
        }
        return MessageShape.isQuestion(message) ? heard
                : Heard.of(new Intent(Intent.Kind.CORRECTION, null, null, null, message));
    }

    private Heard hear(String message, boolean interviewing) {
        Optional<Heard> pushback = pushbackWithAReason(message);
        if (pushback.isPresent()) {
            return pushback.get();
        }
        MeaningRecogniser.Understood understood = recogniser.get().read(message);
        Optional<Intent> also = understood.also().flatMap(m -> intent(m, message)).filter(i -> i.code().isPresent());
        Meaning meaning = understood.meaning();
        if (meaning instanceof Meaning.NotEnglish) {
            return Heard.of(Intent.of(Intent.Kind.NOT_ENGLISH));
        }
        if (meaning instanceof Meaning.Clear clear) {
            Intent intent = intent(clear.match(), message).orElse(Intent.of(Intent.Kind.UNKNOWN));
            return new Heard(contextual(proposal(intent, message), interviewing), List.of(), also);
        }
        if (meaning instanceof Meaning.Unsure unsure) {
            return resolve(unsure.candidates(), message, interviewing);
        }
        return Heard.of(Intent.of(Intent.Kind.UNKNOWN));
    }

    /**
     * "I disagree, we need async": a message that opens with disagreement is pushback, whatever reason follows
     * (the reason is read for answers when it is answered); on its own the reason could read as a topic question.
     */
    private Optional<Heard> pushbackWithAReason(String message) {
        int comma = message.indexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        Meaning lead = recogniser.get().meaning(message.substring(0, comma));
        boolean disagrees = lead instanceof Meaning.Clear clear
                && clear.match().label().equals(Intent.Kind.PUSHBACK.label());
        return disagrees ? Optional.of(Heard.of(new Intent(Intent.Kind.PUSHBACK,
                framework(MessageShape.normalise(message)), null, null, message))) : Optional.empty();
    }

    /** The intent a button press stands for, if its code is valid. */
    public Optional<Intent> ofCode(String code) {
        return Intent.ofCode(code).filter(i -> i.kind() != Intent.Kind.GLOSSARY
                || texts.words("glossary.terms").contains(i.term()));
    }

    private Heard resolve(List<Match> candidates, String message, boolean interviewing) {
        List<Intent> readings = new ArrayList<>();
        for (Match candidate : candidates) {
            intent(candidate, message).map(i -> contextual(i, interviewing))
                    .filter(i -> readings.stream().noneMatch(r -> r.kind() == i.kind() && r.topic() == i.topic()))
                    .ifPresent(readings::add);
        }
        // A correction states an answer; a question ("user accounts?") does not, even if it names one.
        boolean statesAnswers = !parser.parse(message, null).isEmpty();
        boolean asks = MessageShape.isQuestion(message);
        List<Intent> kept = readings.stream().filter(i -> !i.kind().readsTheMessage()
                || statesAnswers && (i.kind() == Intent.Kind.WHAT_IF || !asks)).toList();
        Optional<Intent> reading = kept.stream().filter(i -> i.kind().readsTheMessage()).findFirst();
        if (reading.isPresent()) {
            return Heard.of(reading.get());
        }
        if (kept.size() == 2 && ABOUT_THE_VERDICT.contains(kept.get(0).kind())
                && ABOUT_THE_VERDICT.contains(kept.get(1).kind())) {
            return Heard.of(kept.get(0));
        }
        return kept.isEmpty() ? Heard.of(Intent.of(Intent.Kind.UNKNOWN))
                : new Heard(Intent.of(Intent.Kind.UNKNOWN), kept, Optional.empty());
    }

    /**
     * A message that states answers proposes them, whatever subject it sounds like. Put as a hypothesis ("and with a
     * year to build it?", "would it flip if we were experienced devs"), a topic or "what would change it" reading is
     * a what-if about those answers. Put as a statement about the user's own project ("we're a team of 20
     * experienced devs"), a topic reading is a correction; "we need an admin, which is better?" asks in its second
     * clause, so it stays a question.
     */
    private Intent proposal(Intent intent, String message) {
        boolean hypothetical = MessageShape.isHypothetical(message);
        boolean mayPropose = intent.kind() == Intent.Kind.TOPIC || hypothetical && intent.kind() == Intent.Kind.FLIPS;
        if (!mayPropose || parser.parse(message, null).isEmpty()) {
            return intent;
        }
        if (hypothetical) {
            return new Intent(Intent.Kind.WHAT_IF, null, null, null, message);
        }
        boolean statesOurs = !MessageShape.asksInAnyClause(message) && MessageShape.speaksOfOurselves(message);
        return statesOurs ? new Intent(Intent.Kind.CORRECTION, null, null, null, message) : intent;
    }

    /** During the interview "why?" asks why the question matters; after the result "just tell me" is the verdict. */
    private static Intent contextual(Intent intent, boolean interviewing) {
        if (!interviewing && intent.kind() == Intent.Kind.WHY_ASK) {
            return Intent.of(Intent.Kind.WHY);
        }
        if (!interviewing && intent.kind() == Intent.Kind.RESULT_NOW) {
            return Intent.of(Intent.Kind.VERDICT);
        }
        if (interviewing && intent.kind() == Intent.Kind.WHY && intent.framework() == null) {
            return Intent.of(Intent.Kind.WHY_ASK);
        }
        return intent;
    }

    /** The intent a label stands for, with its details read from the message; empty when a detail is missing. */
    private Optional<Intent> intent(Match match, String message) {
        String text = MessageShape.normalise(message);
        String label = match.label();
        if (label.startsWith("topic.")) {
            return Topic.ofKey(label.substring("topic.".length()))
                    .map(t -> new Intent(Intent.Kind.TOPIC, framework(text), t, null, ""));
        }
        Optional<Intent.Kind> kind = Intent.Kind.ofLabel(label);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case GLOSSARY -> glossaryTerm(text).map(term -> new Intent(Intent.Kind.GLOSSARY, null, null, term, ""));
            case WHY, PUSHBACK -> Optional.of(new Intent(kind.get(), framework(text), null, null, message));
            case WHAT_IF, CORRECTION -> Optional.of(new Intent(
                    MessageShape.isHypothetical(message) ? Intent.Kind.WHAT_IF : kind.get(), null, null, null, message));
            default -> Optional.of(Intent.of(kind.get()));
        };
    }

    static boolean containsPhrase(String text, String phrase) {
        return (" " + text + " ").contains(" " + phrase + " ");
    }

    private Framework framework(String text) {
        for (Framework option : Framework.values()) {
            if (texts.words("words.framework." + option.name()).stream().anyMatch(w -> containsPhrase(text, w))) {
                return option;
            }
        }
        return null;
    }

    private Optional<String> glossaryTerm(String text) {
        for (String term : texts.words("glossary.terms")) {
            if (texts.words("glossary." + term + ".words").stream().anyMatch(w -> containsPhrase(text, w))) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }
}
