package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.Goal;
import com.frameworkadvisor.knowledge.profile.Question;

/** What the first release is for: the first goal named and not negated ("not a prototype, a real product"). */
final class GoalDetector implements Detector {

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        reading.affirmed(Group.GOAL).findFirst().flatMap(m -> m.value(Group.GOAL, Goal.class))
                .ifPresent(goal -> findings.answer(Question.GOAL, goal));
    }
}
