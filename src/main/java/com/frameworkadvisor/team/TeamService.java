package com.frameworkadvisor.team;

import com.frameworkadvisor.conversation.Html;
import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.conversation.present.Citations;
import com.frameworkadvisor.conversation.present.DecisionRecord;
import com.frameworkadvisor.conversation.present.RecommendationPresenter;
import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.team.TeamButtons.Action;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Team decisions: opened in a group, answered by each member in private, shown to the group when everyone has
 * answered or someone asks, kept up to date as members change their answers, leave or withdraw, until the team
 * closes it. Each method is one step, run in the transaction of the update that asks for it (the store locks the
 * team), and returns what to send where.
 */
public final class TeamService {

    private final TeamStore store;
    private final TeamPresenter presenter;
    private final TeamResults results;
    private final TeamCodes codes;
    private final Texts texts;

    TeamService(TeamStore store, TeamPresenter presenter, TeamResults results, TeamCodes codes, Texts texts) {
        this.store = store;
        this.presenter = presenter;
        this.results = results;
        this.codes = codes;
        this.texts = texts;
    }

    /**
     * Team decisions kept in the given database, with links into a private chat made by {@code links}, and
     * questions about a team's result answered by {@code questions}.
     */
    public static TeamService create(JdbcClient jdbc, Clock clock, Advisor advisor, Texts texts, JoinLinks links,
                                     TeamQuestions questions) {
        TeamPresenter presenter = new TeamPresenter(texts, links);
        RecommendationPresenter recommendations = new RecommendationPresenter(texts,
                new Citations(advisor::sources), advisor::disagreements);
        TeamRecord record = new TeamRecord(advisor, new DecisionRecord(texts, recommendations, advisor::sources,
                advisor::disagreements), presenter, texts);
        TeamStore store = new TeamStore(jdbc, clock);
        return new TeamService(store, presenter, new TeamResults(store, advisor, presenter, record,
                new TeamChart(texts, presenter), questions, texts, clock), new TeamCodes(), texts);
    }

    /** Whether a button's data is one of the team's (pressed in a group, it is the team's to handle). */
    public static boolean isTeamButton(String data) {
        return data != null && data.startsWith(TeamButtons.PREFIX);
    }

    /** The team a button of ours was shown for, by its code; empty for any other data. */
    public static Optional<String> codeOfButton(String data) {
        return TeamButtons.read(data).map(TeamButtons.Pressed::code);
    }

    /** The code a deep link's start parameter carries ("team-K7M2QX"), if it carries one. */
    public static Optional<String> codeInStartParameter(String parameter) {
        return parameter != null && parameter.startsWith(JoinLinks.PREFIX)
                ? Optional.of(parameter.substring(JoinLinks.PREFIX.length())) : Optional.empty();
    }

    /** "/team" in a group: opens a decision, or shows the one already open. */
    public List<TeamMessage> open(long groupChatId, String groupTitle, String openedBy) {
        Optional<Team> open = store.openIn(groupChatId);
        if (open.isPresent()) {
            return List.of(TeamMessage.toGroup(open.get(), presenter.status(open.get())));
        }
        String code = codes.unused(store);
        store.open(code, groupChatId, groupTitle, openedBy);
        Team team = store.byCode(code).orElseThrow();
        return List.of(TeamMessage.toGroup(team, presenter.opened(team)));
    }

    /** "/team" in a private chat: teams are made in groups. */
    public Reply onlyInGroups() {
        return Reply.message(texts.get("team.private-only"));
    }

    /**
     * A member joins in private, by the deep link or "/join CODE".
     *
     * @return whether they are in the team now, and what to tell them and the group
     */
    public Joined join(String code, long userId, String name) {
        Optional<Team> found = store.byCode(TeamCodes.normalise(code)).filter(Team::isOpen);
        if (found.isEmpty()) {
            return new Joined(false, List.of(TeamMessage.toMember(userId,
                    Reply.message(texts.get("team.unknown-code")))));
        }
        Team team = found.get();
        String group = Html.escape(team.groupTitle());
        if (!store.join(team.code(), userId, name)) {
            return new Joined(true, List.of(TeamMessage.toMember(userId,
                    Reply.message(texts.get("team.joined.again", group)))));
        }
        return new Joined(true, List.of(
                TeamMessage.toMember(userId, Reply.message(texts.get("team.joined.private", group))),
                TeamMessage.toGroup(team, Reply.message(texts.get("team.joined.group", Html.escape(name))))));
    }

