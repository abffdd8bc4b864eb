package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.rules.CompiledRules;
import com.frameworkadvisor.knowledge.rules.DirectoryRuleSource;
import com.frameworkadvisor.knowledge.rules.RuleBase;
import com.frameworkadvisor.knowledge.rules.RuleCompiler;
import com.frameworkadvisor.knowledge.rules.RuleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's real rule base, compiled once for all tests in the JVM. */
public final class TestRules {

    public static final Path FOLDER = Path.of("rules");
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule \"([^\"]+)\"");
    private static RuleBase ruleBase;

    private TestRules() {
    }

    public static synchronized RuleBase ruleBase() {
        if (ruleBase == null) {
            ruleBase = new RuleBase(new DirectoryRuleSource(FOLDER), new RuleCompiler());
        }
        return ruleBase;
    }

    public static CompiledRules compiled() {
        return ruleBase().current();
    }

    public static Advisor advisor() {
        return new Advisor(ruleBase());
    }

    public static List<RuleFile> files() {
        try {
            return new DirectoryRuleSource(FOLDER).drlFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the rules declared in one DRL file, in file order. */
    public static List<String> idsInFile(String fileName) {
        RuleFile file = files().stream().filter(f -> f.path().equals(fileName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule file " + fileName));
        Matcher names = RULE_NAME.matcher(file.content());
        List<String> ids = new java.util.ArrayList<>();
        while (names.find()) {
            String name = names.group(1);
            ids.add(compiled().rules().stream().filter(r -> r.ruleName().equals(name)).findFirst()
                    .orElseThrow().id());
        }
        return ids;
    }
}
