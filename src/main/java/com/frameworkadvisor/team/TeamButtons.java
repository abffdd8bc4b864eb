package com.frameworkadvisor.team;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The data of the team's buttons in the group: what to do, and which team it was shown for. */
final class TeamButtons {

    static final String PREFIX = "team:";
    private static final Pattern DATA = Pattern.compile("team:(result|close|record):([A-Z0-9]{1,16})");

    enum Action { RESULT, CLOSE, RECORD }

    record Pressed(Action action, String code) {
    }

    private TeamButtons() {
    }

    static String data(Action action, String code) {
        return PREFIX + action.name().toLowerCase(Locale.ROOT) + ":" + code;
    }

    /** The button pressed; empty for data that no team button of ours carries (forged or from an old version). */
    static Optional<Pressed> read(String data) {
        Matcher m = DATA.matcher(data == null ? "" : data);
        return m.matches() ? Optional.of(new Pressed(Action.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
                m.group(2))) : Optional.empty();
    }
}
