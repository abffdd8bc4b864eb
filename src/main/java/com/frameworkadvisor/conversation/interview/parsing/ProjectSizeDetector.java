package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.ProjectSize;
import com.frameworkadvisor.knowledge.profile.Question;

/** How big the project is: words ("lots of features"), a size word about it ("a small tool"), or a bare one. */
final class ProjectSizeDetector implements Detector {

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        reading.mentions(Group.SIZE).findFirst().flatMap(m -> m.value(Group.SIZE, ProjectSize.class))
                .ifPresent(size -> findings.answer(Question.SIZE, size));
        reading.mentions(Group.SCALE).filter(m -> reading.scaleSubject(m).filter(s -> s == Cue.PROJECT).isPresent())
                .findFirst().flatMap(m -> m.value(Group.SCALE, ProjectSize.class))
                .ifPresent(size -> findings.answer(Question.SIZE, size));
        if (expected == Question.SIZE) {
            reading.bareScales().findFirst().flatMap(m -> m.value(Group.SCALE, ProjectSize.class))
                    .ifPresent(size -> findings.answer(Question.SIZE, size));
        }
    }
}
