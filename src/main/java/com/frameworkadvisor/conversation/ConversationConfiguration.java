package com.frameworkadvisor.conversation;

import com.frameworkadvisor.conversation.interview.QuestionCatalogue;
import com.frameworkadvisor.conversation.interview.parsing.AnswerParser;
import com.frameworkadvisor.conversation.interview.parsing.FreeTextAnswerParser;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.rules.RuleBase;
import com.frameworkadvisor.session.ConversationStore;
import com.frameworkadvisor.understanding.LoadingRecogniser;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
class ConversationConfiguration {

    /** English for now; a translation adds i18n/messages_xx.properties and i18n/vocabulary_xx.properties. */
    static final Locale LOCALE = Locale.ENGLISH;
    static final String FOLLOW_UPS_HEARD = "advisor.followups.heard";

    @Bean
    Texts texts() {
        return new Texts(LOCALE);
    }

    @Bean
    AnswerParser answerParser() {
        return new FreeTextAnswerParser(LOCALE);
    }

    /** The questions live beside the rules, so an operator who mounts their own rules can reword the interview. */
    @Bean
    QuestionCatalogue questionCatalogue(RuleBase ruleBase) {
        return QuestionCatalogue.load(ruleBase.source().directory());
    }

    /**
     * Counts what typed follow-ups were heard as ({@code advisor_followups_heard_total{meaning}}), so the share of
     * "not-covered" and "unsure" shows which phrasings to teach next.
     */
    @Bean
    ConversationEngine conversationEngine(Advisor advisor, QuestionCatalogue catalogue, AnswerParser parser,
                                          Texts texts, LoadingRecogniser recogniser, MeterRegistry meters,
                                          Clock clock) {
        return new ConversationEngine(advisor, catalogue, parser, texts, recogniser,
                heard -> meters.counter(FOLLOW_UPS_HEARD, "meaning", heard.label()).increment(), clock);
    }

    @Bean
    ConversationService conversationService(ConversationEngine engine, ConversationStore store, Texts texts,
                                            ConversationProperties properties, Clock clock, MeterRegistry meters) {
        return new ConversationService(engine, store, texts, properties, clock, meters);
    }

    /** Deletes expired conversations every hour, so nothing is kept longer than the README says. */
    @Bean
    ConversationRetention conversationRetention(ConversationStore store, Clock clock,
                                                ConversationProperties properties) {
        return new ConversationRetention(store, clock, properties);
    }
}
