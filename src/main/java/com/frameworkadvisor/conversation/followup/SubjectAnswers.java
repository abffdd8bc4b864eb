package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.present.Citations;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.sources.Disagreement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers that slice the rule base by subject: one topic (the points for this project, then what the articles
 * say in general, the disagreements and remarks on it), or every disagreement between the articles.
 */
final class SubjectAnswers {

    private static final int POINTS_SHOWN = FollowUpResponder.POINTS_SHOWN;

    private final Advisor advisor;
    private final Texts texts;
    private final Citations citations;
    private final RecommendationPresenter presenter;

    SubjectAnswers(Advisor advisor, Texts texts, Citations citations, RecommendationPresenter presenter) {
        this.advisor = advisor;
        this.texts = texts;
        this.citations = citations;
        this.presenter = presenter;
    }

    String topic(Assessment a, Topic topic) {
        List<Evidence> yours = a.evidence().stream().filter(e -> topic.covers(e.topics())).toList();
        Set<String> fired = a.firedRuleIds();
        List<RuleMetadata> general = advisor.rules().stream()
                .filter(r -> topic.covers(r.topics()) && !fired.contains(r.id()) && !r.isConflictRule()).toList();
        StringBuilder out = new StringBuilder(Html.bold(texts.get("topic." + topic.name() + ".title")));
        out.append("\n").append(Html.bold(texts.get("follow-up.topic.yours"))).append("\n")
                .append(yours.isEmpty() ? texts.get("follow-up.topic.none") : presenter.bullets(yours, POINTS_SHOWN));
        if (!general.isEmpty()) {
            out.append("\n").append(Html.bold(texts.get("follow-up.topic.general"))).append("\n")
                    .append(general.stream().limit(POINTS_SHOWN)
                            .map(r -> "• " + Html.escape(r.reason()) + " " + citations.cite(r.sources()))
                            .collect(Collectors.joining("\n")));
        }
        String conflicts = presenter.conflicts(a,
                a.conflicts().stream().filter(c -> topic.covers(c.topics())).toList());
        if (!conflicts.isBlank()) {
            out.append("\n").append(Html.bold(texts.get("result.disagreements"))).append("\n").append(conflicts);
        }
        String remarks = presenter.remarks(a.remarks().stream().filter(r -> topic.covers(r.topics())).toList());
        if (!remarks.isBlank()) {
            out.append("\n").append(Html.bold(texts.get("result.remarks"))).append("\n").append(remarks);
        }
        return out.toString();
    }

    String disagreements(Assessment a) {
        StringBuilder out = new StringBuilder(Html.bold(texts.get("result.disagreements")));
        out.append("\n").append(a.conflicts().isEmpty() ? texts.get("follow-up.disagreements.none")
                : presenter.conflicts(a, a.conflicts()));
        Set<String> applied = a.conflicts().stream().map(c -> c.disagreementId()).collect(Collectors.toSet());
        List<Disagreement> others = advisor.disagreements().all().stream()
                .filter(d -> !applied.contains(d.id())).toList();
        if (!others.isEmpty()) {
            out.append("\n").append(Html.bold(texts.get("follow-up.disagreements.others"))).append("\n")
                    .append(others.stream().map(d -> "• " + Html.escape(d.question()) + " "
                            + citations.cite(d.sides().stream().flatMap(s -> s.sources().stream()).toList()))
                            .collect(Collectors.joining("\n")));
        }
        return out.toString();
    }
}
