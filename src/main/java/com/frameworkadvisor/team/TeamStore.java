package com.frameworkadvisor.team;

import com.frameworkadvisor.knowledge.profile.Profile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps team decisions in the {@code teams} and {@code team_members} tables. Each team operation runs in the
 * transaction of the update that asks for it and reads its team with {@code FOR UPDATE}, so two members answering
 * at once on two instances are applied one after the other and the result is posted once. Every statement runs
 * unchanged on H2 and PostgreSQL, and none is expected to fail (a failed statement would spoil PostgreSQL's
 * transaction), so adding a member who is already in is a conditional insert, not a caught duplicate key.
 */
final class TeamStore {

    private static final String TEAM_COLUMNS =
            "code, group_chat_id, group_title, opened_by, opened_at, closed_at, result_shown";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    TeamStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The group's open team, locked for the rest of the transaction. */
    Optional<Team> openIn(long groupChatId) {
        return jdbc.sql("SELECT " + TEAM_COLUMNS + " FROM teams WHERE group_chat_id = ? AND closed_at IS NULL"
                        + " FOR UPDATE").param(groupChatId).query(this::team).optional();
    }

    /** A team by its code, open or closed, locked for the rest of the transaction. */
    Optional<Team> byCode(String code) {
        return jdbc.sql("SELECT " + TEAM_COLUMNS + " FROM teams WHERE code = ? FOR UPDATE").param(code)
                .query(this::team).optional();
    }

    /** The codes of the open teams the user is a member of. */
    List<String> openTeamsOf(long userId) {
        return jdbc.sql("SELECT t.code FROM teams t JOIN team_members m ON m.team_code = t.code"
                        + " WHERE m.user_id = ? AND t.closed_at IS NULL ORDER BY t.opened_at")
                .param(userId).query(String.class).list();
    }

    void open(String code, long groupChatId, String groupTitle, String openedBy) {
        jdbc.sql("INSERT INTO teams (" + TEAM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, FALSE)")
                .params(code, groupChatId, groupTitle, openedBy, now()).update();
    }

    /** Adds the user to the team; false when they were in it already. */
    boolean join(String code, long userId, String name) {
        return jdbc.sql("INSERT INTO team_members (team_code, user_id, name, joined_at, answers)"
                        + " SELECT ?, ?, ?, ?, NULL WHERE NOT EXISTS"
                        + " (SELECT 1 FROM team_members WHERE team_code = ? AND user_id = ?)")
                .params(code, userId, name, now(), code, userId).update() > 0;
    }

    void saveAnswers(String code, long userId, Profile answers) {
        jdbc.sql("UPDATE team_members SET answers = ? WHERE team_code = ? AND user_id = ?")
                .params(json.writeValueAsString(answers), code, userId).update();
    }

    /** Takes the user out of the team with their answers; false when they were not in it. */
    boolean leave(String code, long userId) {
        return jdbc.sql("DELETE FROM team_members WHERE team_code = ? AND user_id = ?").params(code, userId)
                .update() > 0;
    }

    /** Takes the user out of every team, open or closed, with their answers. */
    void leaveAll(long userId) {
        jdbc.sql("DELETE FROM team_members WHERE user_id = ?").param(userId).update();
    }

    void markResultShown(String code) {
        jdbc.sql("UPDATE teams SET result_shown = TRUE WHERE code = ?").param(code).update();
    }

    void close(String code) {
        jdbc.sql("UPDATE teams SET closed_at = ? WHERE code = ?").params(now(), code).update();
    }

    /** Deletes the teams closed before the cut-off, or opened before it and never closed, with their members. */
    int deleteOlderThan(Instant cutOff) {
        OffsetDateTime at = OffsetDateTime.ofInstant(cutOff, ZoneOffset.UTC);
        return jdbc.sql("DELETE FROM teams WHERE closed_at < ? OR (closed_at IS NULL AND opened_at < ?)")
                .params(at, at).update();
    }

    private Team team(ResultSet row, int rowNumber) throws SQLException {
        String code = row.getString("code");
        OffsetDateTime closedAt = row.getObject("closed_at", OffsetDateTime.class);
        return new Team(code, row.getLong("group_chat_id"), row.getString("group_title"), row.getString("opened_by"),
                row.getObject("opened_at", OffsetDateTime.class).toInstant(),
                closedAt == null ? null : closedAt.toInstant(), row.getBoolean("result_shown"), members(code));
    }

    private List<Team.Member> members(String code) {
        return jdbc.sql("SELECT user_id, name, answers FROM team_members WHERE team_code = ? ORDER BY joined_at,"
                        + " user_id").param(code)
                .query((row, n) -> new Team.Member(row.getLong("user_id"), row.getString("name"),
                        answers(row.getString("answers")))).list();
    }

    private Profile answers(String stored) {
        return stored == null ? null : json.readValue(stored, Profile.class);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
