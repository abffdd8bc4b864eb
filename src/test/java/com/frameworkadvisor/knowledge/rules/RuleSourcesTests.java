package com.frameworkadvisor.knowledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSourcesTests {

    private static final ClassLoader LOADER = RuleSourcesTests.class.getClassLoader();

    @TempDir
    Path temp;

    private static RulesProperties path(String path) {
        return new RulesProperties(path, true, Duration.ofMillis(300));
    }

    @Test
    void shouldUseTheConfiguredFolder() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp.resolve("elsewhere"));

        RuleSource source = RuleSources.resolve(path(folder.root().toString()), temp, LOADER);

        assertThat(source.directory()).contains(folder.root());
    }

    @Test
    void shouldRefuseAConfiguredFolderThatDoesNotExist() {
        assertThatThrownBy(() -> RuleSources.resolve(path("no-such-folder"), temp, LOADER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-folder");
    }

    @Test
    void shouldPreferARulesFolderInTheWorkingDirectory() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp);

        RuleSource source = RuleSources.resolve(path(""), temp, LOADER);

        assertThat(source.directory()).contains(folder.root());
    }

    @Test
    void shouldFallBackToTheCopyInTheJarSoTheJarRunsAnywhere() {
        RuleSource source = RuleSources.resolve(path(null), temp, LOADER);

        assertThat(source).isInstanceOf(ClasspathRuleSource.class);
        assertThat(new RuleCompiler().compile(source).rules()).isNotEmpty();
    }
}
