package com.frameworkadvisor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule base several times the size of a real one, for measuring how start-up grows with the rules: the folder
 * copied as it is (catalogues and questions included), plus copies of every .drl file whose rule names and ids
 * are made unique. The copies keep their conditions, sources and disagreements, so the result passes every check
 * a real rule base must pass; it only counts the same evidence several times, which start-up does not care about.
 */
final class MultipliedRuleBase {

    private static final Pattern RULE_NAME = Pattern.compile("(?m)^(\\s*rule\\s+\")([^\"]+)(\")");
    private static final Pattern ID = Pattern.compile("(@id\\(\\s*\")([^\"]+)(\"\\s*\\))");

    private MultipliedRuleBase() {
    }

    /** Writes the original rules and {@code copies} renamed copies of each .drl file into a new temporary folder. */
    static Path write(Path rules, int copies) throws IOException {
        Path target = Files.createTempDirectory("rules-x" + (copies + 1) + "-");
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = rules.relativize(file);
                Files.createDirectories(target.resolve(relative).getParent());
                Files.copy(file, target.resolve(relative));
                if (file.toString().endsWith(".drl")) {
                    String drl = Files.readString(file, StandardCharsets.UTF_8);
                    for (int copy = 1; copy <= copies; copy++) {
                        String name = relative.getFileName().toString().replace(".drl", "Copy" + copy + ".drl");
                        Files.writeString(target.resolve(relative).resolveSibling(name), renamed(drl, copy, file),
                                StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return target;
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "KindShopFavoursDjango" becomes "KindShopFavoursDjangoCopy3", and "kinds.shop.django" "kinds.shop.django-copy3". */
    static String renamed(String drl, int copy, Path file) {
        long rules = RULE_NAME.matcher(drl).results().count();
        long ids = ID.matcher(drl).results().count();
        if (rules != ids) {
            throw new IllegalStateException(file + " has " + rules + " rules but " + ids + " @id annotations");
        }
        String withNames = replaceAll(RULE_NAME, drl, m -> m.group(1) + m.group(2) + "Copy" + copy + m.group(3));
        return replaceAll(ID, withNames, m -> m.group(1) + m.group(2) + "-copy" + copy + m.group(3));
    }

    private static String replaceAll(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
