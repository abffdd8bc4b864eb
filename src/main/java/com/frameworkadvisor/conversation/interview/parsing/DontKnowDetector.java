package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.Question;

/**
 * Whether the user says they do not know the answer to the question asked. A "not sure" next to an answer to that
 * question ("not sure, maybe 3 months") is hedging rather than not knowing, so it does not count; with no question
 * open, it counts only when the message answers nothing else. Runs last, after every other detector.
 */
final class DontKnowDetector implements Detector {

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        boolean saidSo = reading.mentions().stream().anyMatch(m -> m.has(Cue.DONT_KNOW) && !reading.isUsed(m));
        boolean answered = expected == null ? !findings.isEmpty() : findings.isAnswered(expected);
        if (saidSo && !answered) {
            findings.dontKnow();
        }
    }
}
