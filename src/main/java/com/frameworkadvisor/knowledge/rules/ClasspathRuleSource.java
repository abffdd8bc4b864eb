package com.frameworkadvisor.knowledge.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The copy of the rules packaged in the jar under {@code rules/}, so the jar runs anywhere. */
public final class ClasspathRuleSource implements RuleSource {

    static final String ROOT = "rules/";

    private final PathMatchingResourcePatternResolver resolver;

    public ClasspathRuleSource(ClassLoader classLoader) {
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    @Override
    public String description() {
        return "classpath:" + ROOT;
    }

    @Override
    public List<RuleFile> drlFiles() throws IOException {
        List<RuleFile> files = new ArrayList<>();
        for (Resource resource : resolver.getResources("classpath*:" + ROOT + "**/*.drl")) {
            String url = resource.getURL().toString();
            String relative = url.substring(url.lastIndexOf("/" + ROOT) + ROOT.length() + 1);
            try (InputStream in = resource.getInputStream()) {
                files.add(new RuleFile(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        files.sort(Comparator.comparing(RuleFile::path));
        return files;
    }

    @Override
    public Optional<byte[]> read(String name) throws IOException {
        Resource resource = resolver.getResource("classpath:" + ROOT + name);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(in.readAllBytes());
        }
    }

    @Override
    public Optional<java.nio.file.Path> directory() {
        return Optional.empty();
    }
}
