package com.frameworkadvisor.understanding;

import com.frameworkadvisor.knowledge.rules.RuleBase;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UnderstandingConfiguration {

    /** The example phrasings live beside the rules, so an operator who mounts their own can teach new ones. */
    @Bean
    LoadingRecogniser meaningRecogniser(RuleBase ruleBase) {
        return LoadingRecogniser.start(() -> ruleBase.source().directory());
    }

    /** The application is not started until the model is loaded, as it is not until the rules are compiled. */
    @Bean
    SmartInitializingSingleton meaningModelLoadedBeforeStart(LoadingRecogniser recogniser) {
        return recogniser::awaitLoaded;
    }
}
