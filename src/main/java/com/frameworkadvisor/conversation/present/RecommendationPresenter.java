package com.frameworkadvisor.conversation.present;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Conflict;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.FlipPoint;
import com.frameworkadvisor.knowledge.OpenQuestion;
import com.frameworkadvisor.knowledge.Recommendation;
import com.frameworkadvisor.knowledge.Remark;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.knowledge.sources.Disagreement;
import com.frameworkadvisor.knowledge.sources.Disagreements;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The recommendation as the user reads it: the short result, and the parts its buttons and follow-ups show. */
public final class RecommendationPresenter {

    static final int REASONS_SHOWN = 3;
    static final int FLIP_POINTS_SHOWN = 3;
    static final int REMARKS_SHOWN = 2;

    private final Texts texts;
    private final Citations citations;
    /** Read at each use: a rule reload may bring changed disagreements. */
    private final Supplier<Disagreements> disagreements;
    private final ProfileWording wording;

    public RecommendationPresenter(Texts texts, Citations citations, Supplier<Disagreements> disagreements) {
        this.texts = texts;
        this.citations = citations;
        this.disagreements = disagreements;
        this.wording = new ProfileWording(texts);
    }

    /**
     * The first message of a result, short enough for a phone (about 900 characters at most): the verdict and how
     * sure in words, the strongest reasons with their citations, the one change that would flip it, and the
     * questions still open. The rest (all reasons, the other side, disagreements, sources) is a button away.
     */
    public String present(Recommendation recommendation) {
        Assessment a = recommendation.assessment();
        StringBuilder out = new StringBuilder(headline(a));
        List<Evidence> shown = a.reasons().stream().limit(REASONS_SHOWN).toList();
        section(out, "result.why", numbered(shown, REASONS_SHOWN));
        if (!shown.isEmpty()) {
            out.append("\n").append(texts.get("result.cited", citations.shortList(shown.stream()
                    .flatMap(e -> e.sources().stream()).toList())));
        }
        return out.append("\n\n").append(outlook(recommendation)).toString().strip();
    }

    /** The one change that would flip the result, and the questions still open. */
    public String outlook(Recommendation recommendation) {
        List<FlipPoint> flips = recommendation.flipPoints();
        String out = texts.get("result.would-change", flips.isEmpty() ? texts.get("result.no-flips")
                : flip(flips.get(0)));
        if (recommendation.openQuestions().isEmpty()) {
            return out;
        }
        return out + "\n" + texts.get("result.still-open", recommendation.openQuestions().stream()
                .map(q -> texts.questionLabel(q.question())).collect(Collectors.joining(", ")));
    }

    /** The verdict and how sure, in words: no scores, which mean nothing to a reader. */
    public String headline(Assessment a) {
        if (a.isTie()) {
            return Html.bold(texts.get("result.tie", texts.framework(a.verdict()), texts.framework(a.runnerUp())))
                    + " " + texts.get("result.tie-note");
        }
        return Html.bold(texts.get("result.verdict", texts.framework(a.verdict()))) + " "
                + texts.get("result.confidence", texts.confidence(a.confidence()));
    }

    private void section(StringBuilder out, String titleOrKey, String body) {
        if (body.isBlank()) {
            return;
        }
        String title = texts.has(titleOrKey) ? texts.get(titleOrKey) : titleOrKey;
        out.append("\n\n").append(Html.bold(title)).append("\n").append(body);
    }

    public String numbered(List<Evidence> evidence, int limit) {
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (Evidence e : evidence.stream().limit(limit).toList()) {
            out.append(n++).append(". ").append(cited(e)).append("\n");
        }
        return out.toString().strip();
    }

    public String bullets(List<Evidence> evidence, int limit) {
        return evidence.stream().limit(limit).map(e -> "• " + cited(e)).collect(Collectors.joining("\n"));
    }

    public String cited(Evidence evidence) {
        return Html.escape(evidence.reason()) + " " + citations.cite(evidence.sources());
    }

    /** Each disagreement, with a word on any article that stands on both of its sides. */
    public String conflicts(Assessment a, List<Conflict> conflicts) {
        return conflicts.stream().map(c -> conflict(a, c) + bothSides(c)).collect(Collectors.joining("\n"));
    }

