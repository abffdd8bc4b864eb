package com.frameworkadvisor.conversation.present;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Conflict;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.FlipPoint;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.OpenQuestion;
import com.frameworkadvisor.knowledge.Recommendation;
import com.frameworkadvisor.knowledge.Stance;
import com.frameworkadvisor.knowledge.sources.Disagreement;
import com.frameworkadvisor.knowledge.sources.Disagreements;
import com.frameworkadvisor.knowledge.sources.Source;
import com.frameworkadvisor.knowledge.sources.SourceCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The decision record as a Markdown file in the layout teams use for architecture decisions (MADR): front matter
 * with status and date, the context (the project as answered, and what was skipped or unknown), the drivers, the
 * options, the decision and how sure, where the articles disagree and how that was settled for this project, what
 * would change it, each option's pros and cons, and the sources with their full entries and the pinpoint of every
 * point cited. Rendered from the same recommendation the chat shows; no internal ids.
 */
public final class DecisionRecord {

    private final Texts texts;
    private final RecommendationPresenter presenter;
    private final Supplier<SourceCatalogue> sources;
    private final Supplier<Disagreements> disagreements;
    private final ProfileWording wording;
    private final RecordSources sourceList;

    public DecisionRecord(Texts texts, RecommendationPresenter presenter, Supplier<SourceCatalogue> sources,
                          Supplier<Disagreements> disagreements) {
        this.texts = texts;
        this.presenter = presenter;
        this.sources = sources;
        this.disagreements = disagreements;
        this.wording = new ProfileWording(texts);
        this.sourceList = new RecordSources(texts, sources);
    }

    /** The record as a file to send, under a short caption saying what it decides. */
    public Reply reply(Recommendation recommendation, LocalDate date) {
        return Reply.document(texts.get("record.caption", texts.outcome(recommendation.verdict(),
                        recommendation.confidence()), texts.confidence(recommendation.confidence())),
                new Reply.Document(fileName(recommendation, date), render(recommendation, date)));
    }

    /** The file's name: the date and the verdict, as ADR folders sort them. */
    String fileName(Recommendation recommendation, LocalDate date) {
        return date + "-web-framework-" + (recommendation.assessment().isTie() ? "open"
                : recommendation.verdict().name().toLowerCase(Locale.ROOT)) + ".md";
    }

    String render(Recommendation recommendation, LocalDate date) {
        return render(recommendation, date, RecordExtras.NONE);
    }

    /** The record as Markdown, with what a record made by several people adds. */
    public String render(Recommendation recommendation, LocalDate date, RecordExtras extras) {
        Assessment a = recommendation.assessment();
        StringBuilder md = new StringBuilder("---\nstatus: ").append(extras.status()).append("\ndate: ").append(date)
                .append("\n");
        if (!extras.decisionMakers().isEmpty()) {
            md.append("decision-makers: ").append(String.join(", ", extras.decisionMakers())).append("\n");
        }
        md.append("---\n\n");
        md.append("# ").append(a.isTie() ? texts.get("record.title.tie", name(a.verdict()), name(a.runnerUp()))
                : texts.get("record.title", name(a.verdict()))).append("\n");
        heading(md, "record.context");
        md.append(texts.get("record.context.question")).append("\n");
        list(md, texts.get("record.context.unanswered"), recommendation.openQuestions().stream()
                .map(OpenQuestion::question).map(texts::questionLabel).toList());
        heading(md, "record.drivers");
        bullets(md, wording.answers(a.profile()));
        md.append(extras.sections());
        heading(md, "record.options");
        for (Framework option : Framework.values()) {
            md.append("* ").append(a.weighs(option) ? name(option) : texts.get("record.option.not-weighed",
                    name(option))).append("\n");
        }
        outcome(md, a);
        conflicts(md, a);
        heading(md, "record.changes");
        bullets(md, recommendation.flipPoints().stream().map(this::flip).toList());
        prosAndCons(md, a);
        sourceList.append(md, a);
        md.append("\n---\n\n").append(texts.get("record.generated", date)).append("\n");
        return md.toString();
    }

