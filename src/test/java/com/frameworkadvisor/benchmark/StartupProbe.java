package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.knowledge.rules.RuleBase;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Started in a JVM of its own by {@link StartupBenchmark}: starts the application with the arguments it is given,
 * and once it is ready prints one line, {@code startup-probe uptime-ms=... rules-ms=... rules=...}, then exits.
 * {@code rules-ms} is the creation of the {@code ruleBase} bean, which is the rule compilation (Drools' first use
 * included), as recorded by Spring's own start-up steps. It runs on the test classpath, whose nested test
 * {@code @Configuration} classes stay out of the component scan: spring-boot-test's
 * {@code ExcludeFilterApplicationContextInitializer} (a spring.factories entry) excludes them in any application.
 */
public final class StartupProbe {

    static final String MARKER = "startup-probe";
    private static final String RULE_BASE_BEAN = "ruleBase";

    private StartupProbe() {
    }

    public static void main(String[] args) {
        BufferingApplicationStartup steps = new BufferingApplicationStartup(64);
        steps.addFilter(step -> step.getName().equals("spring.beans.instantiate") && isRuleBase(step));
        SpringApplication application = new SpringApplication(FrameworkAdvisorApplication.class);
        application.setApplicationStartup(steps);
        int exitCode = 0;
        try (ConfigurableApplicationContext context = application.run(args)) {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            int rules = context.getBean(RuleBase.class).current().rules().size();
            System.out.printf("%s uptime-ms=%d rules-ms=%d rules=%d%n", MARKER, uptime, ruleBaseMillis(steps), rules);
            System.out.flush();
        } catch (RuntimeException e) {
            e.printStackTrace();
            exitCode = 1;
        }
        // Non-daemon threads (the scheduler) must not keep the JVM alive.
        System.exit(exitCode);
    }

    private static boolean isRuleBase(StartupStep step) {
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals("beanName") && tag.getValue().equals(RULE_BASE_BEAN)) {
                return true;
            }
        }
        return false;
    }

    private static long ruleBaseMillis(BufferingApplicationStartup steps) {
        return steps.getBufferedTimeline().getEvents().stream().map(StartupTimeline.TimelineEvent::getDuration)
                .mapToLong(Duration::toMillis).sum();
    }
}