    /** @param joined whether the member is in the team now (then their own conversation is picked up) */
    public record Joined(boolean joined, List<TeamMessage> messages) {
    }

    /** A member reached a result in private: those answers now count for every open team they are in. */
    public List<TeamMessage> answered(long userId, Profile answers) {
        List<TeamMessage> out = new ArrayList<>();
        for (String code : store.openTeamsOf(userId)) {
            Team before = store.byCode(code).orElseThrow();
            Team.Member member = before.member(userId).orElseThrow();
            if (answers.equals(member.answers())) {
                continue;
            }
            store.saveAnswers(code, userId, answers);
            Team after = store.byCode(code).orElseThrow();
            if (!member.hasAnswered()) {
                out.add(TeamMessage.toMember(userId, Reply.message(texts.get("team.answered.private",
                        Html.escape(after.groupTitle())))));
            }
            String note = member.hasAnswered() ? texts.get("team.changed", Html.escape(member.name()))
                    : texts.get("team.answered.group", Html.escape(member.name()), after.answered().size(),
                    after.members().size());
            out.addAll(results.changed(before, after, note));
        }
        return out;
    }

    /** A member had everything about them deleted: out of every team, and the open ones are told. */
    public List<TeamMessage> forgot(long userId) {
        List<TeamMessage> out = new ArrayList<>();
        for (String code : store.openTeamsOf(userId)) {
            out.addAll(remove(store.byCode(code).orElseThrow(), userId, "team.forgot"));
        }
        store.leaveAll(userId);
        return out;
    }

    /** A member left the group: out of its open team. */
    public List<TeamMessage> left(long groupChatId, long userId) {
        return store.openIn(groupChatId).map(team -> remove(team, userId, "team.left")).orElse(List.of());
    }

    /**
     * Deletes the team decisions closed before the cut-off, or opened before it and never closed, with their
     * members' answers: they are kept no longer than a conversation.
     *
     * @return how many were deleted
     */
    public int forgetOlderThan(Instant cutOff) {
        return store.deleteOlderThan(cutOff);
    }

    /** A team button pressed in a group. */
    public List<TeamMessage> pressed(long groupChatId, String data) {
        Optional<TeamButtons.Pressed> pressed = TeamButtons.read(data);
        Optional<Team> team = pressed.flatMap(p -> store.byCode(p.code()))
                .filter(t -> t.groupChatId() == groupChatId)
                .filter(t -> t.isOpen() || pressed.get().action() == Action.RECORD);
        if (team.isEmpty()) {
            return List.of(new TeamMessage(TeamMessage.Recipient.GROUP, groupChatId,
                    Reply.message(texts.get("team.stale"))));
        }
        return switch (pressed.get().action()) {
            case RESULT -> results.result(team.get(), "");
            case CLOSE -> results.close(team.get());
            case RECORD -> results.record(team.get());
        };
    }

    /**
     * A question asked in the group in reply to one of the team's messages, about that team's result: answered from
     * its answers, open or closed; a team of another group is not answered.
     */
    public List<TeamMessage> ask(long groupChatId, String code, String question) {
        return store.byCode(code).filter(t -> t.groupChatId() == groupChatId)
                .map(team -> results.ask(team, question))
                .orElseGet(() -> List.of(new TeamMessage(TeamMessage.Recipient.GROUP, groupChatId,
                        Reply.message(texts.get("team.stale")))));
    }

    private List<TeamMessage> remove(Team before, long userId, String noteKey) {
        Optional<Team.Member> member = before.member(userId);
        if (member.isEmpty() || !store.leave(before.code(), userId)) {
            return List.of();
        }
        return results.changed(before, store.byCode(before.code()).orElseThrow(),
                texts.get(noteKey, Html.escape(member.get().name())));
    }
}
