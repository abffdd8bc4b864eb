package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.sources.Disagreements;
import com.frameworkadvisor.knowledge.sources.Facts;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import com.frameworkadvisor.knowledge.sources.TopicNotes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a rule base from a {@link RuleSource}: the DRL files compiled as plain DRL (no executable model, so no
 * Java compilation step at start-up), then every rule's metadata checked against the source catalogue and the
 * disagreements, the facts' citations against the catalogue, and every rule's topics against the topic notes.
 * Any problem fails the whole build with every error's file and line.
 */
public final class RuleCompiler {

    static final String SOURCES_FILE = "sources.json";
    static final String DISAGREEMENTS_FILE = "disagreements.json";
    static final String FACTS_FILE = "facts.json";
    static final String TOPICS_FILE = "topics.json";
    private static final String KIE_ROOT = "src/main/resources/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();
    /**
     * The latest builds, by their DRL files. A KieBase is immutable (each evaluation makes its own session), so
     * the same files are built once per JVM however often they are compiled: by several application contexts in
     * one JVM (the tests start dozens) or by a reload that changed only the JSON beside the rules. Two entries: the
     * rules in use and the last other build.
     */
    private static final Map<List<RuleFile>, KieBase> BUILT = Collections.synchronizedMap(
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<RuleFile>, KieBase> eldest) {
                    return size() > 2;
                }
            });

    private final JsonMapper json = JsonMapper.builder().build();

    public CompiledRules compile(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> files = read(source, problems);
        SourceCatalogue catalogue = parse(source, SOURCES_FILE, b -> SourceCatalogue.parse(json, b), problems);
        Disagreements disagreements = parse(source, DISAGREEMENTS_FILE, b -> Disagreements.parse(json, b), problems);
        Facts facts = parse(source, FACTS_FILE, b -> Facts.parse(json, b), problems);
        TopicNotes topics = parse(source, TOPICS_FILE, b -> TopicNotes.parse(json, b), problems);
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new RuleProblem(source.description(), 0, "no .drl files found"));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(source.description(), problems);
        }
        KieBase kieBase = BUILT.get(files);
        if (kieBase == null) {
            kieBase = build(files, problems);
            if (!problems.isEmpty()) {
                throw new RuleCompilationException(source.description(), problems);
            }
            BUILT.put(List.copyOf(files), kieBase);
        }
        List<RuleMetadata> rules = metadataOf(kieBase, files);
        problems.addAll(new RuleMetadataCheck(catalogue, disagreements, files).check(rules));
        problems.addAll(new CitationCheck(catalogue).checkFacts(facts));
        problems.addAll(TopicNoteCheck.check(topics, rules));
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(source.description(), problems);
        }
        return new CompiledRules(kieBase, rules, new Catalogues(catalogue, disagreements, facts, topics),
                source.description());
    }

    private static List<RuleFile> read(RuleSource source, List<RuleProblem> problems) {
        try {
            return source.drlFiles();
        } catch (IOException e) {
            problems.add(new RuleProblem(source.description(), 0, "cannot read the rule files: " + e.getMessage()));
            return List.of();
        }
    }

    private static <T> T parse(RuleSource source, String name, Function<byte[], T> parser, List<RuleProblem> problems) {
        try {
            byte[] content = source.read(name).orElse(null);
            if (content == null) {
                problems.add(new RuleProblem(name, 0, "missing: the rules cite their sources from this file"));
                return null;
            }
            return parser.apply(content);
        } catch (IOException | JacksonException e) {
            problems.add(new RuleProblem(name, 0, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    private static KieBase build(List<RuleFile> files, List<RuleProblem> problems) {
        KieServices kie = KieServices.Factory.get();
        // A fresh release id per build, removed from Drools' global repository afterwards, so concurrent or
        // repeated builds (reloads) never overwrite each other and nothing accumulates.
        ReleaseId releaseId = kie.newReleaseId("com.frameworkadvisor", "rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = kie.newKieFileSystem().generateAndWritePomXML(releaseId);
        files.forEach(file -> kfs.write(KIE_ROOT + file.path(), file.content()));
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<RuleProblem> found = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            // Drools reports paths relative to the resources root; show them relative to the rules folder.
            String path = message.getPath() == null ? "rules"
                    : message.getPath().replaceFirst("^(src/main/resources/)?rules/", "");
            found.add(new RuleProblem(path, message.getLine(), message.getText().strip()));
        }
        // A parse error is followed by a line-less "Parser returned a null Package" for the same file: drop the echo.
        found.stream()
                .filter(p -> p.line() > 0 || found.stream().noneMatch(o -> o.file().equals(p.file()) && o.line() > 0))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            return null;
        }
        try {
            return kie.newKieContainer(releaseId).getKieBase();
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    private static List<RuleMetadata> metadataOf(KieBase kieBase, List<RuleFile> files) {
        List<RuleMetadata> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleMetadata metadata = RuleMetadata.parse(rule).withPremises(RulePremises.of(files,
                        rule.getName()));
                if (rule instanceof RuleImpl impl) {
                    impl.addMetaAttribute(RuleMetadata.PARSED, metadata);
                }
                rules.add(metadata);
            }
        }
        rules.sort(Comparator.comparing(RuleMetadata::ruleName));
        return rules;
    }
}
