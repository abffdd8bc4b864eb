package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Question;

/**
 * The needs the message asks for or rules out; hedged ones ("not sure if we need an admin") and ones met elsewhere
 * ("login is handled by our SSO") count as neither.
 */
final class NeedDetector implements Detector {

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        reading.mentions(Group.NEED).filter(m -> !reading.isHedged(m) && !isMetElsewhere(reading, m))
                .forEach(m -> m.terms(Group.NEED).forEach(t -> findings.need(t.as(Need.class), !reading.isNegated(m))));
        // An API-only project ("an API-only backend for a mobile app") needs an API by definition.
        Term apiOnlyKind = new Term(Group.KIND, AppKind.API.name());
        boolean apiOnly = reading.affirmed(Group.KIND).anyMatch(m -> m.terms().contains(apiOnlyKind));
        if (apiOnly && !findings.isRuledOut(Need.REST_API)) {
            findings.need(Need.REST_API, true);
        }
    }

    /** "Login is handled by our SSO", "we already have an admin tool": met already, so no need of the project's. */
    private static boolean isMetElsewhere(Reading reading, Mention need) {
        return reading.mentions().stream().anyMatch(m -> m.has(Cue.HANDLED) && reading.layout().sameClause(m, need));
    }
}
