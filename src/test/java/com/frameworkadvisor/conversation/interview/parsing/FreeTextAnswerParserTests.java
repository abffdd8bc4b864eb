package com.frameworkadvisor.conversation.interview.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Deadline;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.knowledge.profile.TeamSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class FreeTextAnswerParserTests {

    private static final FreeTextAnswerParser PARSER = new FreeTextAnswerParser(Locale.ENGLISH);
    private static final Duration QUICKLY = Duration.ofSeconds(2);
    private static final int LONG = 10_000;

    /**
     * One row of parsing/free-text-answers.json: a message, the question open when it was sent, and everything the
     * parser must find in it: no more, no less. Absent fields expect nothing.
     */
    record ParsingCase(String text, Question asking, Map<Question, String> answers, Set<Need> needs,
                       Set<Need> notNeeded, boolean dontKnow) {

        @SuppressWarnings({"unchecked", "rawtypes"})
        ParsedAnswers expected() {
            Map<Question, Enum<?>> values = new EnumMap<>(Question.class);
            if (answers != null) {
                answers.forEach((q, v) -> values.put(q, Enum.valueOf((Class) q.answerType(), v)));
            }
            return new ParsedAnswers(values, needs == null ? Set.of() : needs,
                    notNeeded == null ? Set.of() : notNeeded, dontKnow);
        }

        @Override
        public String toString() {
            String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
            return "\"" + shown + "\"" + (asking == null ? "" : " asking " + asking);
        }
    }

    static Stream<ParsingCase> cases() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try (InputStream in = FreeTextAnswerParserTests.class.getResourceAsStream("/parsing/free-text-answers.json")) {
            return json.readValue(in, new TypeReference<List<ParsingCase>>() { }).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldFindExactlyTheExpectedAnswers(ParsingCase c) {
        assertThat(PARSER.parse(c.text(), c.asking())).isEqualTo(c.expected());
    }

    @Test
    void shouldFindNothingInNull() {
        assertThat(PARSER.parse(null, Question.TEAM_SIZE)).isEqualTo(ParsedAnswers.NOTHING);
    }

    @Test
    void shouldFindNothingInTenThousandCharactersOfNothing() {
        List<String> nothing = List.of("a".repeat(LONG), " ".repeat(LONG), "🚀".repeat(LONG / 2),
                "\u200B".repeat(LONG), "-".repeat(LONG), "'".repeat(LONG), "aa ".repeat(LONG / 3));
        for (String text : nothing) {
            ParsedAnswers parsed = assertTimeoutPreemptively(QUICKLY, () -> PARSER.parse(text, Question.KIND));
            assertThat(parsed).isEqualTo(ParsedAnswers.NOTHING);
        }
    }

    @Test
    void shouldReadTenThousandCharactersOfAnswersQuickly() {
        String text = "we need a login and no admin, launch in two weeks. ".repeat(LONG / 50);
        ParsedAnswers parsed = assertTimeoutPreemptively(QUICKLY, () -> PARSER.parse(text, null));
        assertThat(parsed.needs()).containsExactly(Need.USER_ACCOUNTS);
        assertThat(parsed.notNeeded()).containsExactly(Need.ADMIN);
        assertThat(parsed.answers()).containsExactly(Map.entry(Question.DEADLINE, Deadline.TIGHT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no ", "1-", "1 to ", "e-", "twenty-", "don't ", "a few ", "real-time ", "10,", "9"})
    void shouldStayLinearOnRepeatedFragments(String fragment) {
        String text = fragment.repeat(LONG / fragment.length());
        assertTimeoutPreemptively(QUICKLY, () -> PARSER.parse(text, Question.TEAM_SIZE));
    }

    @Test
    void shouldTakeAHugeNumberAsALargeTeam() {
        assertThat(PARSER.parse("9".repeat(LONG), Question.TEAM_SIZE).answers())
                .containsExactly(Map.entry(Question.TEAM_SIZE, TeamSize.LARGE));
    }

    @Test
    void shouldNeverThrowOnRandomCodePoints() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(2_000);
            for (int i = 0; i < length; i++) {
                // Mostly the first planes, where letters, digits, marks, punctuation and emoji live; lone
                // surrogates included.
                text.appendCodePoint(random.nextInt(random.nextBoolean() ? 0x3000 : 0x1FAFF));
            }
            for (Question question : Question.values()) {
                assertThat(PARSER.parse(text.toString(), question)).isNotNull();
            }
        }
    }

    @Test
    void shouldReadOnlyTheFirstCharactersOfAnOverlongMessage() {
        String text = " ".repeat(FreeTextAnswerParser.MAX_CHARS) + "it's a shop";
        assertThat(PARSER.parse(text, null)).isEqualTo(ParsedAnswers.NOTHING);
    }

    @Test
    void shouldFallBackToTheEnglishVocabularyForALanguageWithoutItsOwnFile() {
        FreeTextAnswerParser german = new FreeTextAnswerParser(Locale.GERMAN);
        assertThat(german.parse("it's a shop", null).answers()).containsExactly(Map.entry(Question.KIND, AppKind.SHOP));
    }

    @Test
    void shouldUnderstandAnotherLanguageFromItsVocabularyAlone() {
        FreeTextAnswerParser french = new FreeTextAnswerParser(bundle(Map.of(
                "number.3", "trois", "unit.PERSON", "développeur", "kind.SHOP", "boutique, boutique en ligne",
                "cue.NEGATION_BEFORE", "pas de, sans", "need.ADMIN", "administration, admin",
                "grammar.suffixes", "s")));
        ParsedAnswers parsed = french.parse("Nous sommes trois développeurs : une boutique en ligne, pas d’admin", null);
        assertThat(parsed.answers()).isEqualTo(Map.of(Question.TEAM_SIZE, TeamSize.SMALL, Question.KIND, AppKind.SHOP));
        assertThat(PARSER.parse("une boutique", null)).isEqualTo(ParsedAnswers.NOTHING);
    }

    @Test
    void shouldRejectAVocabularyKeyThatNamesNoAnswer() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FreeTextAnswerParser(bundle(Map.of("kind.SHOPP", "shop"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new FreeTextAnswerParser(bundle(Map.of("colour.RED", "red"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new FreeTextAnswerParser(bundle(Map.of("number.x", "ten"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new FreeTextAnswerParser(bundle(Map.of("need.ADMIN", "a. b"))));
    }

    @Test
    void shouldNameEveryNeedAndEveryKindInTheVocabulary() {
        Map<Term, List<String>> phrases = Vocabulary.load(Locale.ENGLISH).phrases();
        for (Need need : Need.values()) {
            assertThat(phrases.get(new Term(Group.NEED, need.name()))).as("phrases for need %s", need).isNotEmpty();
        }
        for (AppKind kind : AppKind.values()) {
            assertThat(phrases.get(new Term(Group.KIND, kind.name()))).as("phrases for kind %s", kind).isNotEmpty();
        }
    }

    @Test
    void shouldNotGiveOnePhraseTwoAnswersToOneQuestion() {
        Vocabulary vocabulary = Vocabulary.load(Locale.ENGLISH);
        Tokenizer tokenizer = new Tokenizer(Locale.ENGLISH);
        Map<String, Term> seen = new HashMap<>();
        vocabulary.phrases().forEach((term, phrases) -> {
            if (term.group() == Group.NEED || term.group() == Group.CUE) {
                return;
            }
            for (String phrase : phrases) {
                String compact = String.join("", tokenizer.tokenize(phrase).stream().map(Token::text).toList());
                Term earlier = seen.putIfAbsent(term.group() + ":" + compact, term);
                assertThat(earlier == null || earlier.equals(term))
                        .as("'%s' means both %s and %s", phrase, earlier, term).isTrue();
            }
        });
    }

    private static ListResourceBundle bundle(Map<String, String> entries) {
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return entries.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()})
                        .toArray(Object[][]::new);
            }
        };
    }
}
