package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.Question;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Reads answers from free text with the vocabulary of one language (see {@code i18n/vocabulary.properties}).
 * Never throws on what a user may type, and works in time linear in the message.
 */
public final class FreeTextAnswerParser implements AnswerParser {

    // Telegram caps a message at 4,096 characters; beyond this bound nothing is a plausible answer.
    static final int MAX_CHARS = 20_000;

    // Order matters: each detector offers its answer first, and "don't know" reads everything else.
    private static final List<Detector> DETECTORS = List.of(
            new KindDetector(), new NeedDetector(), new TeamSizeDetector(), new ExperienceDetector(),
            new ProjectSizeDetector(), new GrowthDetector(), new DeadlineDetector(), new GoalDetector(),
            new PythonSkillDetector(), new DontKnowDetector());

    private final Tokenizer tokenizer;
    private final Lexicon lexicon;
    private final Map<String, List<String>> replies;
    private final Locale locale;
    private final Clock clock;

    /** Uses {@code vocabulary_<language>.properties}, or the English base file when there is none. */
    public FreeTextAnswerParser(Locale locale) {
        this(locale, Clock.systemDefaultZone());
    }

    /** As above, with the clock that dates such as "by March" or "Q3" are counted from. */
    public FreeTextAnswerParser(Locale locale, Clock clock) {
        this(Vocabulary.load(locale), clock);
    }

    /** Uses the given vocabulary bundle, for example one loaded from outside the classpath. */
    public FreeTextAnswerParser(ResourceBundle vocabulary) {
        // A bundle built in code (a ListResourceBundle) has no locale; case folding then follows no language.
        this(Vocabulary.of(vocabulary, Objects.requireNonNullElse(vocabulary.getLocale(), Locale.ROOT)),
                Clock.systemDefaultZone());
    }

    private FreeTextAnswerParser(Vocabulary vocabulary, Clock clock) {
        this.tokenizer = new Tokenizer(vocabulary.locale());
        this.lexicon = new Lexicon(vocabulary, tokenizer);
        this.replies = vocabulary.replies();
        this.locale = vocabulary.locale();
        this.clock = clock;
    }

    @Override
    public ParsedAnswers parse(String text, Question expected) {
        if (text == null || text.isBlank()) {
            return ParsedAnswers.NOTHING;
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Reading reading = Reading.of(tokenizer.tokenize(bounded), lexicon, LocalDate.now(clock), locale);
        Findings findings = new Findings();
        // Even with no known word a message may name a date ("end of February").
        DETECTORS.forEach(d -> d.detect(reading, expected, findings));
        if (expected != null && !findings.isAnswered(expected)) {
            reply(reading, expected).ifPresent(answer -> findings.answer(expected, answer));
        }
        return findings.toParsedAnswers();
    }

    /** A whole reply that answers the open question only because it is the one asked ("probably not"). */
    private Optional<Enum<?>> reply(Reading reading, Question expected) {
        // The words as the tokenizer reads them, so a reply compares the way every vocabulary phrase does.
        String said = reading.layout().tokens().stream().map(Token::text).collect(Collectors.joining(" "));
        for (Enum<?> option : expected.options()) {
            List<String> forms = replies.getOrDefault(expected.name() + "." + option.name(), List.of());
            if (forms.contains(said)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
