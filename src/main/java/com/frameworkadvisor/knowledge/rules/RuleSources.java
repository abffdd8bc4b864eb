package com.frameworkadvisor.knowledge.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/** Chooses the rule source from the configuration: an explicit folder, else ./rules, else the jar's copy. */
public final class RuleSources {

    private RuleSources() {
    }

    public static RuleSource resolve(RulesProperties properties, Path workingDirectory, ClassLoader classLoader) {
        if (properties.path() != null && !properties.path().isBlank()) {
            Path configured = workingDirectory.resolve(properties.path());
            if (!Files.isDirectory(configured)) {
                throw new IllegalStateException("advisor.rules.path is " + configured + ", which is not a folder");
            }
            return new DirectoryRuleSource(configured);
        }
        Path local = workingDirectory.resolve(RulesProperties.DEFAULT_FOLDER);
        return Files.isDirectory(local) ? new DirectoryRuleSource(local) : new ClasspathRuleSource(classLoader);
    }
}
