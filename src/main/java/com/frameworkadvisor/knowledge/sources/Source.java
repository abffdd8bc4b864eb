package com.frameworkadvisor.knowledge.sources;

/**
 * One article of the knowledge base. Author, publisher and date are filled only where the article itself
 * states them; {@code label} is the short name used in citations.
 */
public record Source(String id, String label, String title, String author, String publisher, String published,
                     String note) {
}
