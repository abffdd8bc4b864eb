package com.frameworkadvisor.team;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.Confidence;
import com.frameworkadvisor.team.TeamButtons.Action;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the group reads about its team decision: who has answered, and the result (the team's verdict, each
 * member's, the differences the verdict turns on, and the ones folded away). Never anyone's answers before the
 * result.
 */
final class TeamPresenter {

    /**
     * The differences the verdict turns on, shown in the group in full; the rest are counted and are all in the
     * team decision record, so the result stays readable on a phone (TeamResultTests).
     */
    static final int SPLITS_SHOWN = 3;
    /** The differences that change nothing, named in the group; the rest are counted. */
    private static final int FOLDED_NAMED = 3;

    private final Texts texts;
    private final JoinLinks links;

    TeamPresenter(Texts texts, JoinLinks links) {
        this.texts = texts;
        this.links = links;
    }

    Reply opened(Team team) {
        return Reply.withButtons(texts.get("team.opened", Html.escape(team.openedBy())) + "\n\n"
                + Html.italic(texts.get("team.code", team.code())), openButtons(team));
    }

    Reply status(Team team) {
        List<String> answered = team.answered().stream().map(Team.Member::name).toList();
        List<String> waiting = team.waiting().stream().map(Team.Member::name).toList();
        return Reply.withButtons(texts.get("team.status", names(answered), names(waiting)) + "\n\n"
                + Html.italic(texts.get("team.code", team.code())), openButtons(team));
    }

    /** The result, with a line on top when something changed it (a member's new answers, someone leaving). */
    Reply result(Team team, TeamAnalysis analysis, String lead) {
        Assessment a = analysis.team();
        StringBuilder out = new StringBuilder(lead.isEmpty() ? "" : lead + "\n\n");
        out.append(texts.get("team.result.title", Html.escape(outcome(a.verdict(), a.confidence())),
                texts.confidence(a.confidence()), team.answered().size(), team.members().size()));
        out.append("\n").append(texts.get("team.result.members", analysis.members().stream()
                .map(m -> texts.get("team.result.member", Html.escape(m.name()),
                        outcome(m.assessment().verdict(), m.assessment().confidence())))
                .collect(Collectors.joining(", "))));
        List<Split> settle = analysis.splitsThatMatter();
        if (!settle.isEmpty()) {
            out.append("\n\n").append(texts.get("team.result.settle"));
            settle.stream().limit(SPLITS_SHOWN).forEach(split -> out.append("\n").append(texts.get(
                    "team.result.split", capitalised(subject(split)),
                    sides(split))));
            if (settle.size() > SPLITS_SHOWN) {
                out.append("\n").append(Html.italic(texts.get("team.result.more", settle.size() - SPLITS_SHOWN)));
            }
        }
        List<Split> folded = analysis.splitsThatDoNotMatter();
        if (!folded.isEmpty()) {
            String named = folded.stream().limit(FOLDED_NAMED).map(this::subject).collect(Collectors.joining(", "));
            out.append("\n\n").append(Html.italic(texts.get("team.result.folded", folded.size() <= FOLDED_NAMED
                    ? named : texts.get("team.result.folded.more", named, folded.size() - FOLDED_NAMED))));
        }
        List<String> waiting = team.waiting().stream().map(Team.Member::name).toList();
        if (!waiting.isEmpty()) {
            out.append("\n").append(Html.italic(texts.get("team.result.unanswered", names(waiting))));
        }
        out.append("\n\n").append(texts.get("team.result.rule"));
        List<Button> buttons = new ArrayList<>();
        buttons.add(new Button(texts.get("team.button.record"), TeamButtons.data(Action.RECORD, team.code())));
        if (team.isOpen()) {
            buttons.add(new Button(texts.get("team.button.close"), TeamButtons.data(Action.CLOSE, team.code())));
        }
        return Reply.withButtons(out.toString(), List.of(buttons));
    }

    /** The decision closed: its verdict (when anyone answered), and its record still to be had. */
    Reply closed(Team team, Optional<Assessment> verdict) {
        String text = verdict.map(a -> texts.get("team.closed", Html.escape(outcome(a.verdict(), a.confidence()))))
                .orElse(texts.get("team.closed.empty"));
        return verdict.isEmpty() ? Reply.message(text) : Reply.withButtons(text, List.of(List.of(
                new Button(texts.get("team.button.record"), TeamButtons.data(Action.RECORD, team.code())))));
    }

    /** What a change did to the team's verdict: still the same, or now another. */
    String change(Assessment before, Assessment after) {
        String now = Html.escape(outcome(after.verdict(), after.confidence()));
        return after.outcomeDiffersFrom(before)
                ? texts.get("team.changed.flipped", now, Html.escape(outcome(before.verdict(), before.confidence())))
                : texts.get("team.changed.same", now);
    }

    private List<List<Button>> openButtons(Team team) {
        return List.of(List.of(Button.link(texts.get("team.button.join"), links.forCode(team.code()))),
                List.of(new Button(texts.get("team.button.result"), TeamButtons.data(Action.RESULT, team.code())),
                        new Button(texts.get("team.button.close"), TeamButtons.data(Action.CLOSE, team.code()))));
    }

    /** "Deadline", or for a need, the need itself. */
    String subject(Split split) {
        return split.need() != null ? texts.option(split.question(), split.need())
                : texts.questionLabel(split.question());
    }

    /**
     * "if Small and simple (Ana), Flask; if Medium (Ben) or Large and complex (Chen), Django": the answers that give
     * the same outcome together, in the order first given.
     */
    private String sides(Split split) {
        Map<String, List<String>> byOutcome = new LinkedHashMap<>();
        for (Split.Side side : split.sides()) {
            byOutcome.computeIfAbsent(outcome(side.verdict(), side.confidence()), o -> new ArrayList<>())
                    .add(texts.get("team.result.answer", answer(split, side), names(side.members())));
        }
        return byOutcome.entrySet().stream().map(e -> texts.get("team.result.side",
                String.join(texts.get("team.result.or"), e.getValue()), e.getKey()))
                .collect(Collectors.joining("; "));
    }

    /** The answer a side gave: an option, or for a need whether it is needed. */
    String answer(Split split, Split.Side side) {
        return side.answer() instanceof Boolean needed
                ? texts.get(needed ? "team.result.need.yes" : "team.result.need.no")
                : texts.option(split.question(), (Enum<?>) side.answer());
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String outcome(Framework verdict, Confidence confidence) {
        return texts.outcome(verdict, confidence);
    }

    private String names(List<String> names) {
        return names.isEmpty() ? texts.get("team.status.nobody")
                : names.stream().map(Html::escape).collect(Collectors.joining(", "));
    }
}
