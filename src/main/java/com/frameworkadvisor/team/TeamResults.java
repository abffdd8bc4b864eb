package com.frameworkadvisor.team;

import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.Advisor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the group is shown of its team's result: the result with its chart, again after every change once shown,
 * the closing, and the team decision record.
 */
final class TeamResults {

    /** Fewer members than this are no team: the result waits until someone asks for it. */
    private static final int SMALLEST_TEAM = 2;

    private final TeamStore store;
    private final Advisor advisor;
    private final TeamPresenter presenter;
    private final TeamRecord record;
    private final TeamChart chart;
    private final TeamQuestions questions;
    private final Texts texts;
    private final Clock clock;

    TeamResults(TeamStore store, Advisor advisor, TeamPresenter presenter, TeamRecord record, TeamChart chart,
                TeamQuestions questions, Texts texts, Clock clock) {
        this.store = store;
        this.advisor = advisor;
        this.presenter = presenter;
        this.record = record;
        this.chart = chart;
        this.questions = questions;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * After the team changed (an answer, a member gone): once the result has been shown, the group gets it again,
     * led by what happened and what it did to the verdict; before that, what happened, with the result as soon as
     * everyone has answered.
     */
    List<TeamMessage> changed(Team before, Team after, String note) {
        if (after.resultShown() && !after.answered().isEmpty()) {
            TeamAnalysis now = analyse(after);
            // Before, only the verdict matters: its assessment alone, not every difference evaluated again.
            String effect = before.answered().isEmpty() ? ""
                    : " " + presenter.change(advisor.assess(TeamProfile.of(before.answers())), now.team());
            return shown(after, now, note + effect);
        }
        if (after.everyoneAnswered() && after.members().size() >= SMALLEST_TEAM) {
            return result(after, note);
        }
        return List.of(TeamMessage.toGroup(after, Reply.message(note)));
    }

    List<TeamMessage> result(Team team, String lead) {
        if (team.answered().isEmpty()) {
            return nothingYet(team);
        }
        store.markResultShown(team.code());
        return shown(team, analyse(team), lead);
    }

    /** The result and its chart, for the group. */
    private List<TeamMessage> shown(Team team, TeamAnalysis analysis, String lead) {
        return List.of(TeamMessage.toGroup(team, presenter.result(team, analysis, lead)),
                TeamMessage.toGroup(team, Reply.picture(texts.get("team.chart.caption"),
                        "team-" + team.code() + ".png", chart.png(analysis))));
    }

    List<TeamMessage> close(Team team) {
        store.close(team.code());
        Team closed = store.byCode(team.code()).orElseThrow();
        Optional<TeamAnalysis> analysis = closed.answered().isEmpty() ? Optional.empty()
                : Optional.of(analyse(closed));
        return List.of(TeamMessage.toGroup(closed, presenter.closed(closed, analysis.map(TeamAnalysis::team))));
    }

    private List<TeamMessage> nothingYet(Team team) {
        return List.of(TeamMessage.toGroup(team, Reply.message(texts.get("team.result.none"))));
    }

    private TeamAnalysis analyse(Team team) {
        return TeamAnalysis.of(advisor, team.answers());
    }

    /**
     * A question asked in the group about the team's result, answered from the team's answers. Asked for the
     * decision record, the group gets the team's, with its members and disputed answers.
     */
    List<TeamMessage> ask(Team team, String question) {
        if (team.answered().isEmpty()) {
            return nothingYet(team);
        }
        Reply answer = questions.answer(TeamProfile.of(team.answers()), question)
                .orElseGet(() -> Reply.message(texts.get("team.ask.change")));
        return answer.kind() == Reply.Kind.DOCUMENT ? record(team) : List.of(TeamMessage.toGroup(team, answer));
    }

    /** The team decision record, for the group; only once someone has answered. */
    List<TeamMessage> record(Team team) {
        return team.answered().isEmpty() ? nothingYet(team)
                : List.of(TeamMessage.toGroup(team, record.reply(team, analyse(team), LocalDate.now(clock))));
    }
}
