package com.frameworkadvisor.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Another language is told apart from English, without taking English with a borrowed word for it. */
class LanguageCheckTests {

    private final LanguageCheck check =
            new LanguageCheck(Phrasings.load(Optional.of(Path.of("rules"))).otherLanguages());

    @ParameterizedTest
    @ValueSource(strings = {"¿Cuál es mejor para una tienda online?", "welches ist besser für uns",
            "quel framework est le meilleur pour nous", "какой фреймворк лучше", "哪个框架更好", "merci beaucoup"})
    void shouldTellAnotherLanguage(String message) {
        assertThat(check.isEnglish(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"is django the de facto standard?", "why not flask", "ok", "café app with a login",
            "what about the la times?", "12", "🙂"})
    void shouldKeepEnglishAsEnglish(String message) {
        assertThat(check.isEnglish(message)).isTrue();
    }
}
