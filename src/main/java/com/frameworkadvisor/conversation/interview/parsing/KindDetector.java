package com.frameworkadvisor.conversation.interview.parsing;

import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Need;
import com.frameworkadvisor.knowledge.profile.Question;
import java.util.List;
import java.util.Optional;

/** The kind of application: the first one the message names ("it's a shop", "not a blog but a magazine"). */
final class KindDetector implements Detector {

    @Override
    public void detect(Reading reading, Question expected, Findings findings) {
        List<AppKind> named = reading.affirmed(Group.KIND)
                .map(m -> m.value(Group.KIND, AppKind.class).orElseThrow()).toList();
        // Almost every project has an API, so "API" names the kind only when nothing else does.
        Optional<AppKind> kind = named.stream().filter(k -> k != AppKind.API).findFirst()
                .or(() -> named.stream().findFirst());
        if (kind.isEmpty() && expected == Question.KIND && mentionsAnApi(reading)) {
            kind = Optional.of(AppKind.API);
        }
        kind.ifPresent(k -> findings.answer(Question.KIND, k));
    }

    // Asked what they are building, "a REST API" is the whole answer.
    private static boolean mentionsAnApi(Reading reading) {
        Term api = new Term(Group.NEED, Need.REST_API.name());
        return reading.affirmed(Group.NEED).anyMatch(m -> m.terms().contains(api));
    }
}
