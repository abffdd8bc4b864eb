package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.present.Citations;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.RuleMetadata;
import com.frameworkadvisor.knowledge.Stance;
import com.frameworkadvisor.knowledge.sources.Disagreement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        String title = texts.get("topic." + topic.name() + ".title");
        StringBuilder out = new StringBuilder(lead(title, yours));
        out.append("\n\n").append(Html.bold(texts.get("follow-up.topic.yours"))).append("\n")
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
        advisor.topics().leftOpen(topic.key()).ifPresent(note ->
                out.append("\n\n").append(Html.italic(texts.get("follow-up.topic.open", Html.escape(note)))));
        String silent = silentOn(topic);
        if (!silent.isEmpty()) {
            out.append("\n").append(Html.italic(texts.get("follow-up.topic.silent", silent)));
        }
        return out.toString();
    }

    /**
     * The articles that say nothing on the subject, by short name; empty when all five do. The part of the
     * question they leave open is theirs to answer, not the advisor's to fill in.
     */
    private String silentOn(Topic topic) {
        Set<String> speaking = advisor.rules().stream().filter(r -> topic.covers(r.topics()))
                .flatMap(r -> r.sources().stream()).collect(Collectors.toSet());
        return advisor.sources().sources().stream().filter(source -> !speaking.contains(source.id()))
                .map(source -> source.label()).collect(Collectors.joining(", "));
    }

    /** The answer in one sentence: which option this subject's points favour on the user's answers. */
    private String lead(String title, List<Evidence> yours) {
        if (yours.isEmpty()) {
            return texts.get("follow-up.topic.lead.none", Html.bold(title));
        }
        Map<Framework, Integer> net = new EnumMap<>(Framework.class);
        yours.forEach(e -> net.merge(e.option(), e.stance() == Stance.FAVOURS ? e.weight() : -e.weight(),
                Integer::sum));
        int best = net.values().stream().max(Integer::compare).orElse(0);
        List<Framework> leaders = net.entrySet().stream().filter(n -> n.getValue() == best).map(Map.Entry::getKey)
                .toList();
        return leaders.size() == 1 && best > 0
                ? texts.get("follow-up.topic.lead", Html.bold(title), texts.framework(leaders.get(0)))
                : texts.get("follow-up.topic.lead.even", Html.bold(title));
    }

    String disagreements(Assessment a) {
        StringBuilder out = new StringBuilder(a.conflicts().isEmpty() ? texts.get("follow-up.disagreements.none")
                : texts.get("follow-up.disagreements.lead", a.conflicts().size()));
        if (!a.conflicts().isEmpty()) {
            out.append("\n\n").append(Html.bold(texts.get("result.disagreements"))).append("\n")
                    .append(presenter.conflicts(a, a.conflicts()));
        }
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
