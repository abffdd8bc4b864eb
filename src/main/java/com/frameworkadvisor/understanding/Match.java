package com.frameworkadvisor.understanding;

/**
 * How close a message comes to one meaning.
 *
 * @param label   the meaning, as labelled in {@code phrasings.json}
 * @param score   the cosine similarity to its nearest example phrasing, from -1 to 1
 */
public record Match(String label, double score) {
}
