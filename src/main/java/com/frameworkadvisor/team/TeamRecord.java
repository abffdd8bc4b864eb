package com.frameworkadvisor.team;

import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.present.DecisionRecord;
import com.frameworkadvisor.conversation.present.RecordExtras;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Assessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The team's decision record: the decision record of the team's answers (MADR), with who decided, each member's
 * own verdict, and a section per answer they gave differently, saying whether the verdict turns on it.
 */
final class TeamRecord {

    private final Advisor advisor;
    private final DecisionRecord record;
    private final TeamPresenter presenter;
    private final Texts texts;

    TeamRecord(Advisor advisor, DecisionRecord record, TeamPresenter presenter, Texts texts) {
        this.advisor = advisor;
        this.record = record;
        this.presenter = presenter;
        this.texts = texts;
    }

    Reply reply(Team team, TeamAnalysis analysis, LocalDate date) {
        String name = date + "-team-web-framework-" + (analysis.team().isTie() ? "open"
                : analysis.team().verdict().name().toLowerCase(Locale.ROOT)) + ".md";
        return Reply.document(texts.get("team.record.caption"), new Reply.Document(name, render(team, analysis,
                date)));
    }

    String render(Team team, TeamAnalysis analysis, LocalDate date) {
        StringBuilder sections = new StringBuilder("\n## ").append(texts.get("team.record.members")).append("\n\n");
        analysis.members().forEach(m -> sections.append("* ").append(texts.get("team.result.member", m.name(),
                outcome(m.assessment()))).append("\n"));
        sections.append("\n").append(texts.get("team.record.rule")).append("\n");
        sections.append("\n## ").append(texts.get("team.record.disputed")).append("\n");
        if (analysis.splits().isEmpty()) {
            sections.append("\n").append(texts.get("team.record.agreed")).append("\n");
        }
        for (Split split : analysis.splits()) {
            sections.append("\n### ").append(TeamPresenter.capitalised(presenter.subject(split))).append("\n\n");
            split.sides().forEach(side -> sections.append("* ").append(texts.get("team.record.side",
                    presenter.answer(split, side), String.join(", ", side.members()),
                    texts.outcome(side.verdict(), side.confidence()))).append("\n"));
            sections.append("\n").append(texts.get(split.matters() ? "team.record.matters" : "team.record.no-matter"))
                    .append("\n");
        }
        // Who decided: the members whose answers it rests on, not those who joined and never answered.
        List<String> makers = analysis.members().stream().map(TeamAnalysis.MemberVerdict::name).toList();
        return record.render(advisor.recommend(analysis.team().profile()), date,
                new RecordExtras(team.isOpen() ? "proposed" : "accepted", makers, sections.toString()));
    }

    private String outcome(Assessment a) {
        return texts.outcome(a.verdict(), a.confidence()) + " (" + texts.confidence(a.confidence()) + ")";
    }
}