    private String bothSides(Conflict conflict) {
        Disagreement d = disagreements.get().find(conflict.disagreementId()).orElseThrow();
        return d.onBothSides().stream().map(source -> "\n  " + Html.italic(Html.escape(d.bothSides().get(source))))
                .collect(Collectors.joining());
    }

    /**
     * One disagreement in about fifty words: the question, which articles are on which side, the side taken for
     * this project and why, and what that set aside (it adds no weight). One that turns on a question not
     * answered is said to be unsettled, with the side taken for now.
     */
    public String conflict(Assessment a, Conflict conflict) {
        Disagreement d = disagreements.get().find(conflict.disagreementId()).orElseThrow();
        String sides = d.sides().stream()
                .map(side -> texts.get("result.side", citations.cite(side.sources()), texts.framework(side.favours())))
                .collect(Collectors.joining("; "));
        List<Question> open = conflict.openPremises(a.profile());
        if (!open.isEmpty()) {
            // Settled on a question not answered: said as what it is, a provisional choice, not a decision.
            return "• " + Html.escape(d.question()) + " " + sides + ". " + texts.get("result.provisional",
                    open.stream().map(texts::questionLabel).collect(Collectors.joining(", ")),
                    texts.framework(conflict.resolvedFor()));
        }
        String line = "• " + Html.escape(d.question()) + " " + sides + ". "
                + texts.get("result.settled", texts.framework(conflict.resolvedFor()), Html.escape(conflict.reason()))
                + " " + citations.cite(conflict.sources());
        List<Evidence> setAside = a.setAsideBy(conflict);
        if (!setAside.isEmpty()) {
            line += " " + texts.get("result.set-aside", setAside.stream().map(e -> texts.framework(e.option()))
                    .distinct().collect(Collectors.joining(", ")));
        }
        return line;
    }

    public String remarks(List<Remark> remarks) {
        return remarks.stream().limit(REMARKS_SHOWN)
                .map(r -> "• " + (r.kind() == Remark.Kind.AMBIGUITY ? texts.get("result.ambiguity") + " " : "")
                        + Html.escape(r.reason()) + " " + citations.cite(r.sources()))
                .collect(Collectors.joining("\n"));
    }

    public String flips(List<FlipPoint> flipPoints) {
        if (flipPoints.isEmpty()) {
            return texts.get("result.no-flips");
        }
        return flipPoints.stream().limit(FLIP_POINTS_SHOWN).map(f -> "• " + flip(f))
                .collect(Collectors.joining("\n"));
    }

    /** "If project size were "Small and simple": Flask (a clear choice)", in the chat's HTML. */
    String flip(FlipPoint f) {
        return texts.get("result.flip", wording.changes(f.changes()), texts.outcome(f.newVerdict(), f.newConfidence()),
                texts.confidence(f.newConfidence()));
    }

    /** What would change the recommendation: the smallest changes that flip it, and what open questions could do. */
    public String whatWouldChange(Recommendation recommendation) {
        String open = openQuestions(recommendation);
        return Html.bold(texts.get("result.flips")) + "\n" + flips(recommendation.flipPoints())
                + (open.isEmpty() ? "" : "\n\n" + Html.bold(texts.get("result.open")) + "\n" + open);
    }

    /** Each question still open, most important first, with what its answer could change. */
    String openQuestions(Recommendation recommendation) {
        if (recommendation.openQuestions().isEmpty()) {
            return "";
        }
        String open = recommendation.openQuestions().stream().map(q -> texts.questionLabel(q.question()))
                .collect(Collectors.joining(", "));
        return texts.get("result.assumed", open) + "\n" + recommendation.openQuestions().stream()
                .map(q -> "• " + texts.get(couldChange(q), texts.questionLabel(q.question())))
                .collect(Collectors.joining("\n"));
    }

    private static String couldChange(OpenQuestion question) {
        if (question.answersThatFlip() > 0) {
            return "result.open.flips";
        }
        if (question.settlesDisagreement()) {
            return "result.open.settles";
        }
        return question.largestSwing() > 0 ? "result.open.shifts" : "result.open.nothing";
    }
}
