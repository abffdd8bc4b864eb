package com.frameworkadvisor.knowledge.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where the rule base is read from: a folder on disk, or the copy packaged in the jar. */
public interface RuleSource {

    /** Names the location for logs and error messages. */
    String description();

    /** Every .drl file, in a stable order. */
    List<RuleFile> drlFiles() throws IOException;

    /** A data file beside the rules, such as sources.json; empty when it does not exist. */
    Optional<byte[]> read(String name) throws IOException;

    /** The folder, when the rules live on disk and can be watched for changes. */
    Optional<Path> directory();
}
