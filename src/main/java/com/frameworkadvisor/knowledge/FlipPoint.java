package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.profile.ProfileChange;
import java.util.List;

/** A smallest set of changed answers that would change the verdict, and what the verdict would become. */
public record FlipPoint(List<ProfileChange> changes, Framework newVerdict, Confidence newConfidence, int newMargin) {

    public FlipPoint {
        changes = List.copyOf(changes);
    }
}
