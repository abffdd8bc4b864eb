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
 * and once it is ready prints one line, {@code startup-probe uptime-ms=... rules-ms=... waited-ms=... rules=...},
 * then exits. {@code rules-ms} is the rule compilation (Drools' first use included), which runs on a thread of its
 * own while the rest of the application starts; {@code waited-ms} is how long the start then still waited for it,
 * as recorded by Spring's own start-up steps. It runs on the test classpath, whose nested test
 * {@code @Configuration} classes stay out of the component scan: spring-boot-test's
 * {@code ExcludeFilterApplicationContextInitializer} (a spring.factories entry) excludes them in any application.
 */
public final class StartupProbe {

    static final String MARKER = "startup-probe";
    private static final String WAIT_FOR_RULES_BEAN = "rulesCompiledBeforeStart";

    private StartupProbe() {
    }

    public static void main(String[] args) {
        BufferingApplicationStartup steps = new BufferingApplicationStartup(64);
        steps.addFilter(step -> step.getName().equals("spring.beans.smart-initialize") && isWaitForRules(step));
        SpringApplication application = new SpringApplication(FrameworkAdvisorApplication.class);
        application.setApplicationStartup(steps);
        int exitCode = 0;
        try (ConfigurableApplicationContext context = application.run(args)) {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            RuleBase ruleBase = context.getBean(RuleBase.class);
            System.out.printf("%s uptime-ms=%d rules-ms=%d waited-ms=%d rules=%d%n", MARKER, uptime,
                    ruleBase.firstCompilation().toMillis(), waitedMillis(steps), ruleBase.current().rules().size());
            System.out.flush();
        } catch (RuntimeException e) {
            e.printStackTrace();
            exitCode = 1;
        }
        // Non-daemon threads (the scheduler) must not keep the JVM alive.
        System.exit(exitCode);
    }

    private static boolean isWaitForRules(StartupStep step) {
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals("beanName") && tag.getValue().equals(WAIT_FOR_RULES_BEAN)) {
                return true;
            }
        }
        return false;
    }

    private static long waitedMillis(BufferingApplicationStartup steps) {
        return steps.getBufferedTimeline().getEvents().stream().map(StartupTimeline.TimelineEvent::getDuration)
                .mapToLong(Duration::toMillis).sum();
    }
}
