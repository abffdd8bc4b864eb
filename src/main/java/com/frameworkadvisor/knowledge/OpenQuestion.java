package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.Question;

/**
 * A question the user has not answered, and how much its answer could matter: how many of its possible answers
 * would change the verdict, and the largest swing in the margin any answer would cause.
 */
public record OpenQuestion(Question question, int answersThatFlip, int largestSwing) {
}
