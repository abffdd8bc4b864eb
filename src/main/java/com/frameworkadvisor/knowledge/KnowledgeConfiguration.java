package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.rules.RuleBase;
import com.frameworkadvisor.knowledge.rules.RuleCompiler;
import com.frameworkadvisor.knowledge.rules.RuleFileWatcher;
import com.frameworkadvisor.knowledge.rules.RuleSources;
import com.frameworkadvisor.knowledge.rules.RulesProperties;
import java.nio.file.Path;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class KnowledgeConfiguration {

    /** Compiled while the rest of the application starts: on two cores that saves most of the compile time. */
    @Bean
    RuleBase ruleBase(RulesProperties properties) {
        return RuleBase.compiling(RuleSources.resolve(properties, Path.of("").toAbsolutePath(),
                KnowledgeConfiguration.class.getClassLoader()), new RuleCompiler());
    }

    /**
     * The application is not started until the rules are compiled: nothing is served on a half-started rule base,
     * and broken rules still stop the start with their problems.
     */
    @Bean
    SmartInitializingSingleton rulesCompiledBeforeStart(RuleBase ruleBase) {
        return ruleBase::awaitFirst;
    }

    @Bean
    Advisor advisor(RuleBase ruleBase) {
        return new Advisor(ruleBase);
    }

    @Bean
    RuleFileWatcher ruleFileWatcher(RuleBase ruleBase, RulesProperties properties) {
        return new RuleFileWatcher(ruleBase, properties.watch(), properties.settle());
    }
}
