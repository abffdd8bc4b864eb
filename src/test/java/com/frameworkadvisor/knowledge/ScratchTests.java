package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.*;
import com.frameworkadvisor.knowledge.rules.*;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScratchTests {
    @Test
    void print() {
        long t0 = System.nanoTime();
        RuleBase base = new RuleBase(new DirectoryRuleSource(Path.of("rules")), new RuleCompiler());
        System.out.println("compile ms " + (System.nanoTime() - t0) / 1e6);
        Advisor advisor = new Advisor(base);
        Profile[] profiles = {
            Profile.EMPTY,
            Profile.EMPTY.with(Question.SIZE, ProjectSize.LARGE).with(Question.KIND, AppKind.SHOP).with(Question.TEAM_SIZE, TeamSize.SMALL).withNeeds(Set.of(Need.ADMIN, Need.USER_ACCOUNTS)),
            Profile.EMPTY.with(Question.SIZE, ProjectSize.SMALL).with(Question.KIND, AppKind.API).withNeeds(Set.of(Need.ML_MODEL, Need.REST_API)),
            Profile.EMPTY.with(Question.KIND, AppKind.API).withNeeds(Set.of(Need.ASYNC_PERFORMANCE, Need.REST_API)),
            Profile.EMPTY.with(Question.EXPERIENCE, Experience.BEGINNERS),
            Profile.EMPTY.with(Question.SIZE, ProjectSize.MEDIUM).with(Question.DEADLINE, Deadline.TIGHT),
        };
        for (Profile p : profiles) {
            Recommendation r = advisor.recommend(p);
            var a = r.assessment();
            System.out.println("=== " + p);
            System.out.println(a.verdict() + " " + a.confidence() + " margin " + a.margin() + " scores " + a.scores());
            a.evidence().forEach(e -> System.out.println("  " + e.signedWeight() + " " + e.option() + " " + e.ruleId()));
            a.conflicts().forEach(c -> System.out.println("  conflict " + c.disagreementId() + " -> " + c.resolvedFor()));
            r.flipPoints().forEach(f -> System.out.println("  flip " + f.changes() + " -> " + f.newVerdict() + " " + f.newMargin()));
            r.openQuestions().forEach(q -> System.out.println("  open " + q));
        }
        t0 = System.nanoTime();
        for (int i = 0; i < 20000; i++) advisor.assess(profiles[1]);
        System.out.println("assess us " + (System.nanoTime() - t0) / 1e3 / 20000);
        t0 = System.nanoTime();
        for (int i = 0; i < 500; i++) advisor.recommend(profiles[1]);
        System.out.println("recommend us " + (System.nanoTime() - t0) / 1e3 / 500);
    }
}
