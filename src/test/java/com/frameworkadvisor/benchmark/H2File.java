package com.frameworkadvisor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The default H2 database of application.properties, options included, moved from ./data into another folder. */
record H2File(String url, Path file) {

    static final String USER = "sa";
    private static final String DEFAULT_FOLDER = "./data/";
    private static final String NAME = "advisor";

    static H2File in(Path folder) {
        String url = defaultUrl();
        if (!url.startsWith("jdbc:h2:file:" + DEFAULT_FOLDER + NAME)) {
            throw new IllegalStateException("the default database is no longer H2 in " + DEFAULT_FOLDER + ": " + url);
        }
        return new H2File(url.replace(DEFAULT_FOLDER, folder.toAbsolutePath() + "/"),
                folder.resolve(NAME + ".mv.db"));
    }

    long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String defaultUrl() {
        try {
            Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
            return defaults.getProperty("spring.datasource.url");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
