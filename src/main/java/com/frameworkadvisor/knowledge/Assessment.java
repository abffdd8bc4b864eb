package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.Profile;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The outcome of one evaluation of the rules for one profile: scores, verdict and the evidence behind them.
 * Same profile, same rules: same assessment, because evidence, conflicts and remarks are put in a fixed order.
 *
 * <p>A settled disagreement adds no weight of its own: it decides which side applies to this profile, and the
 * evidence standing for the other side is {@link #setAside()}, shown but not counted. When the two leading
 * options score the same the assessment is a {@link Confidence#TIE}: {@code verdict} and {@code runnerUp} are
 * then only the two tied options, in no meaningful order, and nothing may present {@code verdict} as the winner.
 *
 * @param evidence  the evidence that counts, heaviest first
 * @param setAside  evidence for the losing side of a settled disagreement, heaviest first
 */
public record Assessment(
        Profile profile,
        Framework verdict,
        Framework runnerUp,
        int margin,
        Confidence confidence,
        Map<Framework, Integer> scores,
        List<Evidence> evidence,
        List<Evidence> setAside,
        List<Conflict> conflicts,
        List<Remark> remarks) {

    /** Heaviest first; equal weights by rule id, so the order never depends on the engine's firing order. */
    static final Comparator<Evidence> BY_WEIGHT =
            Comparator.comparingInt(Evidence::weight).reversed().thenComparing(Evidence::ruleId);

    public Assessment {
        scores = Map.copyOf(scores);
        evidence = List.copyOf(evidence);
        setAside = List.copyOf(setAside);
        conflicts = List.copyOf(conflicts);
        remarks = List.copyOf(remarks);
    }

    public static Assessment of(Profile profile, Collection<Evidence> found, Collection<Conflict> conflictsFound,
                                Collection<Remark> remarksFound) {
        Map<String, Framework> settledFor = new HashMap<>();
        conflictsFound.forEach(c -> settledFor.putIfAbsent(c.disagreementId(), c.resolvedFor()));
        List<Evidence> ordered = found.stream().sorted(BY_WEIGHT).toList();
        List<Evidence> counted = ordered.stream().filter(e -> !isSetAside(e, settledFor)).toList();
        List<Evidence> setAside = ordered.stream().filter(e -> isSetAside(e, settledFor)).toList();

        Map<Framework, Integer> scores = new EnumMap<>(Framework.class);
        Map<Framework, Integer> support = new EnumMap<>(Framework.class);
        for (Framework option : Framework.values()) {
            scores.put(option, 0);
            support.put(option, 0);
        }
        for (Evidence e : counted) {
            scores.merge(e.option(), e.signedWeight(), Integer::sum);
            if (e.stance() == Stance.FAVOURS) {
                support.merge(e.option(), e.weight(), Integer::sum);
            }
        }
        // Equal scores are a tie (reported as such); the order below only fixes which of the tied options is
        // stored first, so the same profile always gives the same record.
        List<Framework> ranking = Stream.of(Framework.values())
                .filter(option -> weighs(option, counted))
                .sorted(Comparator.<Framework>comparingInt(scores::get).reversed()
                        .thenComparing(Comparator.<Framework>comparingInt(support::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Framework verdict = ranking.get(0);
        Framework runnerUp = ranking.get(1);
        int margin = scores.get(verdict) - scores.get(runnerUp);
        List<Conflict> orderedConflicts = conflictsFound.stream()
                .sorted(Comparator.comparing(Conflict::disagreementId).thenComparing(Conflict::ruleId)).toList();
        List<Remark> orderedRemarks = remarksFound.stream().sorted(Comparator.comparing(Remark::ruleId)).toList();
        return new Assessment(profile, verdict, runnerUp, margin, Confidence.ofMargin(margin), scores, counted,
                setAside, orderedConflicts, orderedRemarks);
    }

    private static boolean isSetAside(Evidence e, Map<String, Framework> settledFor) {
        Framework winner = e.disagreement() == null ? null : settledFor.get(e.disagreement());
        return winner != null && e.option() != winner;
    }

    /** Django and Flask are always weighed; FastAPI only when at least one counted rule argues for it. */
    public boolean weighs(Framework option) {
        return weighs(option, evidence);
    }

    private static boolean weighs(Framework option, List<Evidence> counted) {
        return option != Framework.FASTAPI
                || counted.stream().anyMatch(e -> e.option() == option && e.stance() == Stance.FAVOURS);
    }

    public boolean isTie() {
        return confidence == Confidence.TIE;
    }

    /** Whether the user would read a different answer here: another winner, or a tie made or broken. */
    public boolean outcomeDiffersFrom(Assessment other) {
        if (isTie() || other.isTie()) {
            return isTie() != other.isTie();
        }
        return verdict != other.verdict;
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
        List<Evidence> reasons = reasons();
        return evidence.stream().filter(e -> !reasons.contains(e)).toList();
    }

    /** The evidence set aside because it stands for the side of this disagreement that was not taken. */
    public List<Evidence> setAsideBy(Conflict conflict) {
        return setAside.stream().filter(e -> conflict.disagreementId().equals(e.disagreement())).toList();
    }

    public Set<String> firedRuleIds() {
        Set<String> ids = new LinkedHashSet<>();
        evidence.forEach(e -> ids.add(e.ruleId()));
        setAside.forEach(e -> ids.add(e.ruleId()));
        conflicts.forEach(c -> ids.add(c.ruleId()));
        remarks.forEach(r -> ids.add(r.ruleId()));
        return ids;
    }

    /** The article ids cited by this assessment, in the order they are first cited. */
    public Set<String> citedSources() {
        Set<String> ids = new LinkedHashSet<>();
        evidence.forEach(e -> ids.addAll(e.sources()));
        setAside.forEach(e -> ids.addAll(e.sources()));
        conflicts.forEach(c -> ids.addAll(c.sources()));
        remarks.forEach(r -> ids.addAll(r.sources()));
        return ids;
    }
}
