package com.frameworkadvisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between features, checked on the compiled classes: every use of a type counts, an import or a
 * fully qualified name alike. Third-party engines stay inside their feature, the Telegram pipeline runs one way
 * (inbound, outbound, client) and shows its parts to no one, and no feature knows its transports.
 */
class ArchitectureTests {

    private static final String ROOT = "com.frameworkadvisor";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void shouldKeepEachThirdPartyEngineInsideItsFeature() {
        onlyInside("..telegram..", "org.telegram..", "okhttp3..");
        // Jackson 2, which TelegramBots' types need; the rest of the program uses Spring Boot's Jackson 3.
        onlyInside("..telegram.client..", "com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..");
        onlyInside("..knowledge..", "org.kie..", "org.drools..");
        onlyInside("..understanding..", "dev.langchain4j..", "ai.onnxruntime..", "ai.djl..");
        onlyInside("..team..", "org.jfree..");
    }

    private static void onlyInside(String owner, String... packages) {
        noClasses().that().resideOutsideOfPackage(owner).should().dependOnClassesThat().resideInAnyPackage(packages)
                .because("only " + owner + " may use " + String.join(", ", packages)).check(MAIN);
    }

    @Test
    void shouldRunTheTelegramPipelineOneWay() {
        String telegram = ROOT + ".telegram";
        noClasses().that().resideInAPackage(telegram + ".client..")
                .should().dependOnClassesThat().resideInAnyPackage(telegram + ".inbound..", telegram + ".outbound..")
                .check(MAIN);
        noClasses().that().resideInAPackage(telegram + ".outbound..")
                .should().dependOnClassesThat().resideInAPackage(telegram + ".inbound..").check(MAIN);
        noClasses().that().resideInAPackage(telegram)
                .should().dependOnClassesThat().resideInAnyPackage(telegram + ".client..", telegram + ".inbound..",
                        telegram + ".outbound..")
                .because("the root holds what the parts share and depends on none of them").check(MAIN);
    }

    @Test
    void shouldShowTheTelegramPartsToNoOneOutsideTelegram() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".telegram..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".telegram.client..",
                        ROOT + ".telegram.inbound..", ROOT + ".telegram.outbound..")
                .check(MAIN);
    }

    @Test
    void shouldNotLetTheConversationKnowAboutItsTransports() {
        noClasses().that().resideInAnyPackage(ROOT + ".conversation..", ROOT + ".knowledge..",
                        ROOT + ".session..", ROOT + ".understanding..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".telegram..", ROOT + ".console..")
                .check(MAIN);
    }

    @Test
    void shouldKeepTheKnowledgeFreeOfTheConversation() {
        noClasses().that().resideInAPackage(ROOT + ".knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".conversation..", ROOT + ".session..",
                        ROOT + ".understanding..")
                .check(MAIN);
    }

    @Test
    void shouldHaveNoCyclesBetweenFeaturesOrTelegramParts() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching(ROOT + ".telegram.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
