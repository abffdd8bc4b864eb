package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.Question;

/**
 * Understands answers typed in the user's own words: "we're 3 juniors", "about 12 developers", "need a login and
 * an admin dashboard", "it's a shop", "two weeks". One message may answer several questions at once.
 */
public interface AnswerParser {

    /**
     * @param text     what the user typed
     * @param expected the question being asked, which settles bare answers ("3", "small"); may be {@code null}
     *                 when no question is open (for example in a "what if ..." follow-up)
     */
    ParsedAnswers parse(String text, Question expected);
}
