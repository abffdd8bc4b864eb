package com.frameworkadvisor.knowledge.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A throw-away copy of the project's rules folder that a test may break, fix and watch. */
final class RuleFolder {

    private final Path root;

    private RuleFolder(Path root) {
        this.root = root;
    }

    /** A copy of the real rules in a fresh folder under {@code parent}. */
    static RuleFolder copyOfProjectRules(Path parent) {
        Path root = parent.resolve("rules");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            Files.createDirectories(root);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, root.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleFolder(root);
    }

    /**
     * Only the catalogues, no rules, so a test can add exactly the rule files it needs. The disagreements are
     * emptied too: each one must be stood for and settled by rules, which a test adds when it needs one.
     */
    static RuleFolder cataloguesOnly(Path parent) {
        RuleFolder folder = copyOfProjectRules(parent);
        try (Stream<Path> files = Files.list(folder.root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.write("disagreements.json", "[]");
    }

    Path root() {
        return root;
    }

    RuleFolder write(String name, String content) {
        try {
            Files.writeString(root.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String read(String name) {
        try {
            return Files.readString(root.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RuleFolder delete(String name) {
        try {
            Files.delete(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    DirectoryRuleSource source() {
        return new DirectoryRuleSource(root);
    }

    /** A minimal, valid rule file with one rule, to which tests add mistakes. */
    static String ruleFile(String... rules) {
        return """
                package rules;

                import com.frameworkadvisor.knowledge.Conflict;
                import com.frameworkadvisor.knowledge.Evidence;
                import com.frameworkadvisor.knowledge.Framework;
                import com.frameworkadvisor.knowledge.Strength;
                import com.frameworkadvisor.knowledge.profile.*;
                """ + String.join("\n", rules);
    }

    static String rule(String name, String metadata, String condition) {
        return rule(name, metadata, condition, "insert(Evidence.favours(drools, Framework.DJANGO, Strength.FIT));");
    }

    static String rule(String name, String metadata, String condition, String consequence) {
        return """

                rule "%s"
                    %s
                when
                    %s
                then
                    %s
                end
                """.formatted(name, metadata, condition, consequence);
    }
}