    private void outcome(StringBuilder md, Assessment a) {
        heading(md, "record.outcome");
        if (a.isTie()) {
            md.append(texts.get("record.outcome.tie", name(a.verdict()), name(a.runnerUp()))).append("\n");
            return;
        }
        String because = a.reasons().isEmpty() ? texts.get("summary.no-reason") : point(a.reasons().get(0));
        md.append(texts.get("record.outcome.chosen", name(a.verdict()), because, texts.confidence(a.confidence())))
                .append("\n\n### ").append(texts.get("record.consequences")).append("\n\n");
        a.reasons().stream().limit(3).forEach(e -> md.append("* ").append(texts.get("record.good", point(e)))
                .append("\n"));
        a.evidence().stream().filter(e -> e.option() == a.verdict() && e.stance() == Stance.AGAINST
                        || e.option() == a.runnerUp() && e.stance() == Stance.FAVOURS).limit(3)
                .forEach(e -> md.append("* ").append(texts.get("record.bad", point(e))).append("\n"));
    }

    private void conflicts(StringBuilder md, Assessment a) {
        if (a.conflicts().isEmpty()) {
            return;
        }
        heading(md, "record.disagreements");
        for (Conflict conflict : a.conflicts()) {
            Disagreement d = disagreements.get().find(conflict.disagreementId()).orElseThrow();
            String sides = d.sides().stream().map(side -> texts.get("record.side", labels(side.sources()),
                    name(side.favours()), side.claim())).collect(Collectors.joining(" "));
            List<String> open = conflict.openPremises(a.profile()).stream().map(texts::questionLabel).toList();
            md.append("* ").append(open.isEmpty() ? texts.get("record.disagreement", d.question(), sides,
                    name(conflict.resolvedFor()), conflict.reason(), labels(conflict.sources()))
                    : texts.get("record.disagreement.open", d.question(), sides, String.join(", ", open),
                    name(conflict.resolvedFor()))).append("\n");
            d.onBothSides().forEach(source -> md.append("  ").append(d.bothSides().get(source)).append("\n"));
        }
    }

    private void prosAndCons(StringBuilder md, Assessment a) {
        heading(md, "record.pros-cons");
        for (Framework option : Framework.values()) {
            md.append("### ").append(name(option)).append("\n\n");
            List<Evidence> points = a.evidence().stream().filter(e -> e.option() == option).toList();
            if (points.isEmpty()) {
                md.append(texts.get("record.no-points")).append("\n\n");
                continue;
            }
            points.forEach(e -> md.append("* ").append(texts.get(e.stance() == Stance.FAVOURS ? "record.good"
                    : "record.bad", point(e))).append("\n"));
            md.append("\n");
        }
    }

    /** A point with where it is made: "Django ships an admin. (Hirist, “Key Features of Django”)". */
    private String point(Evidence e) {
        return e.reason() + " (" + e.citations().stream().map(c -> label(c.source()) + ", “" + c.pinpoint() + "”")
                .collect(Collectors.joining("; ")) + ")";
    }

    private String flip(FlipPoint f) {
        return Html.toPlainText(presenter.flip(f));
    }

    private String labels(List<String> ids) {
        return ids.stream().map(this::label).collect(Collectors.joining(", "));
    }

    private String label(String id) {
        return sources.get().find(id).map(Source::label).orElse(id);
    }

    private String name(Framework option) {
        return texts.framework(option);
    }

    private void heading(StringBuilder md, String key) {
        md.append("\n## ").append(texts.get(key)).append("\n\n");
    }

    private static void bullets(StringBuilder md, List<String> items) {
        items.forEach(item -> md.append("* ").append(item).append("\n"));
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        if (!items.isEmpty()) {
            md.append("\n").append(title).append(" ").append(String.join(", ", items)).append(".\n");
        }
    }
}
