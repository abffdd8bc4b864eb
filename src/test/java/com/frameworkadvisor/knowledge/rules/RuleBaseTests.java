package com.frameworkadvisor.knowledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTests {

    private static final Profile LARGE = Profile.EMPTY.with(Question.SIZE, ProjectSize.LARGE);

    @TempDir
    Path temp;

    @Test
    void shouldFailFastAtStartupWhenTheRulesAreBroken() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp).write("Broken.drl", "package rules;\nrule \"X\" when then");

        assertThatThrownBy(() -> new RuleBase(folder.source(), new RuleCompiler()))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("Broken.drl:2");
    }

    @Test
    void shouldReportBrokenRulesCompiledInTheBackgroundWhenAwaited() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp).write("Broken.drl", "package rules;\nrule \"X\" when then");

        RuleBase ruleBase = RuleBase.compiling(folder.source(), new RuleCompiler());

        assertThatThrownBy(ruleBase::awaitFirst).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("Broken.drl:2");
        assertThatThrownBy(ruleBase::current).isInstanceOf(RuleCompilationException.class);
    }

    @Test
    void shouldServeRulesCompiledInTheBackgroundOnceTheyAreReady() {
        RuleBase ruleBase = RuleBase.compiling(RuleFolder.copyOfProjectRules(temp).source(), new RuleCompiler());

        // The first use waits for the compilation rather than failing or seeing no rules.
        assertThat(ruleBase.current().evaluate(LARGE).firedRuleIds()).contains("size.large.django");
        assertThat(ruleBase.awaitFirst()).isSameAs(ruleBase.current());
        assertThat(ruleBase.firstCompilation()).isPositive();
    }

    @Test
    void shouldKeepServingThePreviousRulesWhenAReloadIsBroken() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp);
        RuleBase ruleBase = new RuleBase(folder.source(), new RuleCompiler());
        CompiledRules before = ruleBase.current();

        folder.write("ProjectSize.drl", folder.read("ProjectSize.drl").replace("size == ProjectSize.LARGE", "size == "));
        ReloadResult result = ruleBase.reload();

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("ProjectSize.drl");
            assertThat(p.line()).isPositive();
        });
        assertThat(ruleBase.current()).isSameAs(before);
        assertThat(ruleBase.current().evaluate(LARGE).firedRuleIds()).contains("size.large.django");
    }

    @Test
    void shouldSwapInTheNewRulesWhenAReloadSucceeds() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp);
        RuleBase ruleBase = new RuleBase(folder.source(), new RuleCompiler());
        int before = ruleBase.current().rules().size();

        folder.write("Extra.drl", RuleFolder.ruleFile(RuleFolder.rule("SizeLargeAgainFavoursDjango",
                "@id(\"size.large-again.django\") @source(\"hirist: Wrapping Up\") @reason(\"Extra test rule.\")",
                "Profile(size == ProjectSize.LARGE)")));
        ReloadResult result = ruleBase.reload();

        assertThat(result.applied()).isTrue();
        assertThat(result.ruleCount()).isEqualTo(before + 1);
        assertThat(ruleBase.current().evaluate(LARGE).firedRuleIds()).contains("size.large-again.django");
    }

    @Test
    void shouldReloadByItselfWhenARuleFileChanges() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp);
        RuleBase ruleBase = new RuleBase(folder.source(), new RuleCompiler());
        RuleFileWatcher watcher = new RuleFileWatcher(ruleBase, true, Duration.ofMillis(100));
        watcher.start();
        try {
            assertThat(ruleBase.current().evaluate(LARGE).verdict()).isEqualTo(Framework.DJANGO);
            // Turn the strongest large-project rule around: the verdict follows without a restart.
            folder.write("ProjectSize.drl", folder.read("ProjectSize.drl")
                    .replace("insert(Evidence.favours(drools, Framework.DJANGO, Strength.FIT));\nend\n\nrule \"SizeLargeCountsAgainstFlask\"",
                            "insert(Evidence.favours(drools, Framework.FLASK, Strength.NEED));\nend\n\nrule \"SizeLargeCountsAgainstFlask\"")
                    .replace("insert(Evidence.against(drools, Framework.FLASK, Strength.FIT));\nend\n\nrule \"SizeSmallFavoursFlask\"",
                            "insert(Evidence.favours(drools, Framework.FLASK, Strength.NEED));\nend\n\nrule \"SizeSmallFavoursFlask\""));

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> ruleBase.current().evaluate(LARGE).verdict() == Framework.FLASK);
        } finally {
            watcher.stop();
        }
        assertThat(watcher.isRunning()).isFalse();
    }

    @Test
    void shouldNotWatchTheCopyPackagedInTheJar() {
        RuleBase ruleBase = new RuleBase(new ClasspathRuleSource(getClass().getClassLoader()), new RuleCompiler());
        RuleFileWatcher watcher = new RuleFileWatcher(ruleBase, true, Duration.ofMillis(100));

        watcher.start();

        assertThat(watcher.isRunning()).isFalse();
    }
}
