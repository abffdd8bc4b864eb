package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.conversation.interview.parsing.Quantities.Measure;
import com.frameworkadvisor.knowledge.profile.PythonSkill;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How well the team knows Python: a phrase that says so on its own ("pythonista", "new to python"); a level word
 * in the same clause as the word for Python ("we know Python well"), or anywhere when Python was asked about; or
 * how long they have used it ("Python for 5 years"). Among several levels the lowest wins: "experienced, but
 * python is new to us" is a team new to Python.
 */
final class PythonSkillDetector implements Detector {

    // A year of daily use makes Python a language one writes without thinking.
    private static final double STRONG_AFTER_DAYS = 365;

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        reading.mentions(Group.PYTHON).findFirst().flatMap(m -> m.value(Group.PYTHON, PythonSkill.class))
                .ifPresent(skill -> findings.answer(Question.PYTHON, skill));
        Layout layout = reading.layout();
        Set<Integer> pythonClauses = reading.mentions().stream().filter(m -> m.has(Cue.PYTHON))
                .map(layout::clause).collect(Collectors.toSet());
        List<Mention> levels = reading.mentions(Group.LEVEL)
                .filter(m -> expected == Question.PYTHON || pythonClauses.contains(layout.clause(m))).toList();
        // A level word read as a skill is not also a "don't know" ("we don't know much python").
        levels.forEach(reading::markUsed);
        Stream<PythonSkill> worded = levels.stream().flatMap(m -> m.terms(Group.LEVEL).stream())
                .map(t -> t.as(PythonSkill.class));
        Stream<PythonSkill> byTime = reading.quantities().measures().stream()
                .filter(m -> m.past() && pythonClauses.contains(layout.clause(reading.mentions().get(m.unitMention()))))
                .map(PythonSkillDetector::ofUse);
        Stream.concat(worded, byTime).min(Comparator.naturalOrder())
                .ifPresent(skill -> findings.answer(Question.PYTHON, skill));
    }

    private static PythonSkill ofUse(Measure time) {
        return time.days() >= STRONG_AFTER_DAYS ? PythonSkill.STRONG : PythonSkill.BASIC;
    }
}
