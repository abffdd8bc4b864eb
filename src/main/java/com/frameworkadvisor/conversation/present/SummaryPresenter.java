package com.frameworkadvisor.conversation.present;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.Stance;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decision record: the profile, verdict and confidence, key reasons, the alternatives and why not, the
 * disagreements, and the sources, short enough for one chat message.
 */
public final class SummaryPresenter {

    static final int KEY_REASONS = 3;

    private final Texts texts;
    private final Citations citations;
    private final RecommendationPresenter presenter;
    private final ProfileWording wording;

    public SummaryPresenter(Texts texts, Citations citations, RecommendationPresenter presenter) {
        this.texts = texts;
        this.citations = citations;
        this.presenter = presenter;
        this.wording = new ProfileWording(texts);
    }

    public String present(Assessment a) {
        StringBuilder out = new StringBuilder(Html.bold(texts.get("summary.title")));
        List<String> answers = wording.answers(a.profile());
        out.append("\n").append(Html.bold(texts.get("summary.profile"))).append(" ")
                .append(answers.isEmpty() ? texts.get("summary.no-answers") : Html.escape(String.join("; ", answers)));
        out.append("\n").append(presenter.headline(a));
        out.append("\n").append(Html.bold(texts.get("summary.reasons"))).append("\n")
                .append(presenter.bullets(a.reasons(), KEY_REASONS));
        out.append("\n").append(Html.bold(texts.get("summary.alternatives")));
        for (Framework option : Framework.values()) {
            if (option != a.verdict()) {
                out.append("\n• ").append(whyNot(a, option));
            }
        }
        if (!a.conflicts().isEmpty()) {
            out.append("\n").append(Html.bold(texts.get("summary.disagreements"))).append(" ")
                    .append(a.conflicts().stream().map(c -> texts.get("summary.conflict", c.disagreementId(),
                            texts.framework(c.resolvedFor()))).collect(Collectors.joining("; ")));
        }
        out.append("\n").append(Html.bold(texts.get("result.sources"))).append("\n")
                .append(citations.list(a.citedSources()));
        return out.toString();
    }

    /** Why an alternative lost: the heaviest point against it, or else for the winner. */
    private String whyNot(Assessment a, Framework option) {
        String name = texts.framework(option);
        if (!a.weighs(option)) {
            return texts.get("summary.not-weighed", name);
        }
        List<Evidence> against = a.evidence().stream()
                .filter(e -> e.option() == option && e.stance() == Stance.AGAINST).toList();
        Evidence strongest = against.isEmpty() ? a.reasons().stream().findFirst().orElse(null) : against.get(0);
        String because = strongest == null ? texts.get("summary.no-reason") : presenter.cited(strongest);
        return texts.get("summary.why-not", name, because);
    }
}
