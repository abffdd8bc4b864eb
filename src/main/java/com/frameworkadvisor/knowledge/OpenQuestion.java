package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.Question;

/**
 * A question the user has not answered, and how much its answer could matter: how many of its possible answers
 * would change the verdict, the largest swing in the margin any answer would cause, and whether its answer
 * decides how a disagreement between the articles is settled (or whether one applies at all).
 */
public record OpenQuestion(Question question, int answersThatFlip, int largestSwing, boolean settlesDisagreement) {
}
