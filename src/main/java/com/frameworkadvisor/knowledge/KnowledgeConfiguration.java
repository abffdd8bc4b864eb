package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.rules.RuleBase;
import com.frameworkadvisor.knowledge.rules.RuleCompiler;
import com.frameworkadvisor.knowledge.rules.RuleFileWatcher;
import com.frameworkadvisor.knowledge.rules.RuleSources;
import com.frameworkadvisor.knowledge.rules.RulesProperties;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class KnowledgeConfiguration {

    @Bean
    RuleBase ruleBase(RulesProperties properties) {
        return new RuleBase(RuleSources.resolve(properties, Path.of("").toAbsolutePath(),
                KnowledgeConfiguration.class.getClassLoader()), new RuleCompiler());
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
