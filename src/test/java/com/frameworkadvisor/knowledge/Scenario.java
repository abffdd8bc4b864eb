package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.Profile;
import java.util.List;
import java.util.Map;

/**
 * One rule scenario from src/test/resources/scenarios: a profile and what must follow from it. Every
 * expectation is optional; an absent verdict is not checked.
 *
 * @param fires        rule ids that must fire
 * @param doesNotFire  rule ids that must not fire
 * @param verdict      the expected verdict
 * @param conflicts    disagreement id to the option it must be resolved for
 */
public record Scenario(String name, Profile profile, List<String> fires, List<String> doesNotFire,
                       Framework verdict, Map<String, Framework> conflicts) {

    public Scenario {
        fires = fires == null ? List.of() : fires;
        doesNotFire = doesNotFire == null ? List.of() : doesNotFire;
        conflicts = conflicts == null ? Map.of() : conflicts;
    }
}
