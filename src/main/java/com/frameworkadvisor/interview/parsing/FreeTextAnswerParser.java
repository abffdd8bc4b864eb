package com.frameworkadvisor.interview.parsing;

import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
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

    /** Uses {@code vocabulary_<language>.properties}, or the English base file when there is none. */
    public FreeTextAnswerParser(Locale locale) {
        this(Vocabulary.load(locale));
    }

    /** Uses the given vocabulary bundle, for example one loaded from outside the classpath. */
    public FreeTextAnswerParser(ResourceBundle vocabulary) {
        // A bundle built in code (a ListResourceBundle) has no locale; case folding then follows no language.
        this(Vocabulary.of(vocabulary, Objects.requireNonNullElse(vocabulary.getLocale(), Locale.ROOT)));
    }

    private FreeTextAnswerParser(Vocabulary vocabulary) {
        this.tokenizer = new Tokenizer(vocabulary.locale());
        this.lexicon = new Lexicon(vocabulary, tokenizer);
    }

    @Override
    public ParsedAnswers parse(String text, Question expected) {
        if (text == null || text.isBlank()) {
            return ParsedAnswers.NOTHING;
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Reading reading = Reading.of(tokenizer.tokenize(bounded), lexicon);
        if (reading.isEmpty()) {
            return ParsedAnswers.NOTHING;
        }
        Findings findings = new Findings();
        DETECTORS.forEach(d -> d.detect(reading, expected, findings));
        return findings.toParsedAnswers();
    }
}
