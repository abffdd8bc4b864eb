package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.Question;

/** Finds the answer to one question in a message that has been read. */
interface Detector {

    /**
     * @param expected the question being asked, which settles bare answers; may be {@code null}
     */
    void detect(Reading reading, Question expected, Findings findings);
}
