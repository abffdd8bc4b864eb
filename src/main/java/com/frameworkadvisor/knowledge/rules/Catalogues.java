package com.frameworkadvisor.knowledge.rules;

import com.frameworkadvisor.knowledge.sources.Disagreements;
import com.frameworkadvisor.knowledge.sources.Facts;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import com.frameworkadvisor.knowledge.sources.TopicNotes;

/** The data files read beside the rules, checked together with them. */
record Catalogues(SourceCatalogue sources, Disagreements disagreements, Facts facts, TopicNotes topics) {
}
