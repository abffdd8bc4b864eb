package com.frameworkadvisor.conversation.followup;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.present.Citations;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Evidence;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.Stance;
import java.util.List;

/** Answers about the verdict's reasons: why it, why not another option, and where each reason is made. */
final class ReasonAnswers {

    private static final int POINTS_SHOWN = FollowUpResponder.POINTS_SHOWN;

    private final Texts texts;
    private final Citations citations;
    private final RecommendationPresenter presenter;

    ReasonAnswers(Texts texts, Citations citations, RecommendationPresenter presenter) {
        this.texts = texts;
        this.citations = citations;
        this.presenter = presenter;
    }

    Reply why(Assessment a) {
        if (a.isTie()) {
            StringBuilder out = new StringBuilder(presenter.headline(a));
            for (Framework option : List.of(a.verdict(), a.runnerUp())) {
                out.append("\n\n").append(Html.bold(texts.get("follow-up.why-not.for", texts.framework(option))))
                        .append("\n").append(presenter.bullets(of(a, option, Stance.FAVOURS), POINTS_SHOWN - 1));
            }
            return Reply.message(out.toString());
        }
        return Reply.message(presenter.headline(a) + "\n\n" + Html.bold(texts.get("result.why")) + "\n"
                + presenter.numbered(a.reasons(), POINTS_SHOWN + 1) + "\n\n"
                + Html.italic(texts.get("follow-up.why.more", texts.framework(a.runnerUp()))));
    }

    /** Where each of the strongest reasons is made: the article and the pinpoint, so it can be checked. */
    String where(Assessment a) {
        List<Evidence> shown = (a.isTie() ? a.evidence() : a.reasons()).stream().limit(POINTS_SHOWN).toList();
        if (shown.isEmpty()) {
            return texts.get("follow-up.where.none");
        }
        StringBuilder out = new StringBuilder(Html.bold(texts.get("follow-up.where.title")));
        int n = 1;
        for (Evidence e : shown) {
            out.append("\n").append(n++).append(". ").append(Html.escape(e.reason())).append("\n    ")
                    .append(citations.pinpoints(e.citations()));
        }
        return out.toString();
    }

    Reply whyNot(Assessment a, Framework option) {
        List<Evidence> forIt = of(a, option, Stance.FAVOURS);
        if (!a.weighs(option)) {
            return Reply.message(texts.get("follow-up.why-not.fastapi-unused",
                    citations.cite(List.of("hirist", "uncodemy"))));
        }
        StringBuilder out = new StringBuilder(texts.get("follow-up.why-not.behind", texts.framework(option),
                texts.framework(a.verdict()), texts.confidence(a.confidence())));
        if (a.isTie() && option == a.runnerUp()) {
            out.append(" ").append(texts.get("follow-up.why-not.tie"));
        }
        List<Evidence> against = of(a, option, Stance.AGAINST);
        if (!against.isEmpty()) {
            out.append("\n\n").append(Html.bold(texts.get("follow-up.why-not.against", texts.framework(option))))
                    .append("\n").append(presenter.bullets(against, POINTS_SHOWN));
        }
        out.append("\n\n").append(Html.bold(texts.get("follow-up.why-not.instead", texts.framework(a.verdict()))))
                .append("\n").append(presenter.bullets(of(a, a.verdict(), Stance.FAVOURS), POINTS_SHOWN - 1));
        if (!forIt.isEmpty()) {
            out.append("\n\n").append(Html.bold(texts.get("follow-up.why-not.for", texts.framework(option))))
                    .append("\n").append(presenter.bullets(forIt, POINTS_SHOWN - 1));
        }
        return Reply.message(out.toString());
    }

    private static List<Evidence> of(Assessment a, Framework option, Stance stance) {
        return a.evidence().stream().filter(e -> e.option() == option && e.stance() == stance).toList();
    }
}
