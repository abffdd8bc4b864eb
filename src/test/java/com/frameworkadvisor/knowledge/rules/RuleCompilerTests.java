package com.frameworkadvisor.knowledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCompilerTests {

    private static final String GOOD_METADATA =
            "@id(\"size.large.test\") @source(\"hirist: When to Use Django?\") @reason(\"Large projects suit Django.\")";

    /** A disagreement whose Django side is hirist and whose Flask side is uncodemy. */
    private static final String DISAGREEMENT = """
            [{"id": "size-test", "question": "Which for a large project?", "resolution": "Django.",
              "sides": [{"favours": "DJANGO", "claim": "Large suits Django.", "sources": ["hirist"]},
                        {"favours": "FLASK", "claim": "Large suits Flask.", "sources": ["uncodemy"]}]}]
            """;

    @TempDir
    Path temp;

    private final RuleCompiler compiler = new RuleCompiler();

    private RuleCompilationException failureOf(RuleFolder folder) {
        try {
            compiler.compile(folder.source());
        } catch (RuleCompilationException e) {
            return e;
        }
        throw new AssertionError("the rules compiled, but should not have");
    }

    @Test
    void shouldCompileAValidRuleFile() {
        RuleFolder folder = RuleFolder.cataloguesOnly(temp).write("Size.drl", RuleFolder.ruleFile(
                RuleFolder.rule("SizeLargeFavoursDjango", GOOD_METADATA, "Profile(size == ProjectSize.LARGE)")));

        CompiledRules rules = compiler.compile(folder.source());

        assertThat(rules.rules()).extracting(RuleMetadata::id).containsExactly("size.large.test");
    }

    @Test
    void shouldReportASyntaxErrorWithItsFileAndLine() {
        String broken = RuleFolder.ruleFile(RuleFolder.rule("Fine", GOOD_METADATA, "Profile(size == ProjectSize.LARGE)"))
                + "\nrule \"Broken\"\nwhen\n    Profile(size == \nthen\nend\n";
        RuleFolder folder = RuleFolder.cataloguesOnly(temp).write("Broken.drl", broken);

        RuleCompilationException e = failureOf(folder);

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("Broken.drl");
            assertThat(p.line()).isGreaterThan(18);
        });
        assertThat(e.getMessage()).contains("Broken.drl:");
    }

    @Test
    void shouldReportAnUnknownFieldWithItsFileAndLine() {
        String text = RuleFolder.ruleFile(RuleFolder.rule("Typo", GOOD_METADATA, "Profile(sise == ProjectSize.LARGE)"));
        RuleFolder folder = RuleFolder.cataloguesOnly(temp).write("Typo.drl", text);

        RuleCompilationException e = failureOf(folder);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("Typo.drl");
            assertThat(p.line()).isEqualTo(lineOf(text, "Profile(sise"));
            assertThat(p.message()).contains("sise");
        });
    }

    @Test
    void shouldReportEveryErrorOfEveryFile() {
        RuleFolder folder = RuleFolder.cataloguesOnly(temp)
                .write("A.drl", RuleFolder.ruleFile(RuleFolder.rule("A", GOOD_METADATA, "Profile(nope == 1)")))
                .write("B.drl", RuleFolder.ruleFile(RuleFolder.rule("B", GOOD_METADATA.replace("test", "other"),
                        "Profile(alsoNope == 1)")));

        assertThat(failureOf(folder).problems()).extracting(RuleProblem::file).containsExactlyInAnyOrder("A.drl", "B.drl");
    }

    @Test
    void shouldRejectARuleWithoutIdOrReasonAtItsLine() {
        String text = RuleFolder.ruleFile(RuleFolder.rule("NoId", "@source(\"hirist: What is Django?\")",
                "Profile(size == ProjectSize.LARGE)"));
        RuleFolder folder = RuleFolder.cataloguesOnly(temp).write("NoId.drl", text);

        RuleCompilationException e = failureOf(folder);

        assertThat(e.problems()).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("NoId").contains("no @id"))
                .anySatisfy(m -> assertThat(m).contains("no @reason"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(lineOf(text, "rule \"NoId\"")));
    }

    @Test
    void shouldRejectASourceThatIsNotInTheCatalogue() {
        RuleFolder folder = RuleFolder.cataloguesOnly(temp).write("Size.drl", RuleFolder.ruleFile(RuleFolder.rule(
                "Uncited", GOOD_METADATA.replace("When to Use Django?", "When to Use Django?; wikipedia: Django"), "Profile(size == ProjectSize.LARGE)")));

        assertThat(failureOf(folder).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"wikipedia\"").contains("sources.json"));
    }

    @Test
    void shouldRejectTheSameIdOnTwoRules() {
        RuleFolder folder = RuleFolder.cataloguesOnly(temp).write("Size.drl", RuleFolder.ruleFile(
                RuleFolder.rule("First", GOOD_METADATA, "Profile(size == ProjectSize.LARGE)"),
                RuleFolder.rule("Second", GOOD_METADATA, "Profile(size == ProjectSize.SMALL)")));

        assertThat(failureOf(folder).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("size.large.test").contains("already used"));
    }

    @Test
    void shouldRejectAConflictRuleForAnUnknownDisagreement() {
        RuleFolder folder = RuleFolder.cataloguesOnly(temp).write("Size.drl", RuleFolder.ruleFile(RuleFolder.rule(
                "Settles", GOOD_METADATA + " @settles(\"tabs-versus-spaces\")", "Profile(size == ProjectSize.LARGE)",
                "insert(Conflict.resolvedFor(drools, Framework.DJANGO));")));

        assertThat(failureOf(folder).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("tabs-versus-spaces"));
    }

    @Test
    void shouldRejectACitationWithoutAPinpoint() {
        RuleFolder folder = RuleFolder.cataloguesOnly(temp).write("Size.drl", RuleFolder.ruleFile(RuleFolder.rule(
                "Vague", GOOD_METADATA.replace("hirist: When to Use Django?", "hirist"),
                "Profile(size == ProjectSize.LARGE)")));

        assertThat(failureOf(folder).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"hirist\"").contains("no pinpoint"));
    }

    @Test
    void shouldRejectAPinpointThatIsAQuotationRatherThanALocator() {
        RuleFolder folder = RuleFolder.cataloguesOnly(temp).write("Size.drl", RuleFolder.ruleFile(RuleFolder.rule(
                "Quoting", GOOD_METADATA.replace("When to Use Django?",
                        "Django is better suited for large-scale projects and can scale easily"),
                "Profile(size == ProjectSize.LARGE)")));

        assertThat(failureOf(folder).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("locator"));
    }

    @Test
    void shouldRejectAConflictRuleThatAlsoAddsWeight() {
        RuleFolder folder = disagreementFolder("uncodemy: Conclusion", "insert(Conflict.resolvedFor(drools, "
                + "Framework.DJANGO));\n    insert(Evidence.favours(drools, Framework.DJANGO, Strength.HINT));");

        assertThat(failureOf(folder).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Settles").contains("exactly one kind"));
    }

    @Test
    void shouldRejectADisagreementWhoseSidesCiteOtherArticlesThanTheRulesStandingForThem() {
        RuleFolder folder = disagreementFolder("codecademy: The Flask story",
                "insert(Conflict.resolvedFor(drools, Framework.DJANGO));");

        assertThat(failureOf(folder).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("disagreements.json");
            assertThat(p.message()).contains("size-test").contains("Flask").contains("uncodemy").contains("codecademy");
        });
    }

    @Test
    void shouldRejectAnArticleOnBothSidesOfADisagreementWithoutAWordOfWhy() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp);
        String disagreements = folder.read("disagreements.json");
        String withoutHiristsNote = disagreements.replaceFirst("\"bothSides\": \\{\"hirist\": \"[^\"]*\", ",
                "\"bothSides\": {");
        assertThat(withoutHiristsNote).isNotEqualTo(disagreements);
        folder.write("disagreements.json", withoutHiristsNote);

        assertThat(failureOf(folder).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("disagreements.json");
            assertThat(p.message()).contains("tight-deadline").contains("hirist").contains("both sides");
        });
    }

    @Test
    void shouldRejectASubjectWithoutANoteOfWhatTheArticlesLeaveOpen() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp);
        String topics = folder.read("topics.json");
        String withoutAsync = topics.replaceFirst("\\{\"topic\": \"async\"[^}]*},\\s*", "");
        assertThat(withoutAsync).isNotEqualTo(topics);
        folder.write("topics.json", withoutAsync);

        assertThat(failureOf(folder).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("topics.json");
            assertThat(p.message()).contains("\"async\"").contains("leave open");
        });
    }

    @Test
    void shouldAcceptADisagreementStoodForAndSettledByItsRules() {
        RuleFolder folder = disagreementFolder("uncodemy: Conclusion",
                "insert(Conflict.resolvedFor(drools, Framework.DJANGO));");

        Assessment large = compiler.compile(folder.source())
                .evaluate(Profile.EMPTY.with(Question.SIZE, ProjectSize.LARGE));

        assertThat(large.conflicts()).singleElement().satisfies(c -> assertThat(c.resolvedFor()).isEqualTo(Framework.DJANGO));
        assertThat(large.setAside()).extracting(Evidence::ruleId).containsExactly("size.large.flask");
        assertThat(large.score(Framework.DJANGO)).isEqualTo(2);
        assertThat(large.score(Framework.FLASK)).isZero();
    }

    /**
     * The disagreement "size-test" with a rule standing for each side (Django citing hirist, Flask citing the given
     * passage) and a rule settling it with the given consequence.
     */
    private RuleFolder disagreementFolder(String flaskPassage, String settlingConsequence) {
        return RuleFolder.cataloguesOnly(temp).write("disagreements.json", DISAGREEMENT)
                .write("Size.drl", RuleFolder.ruleFile(
                        RuleFolder.rule("ForDjango", GOOD_METADATA + " @disagreement(\"size-test\")",
                                "Profile(size == ProjectSize.LARGE)"),
                        RuleFolder.rule("ForFlask", GOOD_METADATA.replace("size.large.test", "size.large.flask")
                                        .replace("hirist: When to Use Django?", flaskPassage)
                                        + " @disagreement(\"size-test\")", "Profile(size == ProjectSize.LARGE)",
                                "insert(Evidence.favours(drools, Framework.FLASK, Strength.FIT));"),
                        RuleFolder.rule("Settles", GOOD_METADATA.replace("size.large.test", "size.large.settled")
                                + " @settles(\"size-test\")", "Profile(size == ProjectSize.LARGE)",
                                settlingConsequence)));
    }

    @Test
    void shouldRejectRulesWithoutTheirSourceCatalogue() {
        RuleFolder folder = RuleFolder.copyOfProjectRules(temp).delete("sources.json");

        assertThat(failureOf(folder).problems()).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("sources.json"));
    }

    @Test
    void shouldRejectAnEmptyRulesFolder() {
        assertThat(failureOf(RuleFolder.cataloguesOnly(temp)).getMessage()).contains("no .drl files");
    }

    @Test
    void shouldBuildTheSameRulesFromTheCopyPackagedInTheJar() {
        CompiledRules packaged = compiler.compile(new ClasspathRuleSource(getClass().getClassLoader()));
        CompiledRules onDisk = compiler.compile(new DirectoryRuleSource(Path.of("rules")));

        assertThat(packaged.origin()).startsWith("classpath:");
        assertThat(packaged.rules()).isEqualTo(onDisk.rules());
        assertThat(packaged.sources()).isEqualTo(onDisk.sources());
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(fragment);
    }
}
