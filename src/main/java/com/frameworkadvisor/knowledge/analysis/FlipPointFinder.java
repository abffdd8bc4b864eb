package com.frameworkadvisor.knowledge.analysis;

import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.FlipPoint;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.ProfileChange;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the smallest changes to the answers that would change the verdict (or break a tie, or make one), by
 * re-evaluating the rules on alternative profiles (one evaluation takes microseconds, so trying every single
 * change is cheap).
 * Single changes come first; pairs are tried only when no single change flips the verdict, and then only among
 * the changes that narrowed the margin most, which keeps the search to a few hundred evaluations.
 */
public final class FlipPointFinder {

    static final int MAX_FLIP_POINTS = 5;
    static final int CHANGES_COMBINED_IN_PAIRS = 12;

    private static final Set<Question> ORDERED = Set.of(Question.SIZE, Question.GROWTH, Question.TEAM_SIZE,
            Question.EXPERIENCE, Question.PYTHON, Question.DEADLINE);

    private final Function<Profile, Assessment> evaluate;

    public FlipPointFinder(Function<Profile, Assessment> evaluate) {
        this.evaluate = evaluate;
    }

    public List<FlipPoint> find(Assessment base) {
        Profile profile = base.profile();
        List<Tried> singles = new ArrayList<>();
        for (ProfileChange change : singleChanges(profile)) {
            singles.add(new Tried(List.of(change), evaluate.apply(change.applyTo(profile)), distance(change, profile)));
        }
        List<Tried> flips = singles.stream().filter(t -> t.flips(base)).toList();
        if (flips.isEmpty()) {
            flips = pairs(base, singles).stream().filter(t -> t.flips(base)).toList();
        }
        return best(flips);
    }

    /** Every way to change one answer: another option for a single choice, one need added or dropped. */
    public static List<ProfileChange> singleChanges(Profile profile) {
        List<ProfileChange> changes = new ArrayList<>();
        for (Question question : Question.values()) {
            for (Enum<?> option : question.options()) {
                if (question.isMultipleChoice()) {
                    Need need = (Need) option;
                    changes.add(profile.has(need) ? new ProfileChange.DropNeed(need) : new ProfileChange.AddNeed(need));
                } else if (option != question.answer(profile)) {
                    changes.add(new ProfileChange.Answer(question, option));
                }
            }
        }
        return changes;
    }

    private List<Tried> pairs(Assessment base, List<Tried> singles) {
        List<Tried> closest = singles.stream()
                .sorted(Comparator.comparingInt((Tried t) -> t.signedMargin(base)))
                .limit(CHANGES_COMBINED_IN_PAIRS)
                .toList();
        List<Tried> pairs = new ArrayList<>();
        for (int i = 0; i < closest.size(); i++) {
            for (int j = i + 1; j < closest.size(); j++) {
                ProfileChange first = closest.get(i).changes().get(0);
                ProfileChange second = closest.get(j).changes().get(0);
                if (first.question() == second.question() && !first.question().isMultipleChoice()) {
                    continue;
                }
                Profile changed = second.applyTo(first.applyTo(base.profile()));
                pairs.add(new Tried(List.of(first, second), evaluate.apply(changed),
                        closest.get(i).distance() + closest.get(j).distance()));
            }
        }
        return pairs;
    }

    /** One flip point per set of questions touched, the nearest and most decisive first. */
    private static List<FlipPoint> best(List<Tried> flips) {
        Comparator<Tried> nearestFirst = Comparator.comparingInt((Tried t) -> t.changes().size())
                .thenComparingInt(Tried::distance)
                .thenComparing(Comparator.comparingInt((Tried t) -> t.result().margin()).reversed());
        Map<Set<Question>, Tried> perQuestions = new LinkedHashMap<>();
        flips.stream().sorted(nearestFirst).forEach(t -> perQuestions.putIfAbsent(t.questions(), t));
        return perQuestions.values().stream()
                .limit(MAX_FLIP_POINTS)
                .map(t -> new FlipPoint(t.changes(), t.result().verdict(), t.result().confidence(), t.result().margin()))
                .toList();
    }

    /** How far a change moves an answer: steps along an ordered scale, otherwise one. */
    private static int distance(ProfileChange change, Profile profile) {
        if (change instanceof ProfileChange.Answer answer && ORDERED.contains(answer.question())) {
            Enum<?> current = answer.question().answer(profile);
            return current == null ? 1 : Math.abs(current.ordinal() - answer.value().ordinal());
        }
        return 1;
    }

    private record Tried(List<ProfileChange> changes, Assessment result, int distance) {

        boolean flips(Assessment base) {
            return result.outcomeDiffersFrom(base);
        }

        /** The margin seen from the base verdict: negative once another option is ahead (for a tie, any winner). */
        int signedMargin(Assessment base) {
            return result.verdict() == base.verdict() && !base.isTie() ? result.margin() : -result.margin();
        }

        Set<Question> questions() {
            return changes.stream().map(ProfileChange::question).collect(Collectors.toUnmodifiableSet());
        }
    }
}
