package com.frameworkadvisor.knowledge.rules;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rules come from ({@code ADVISOR_RULES_PATH} in the environment). With no path, {@code ./rules} is
 * used when it exists, otherwise the copy in the jar.
 *
 * @param path   a folder of .drl files with sources.json and disagreements.json beside them; empty for the default
 * @param watch  whether edits to a folder on disk are picked up without a restart
 * @param settle how long the folder must stay quiet after a change before reloading, so one save of several
 *               files causes one reload
 */
@ConfigurationProperties(prefix = "advisor.rules")
public record RulesProperties(String path, @DefaultValue("true") boolean watch,
                              @DefaultValue("300ms") Duration settle) {

    static final String DEFAULT_FOLDER = "rules";
}
