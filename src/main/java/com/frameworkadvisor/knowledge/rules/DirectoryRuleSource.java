package com.frameworkadvisor.knowledge.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Rules read from a folder, every .drl file below it included. */
public final class DirectoryRuleSource implements RuleSource {

    private final Path root;

    public DirectoryRuleSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String description() {
        return root.toString();
    }

    @Override
    public List<RuleFile> drlFiles() throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                files.add(new RuleFile(relative, Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    @Override
    public Optional<byte[]> read(String name) throws IOException {
        Path file = root.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Override
    public Optional<Path> directory() {
        return Optional.of(root);
    }
}
