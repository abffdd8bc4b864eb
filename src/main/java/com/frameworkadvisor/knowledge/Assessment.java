package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.Profile;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The outcome of one evaluation of the rules for one profile: scores, verdict and the evidence behind them.
 * Same profile, same rules: same assessment, because evidence and conflicts are put in a fixed order.
 */
public record Assessment(
        Profile profile,
        Framework verdict,
        Framework runnerUp,
        int margin,
        Confidence confidence,
        Map<Framework, Integer> scores,
        List<Evidence> evidence,
        List<Conflict> conflicts) {

    /** Heaviest first; equal weights by rule id, so the order never depends on the engine's firing order. */
    static final Comparator<Evidence> BY_WEIGHT =
            Comparator.comparingInt(Evidence::weight).reversed().thenComparing(Evidence::ruleId);

    public Assessment {
        scores = Map.copyOf(scores);
        evidence = List.copyOf(evidence);
        conflicts = List.copyOf(conflicts);
    }

    public static Assessment of(Profile profile, Collection<Evidence> found, Collection<Conflict> conflictsFound) {
        Map<Framework, Integer> scores = new EnumMap<>(Framework.class);
        Map<Framework, Integer> support = new EnumMap<>(Framework.class);
        for (Framework option : Framework.values()) {
            scores.put(option, 0);
            support.put(option, 0);
        }
        for (Evidence e : found) {
            scores.merge(e.option(), e.signedWeight(), Integer::sum);
            if (e.stance() == Stance.FAVOURS) {
                support.merge(e.option(), e.weight(), Integer::sum);
            }
        }
        List<Framework> ranking = Stream.of(Framework.values())
                .filter(option -> isCandidate(option, support))
                .sorted(Comparator.<Framework>comparingInt(scores::get).reversed()
                        .thenComparing(Comparator.<Framework>comparingInt(support::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Framework verdict = ranking.get(0);
        Framework runnerUp = ranking.get(1);
        int margin = scores.get(verdict) - scores.get(runnerUp);
        List<Evidence> ordered = found.stream().sorted(BY_WEIGHT).toList();
        List<Conflict> orderedConflicts = conflictsFound.stream()
                .sorted(Comparator.comparing(Conflict::disagreementId).thenComparing(Conflict::ruleId)).toList();
        return new Assessment(profile, verdict, runnerUp, margin, Confidence.ofMargin(margin), scores, ordered,
                orderedConflicts);
    }

    /** Django and Flask are always weighed; FastAPI only when at least one rule argues for it. */
    private static boolean isCandidate(Framework option, Map<Framework, Integer> support) {
        return option != Framework.FASTAPI || support.get(option) > 0;
    }

    public int score(Framework option) {
        return scores.get(option);
    }

    /** The evidence that speaks for the verdict or against the runner-up: the reasons to give the user. */
    public List<Evidence> reasons() {
        return evidence.stream()
                .filter(e -> (e.option() == verdict && e.stance() == Stance.FAVOURS)
                        || (e.option() == runnerUp && e.stance() == Stance.AGAINST))
                .toList();
    }

    /** The evidence that speaks the other way: what the user gives up with the verdict. */
    public List<Evidence> counterpoints() {
        return evidence.stream().filter(e -> !reasons().contains(e)).toList();
    }

    public List<Evidence> evidenceOn(String topic) {
        return evidence.stream().filter(e -> e.topic().equals(topic)).toList();
    }

    public Set<String> firedRuleIds() {
        Set<String> ids = new LinkedHashSet<>();
        evidence.forEach(e -> ids.add(e.ruleId()));
        conflicts.forEach(c -> ids.add(c.ruleId()));
        return ids;
    }

    /** The article ids cited by this assessment, in the order they are first cited. */
    public Set<String> citedSources() {
        Set<String> ids = new LinkedHashSet<>();
        evidence.forEach(e -> ids.addAll(e.sources()));
        conflicts.forEach(c -> ids.addAll(c.sources()));
        return ids;
    }
}
