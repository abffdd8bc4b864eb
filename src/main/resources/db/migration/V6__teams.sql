-- A team decision made in a group: at most one open per group (closed_at IS NULL), found by its code from the
-- deep link or the /join command. Its members answer in their private chats; what they answered, as of their
-- latest result, is kept here as the profile's JSON (NULL until they reach a result), so the team's result never
-- depends on their private conversation still being there.
CREATE TABLE teams (
    code          VARCHAR(16)              NOT NULL,
    group_chat_id BIGINT                   NOT NULL,
    group_title   VARCHAR(200)             NOT NULL,
    opened_by     VARCHAR(100)             NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE,
    result_shown  BOOLEAN                  NOT NULL,
    CONSTRAINT teams_pk PRIMARY KEY (code)
);
CREATE INDEX teams_by_group ON teams (group_chat_id);

CREATE TABLE team_members (
    team_code VARCHAR(16)              NOT NULL,
    user_id   BIGINT                   NOT NULL,
    name      VARCHAR(100)             NOT NULL,
    joined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answers   TEXT,
    CONSTRAINT team_members_pk PRIMARY KEY (team_code, user_id),
    CONSTRAINT team_members_team_fk FOREIGN KEY (team_code) REFERENCES teams (code) ON DELETE CASCADE
);
CREATE INDEX team_members_by_user ON team_members (user_id);
