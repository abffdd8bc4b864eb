package com.frameworkadvisor.conversation.interview;

import com.frameworkadvisor.conversation.Button;
import com.frameworkadvisor.conversation.ConversationState.Shown;
import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.followup.Intent;
import com.frameworkadvisor.conversation.interview.ButtonData.Verb;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a result is shown. The first time: the short result, with buttons for the rest (all reasons, the case for
 * the other option, where the articles disagree, what would change it, sources, the decision record). After a
 * change of answers: only what changed and why ("Still Django, more clearly", the points now counted and those no
 * longer counted), with the same buttons.
 */
final class ResultView {

    /** The points gained or lost that a change shows, each way: the strongest, so it fits a phone screen. */
    static final int CHANGES_SHOWN = 2;

    private final Advisor advisor;
    private final Texts texts;
    private final RecommendationPresenter presenter;

    ResultView(Advisor advisor, Texts texts, RecommendationPresenter presenter) {
        this.advisor = advisor;
        this.texts = texts;
        this.presenter = presenter;
    }

    /** @param note said first, in italics (why the result came early, say); or null */
    Reply first(Recommendation recommendation, String note, boolean questionsLeft) {
        String html = (note == null ? "" : Html.italic(note) + "\n\n") + presenter.present(recommendation);
        return Reply.withButtons(html, buttons(recommendation.assessment(), questionsLeft));
    }

    /**
     * What a change of answers did to the result shown before: the verdict and how sure, then the reasons it
     * gained and lost. {@code before} without its answers (stored before they were kept) says only the first.
     */
    Reply changed(Shown before, Recommendation recommendation, String note, boolean questionsLeft) {
        Assessment now = recommendation.assessment();
        StringBuilder html = new StringBuilder(note == null ? "" : Html.italic(note) + "\n\n").append(movement(before,
                now));
        if (before.basis() != null) {
            html.append(differences(advisor.assess(before.basis()), now));
        }
        html.append("\n\n").append(presenter.outlook(recommendation));
        return Reply.withButtons(html.toString().strip(), buttons(now, questionsLeft));
    }

    private String movement(Shown before, Assessment now) {
        String verdict = texts.outcome(now.verdict(), now.confidence());
        String sure = texts.confidence(now.confidence());
        String wasVerdict = texts.outcome(before.verdict(), before.confidence());
        String wasSure = texts.confidence(before.confidence());
        if (!verdict.equals(wasVerdict)) {
            return texts.get("result.delta.flipped", verdict, sure, wasVerdict, wasSure);
        }
        int moved = Integer.compare(before.confidence().ordinal(), now.confidence().ordinal());
        return moved == 0 ? texts.get("result.delta.same", verdict, sure)
                : texts.get(moved > 0 ? "result.delta.more" : "result.delta.less", verdict, sure, wasSure);
    }

    /**
     * The points the change brought in and those it took away, for whichever option: after a flip the old verdict's
     * reasons may still count, as points for the option now second, so only what really left is "no longer".
     */
    private String differences(Assessment was, Assessment now) {
        Set<String> before = was.evidence().stream().map(Evidence::ruleId).collect(Collectors.toSet());
        Set<String> after = now.evidence().stream().map(Evidence::ruleId).collect(Collectors.toSet());
        List<Evidence> gained = now.evidence().stream().filter(e -> !before.contains(e.ruleId())).toList();
        List<Evidence> lost = was.evidence().stream().filter(e -> !after.contains(e.ruleId())).toList();
        if (gained.isEmpty() && lost.isEmpty()) {
            return "\n" + texts.get("result.delta.balance");
        }
        StringBuilder out = new StringBuilder();
        if (!gained.isEmpty()) {
            out.append("\n\n").append(Html.bold(texts.get("result.delta.gained"))).append("\n")
                    .append(presenter.bullets(gained, CHANGES_SHOWN));
        }
        if (!lost.isEmpty()) {
            out.append("\n\n").append(Html.bold(texts.get("result.delta.lost"))).append("\n")
                    .append(presenter.bullets(lost, CHANGES_SHOWN));
        }
        return out.toString();
    }

    /** The rest of the result, a tap away; a follow-up button asks what the same question typed would ask. */
    private List<List<Button>> buttons(Assessment a, boolean questionsLeft) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(ask(texts.get("button.all-reasons"), Intent.of(Intent.Kind.WHY)),
                ask(texts.get("button.case-for", texts.framework(a.runnerUp())),
                        new Intent(Intent.Kind.WHY, a.runnerUp(), null, null, ""))));
        List<Button> second = new ArrayList<>();
        if (!a.conflicts().isEmpty()) {
            second.add(ask(texts.get("button.disagreements"), Intent.of(Intent.Kind.DISAGREEMENTS)));
        }
        second.add(ask(texts.get("button.flips"), Intent.of(Intent.Kind.FLIPS)));
        rows.add(second);
        rows.add(List.of(ask(texts.get("button.sources"), Intent.of(Intent.Kind.SOURCES)),
                ask(texts.get("button.record"), Intent.of(Intent.Kind.SUMMARY))));
        List<Button> last = new ArrayList<>();
        last.add(ButtonData.button(texts.get("button.change"), Verb.CHANGE, "", 0));
        if (questionsLeft) {
            last.add(ButtonData.button(texts.get("button.continue"), Verb.CONTINUE, "", 0));
        }
        rows.add(last);
        return rows;
    }

    private static Button ask(String label, Intent intent) {
        return ButtonData.button(label, Verb.ASK, intent.code().orElseThrow(), 0);
    }
}
