package com.frameworkadvisor.benchmark;

import com.frameworkadvisor.conversation.Reply;
import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.SampleProfiles;
import com.frameworkadvisor.knowledge.TestRules;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.team.TeamMessage;
import com.frameworkadvisor.team.TeamService;
import com.frameworkadvisor.telegram.TestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team's result: the last member's answers arrive and the group's result is made, as the bot does it in the
 * update's transaction: the team read and locked, every difference evaluated both ways, the message, the chart
 * drawn to a PNG, on an H2 database in memory. The first in a JVM is timed apart: it loads the fonts.
 */
final class TeamBenchmark implements Benchmark {

    private static final int TEAMS = 40;
    /** Teams made before measuring, so the JIT has compiled what a result runs. */
    private static final int WARM_UP = 40;
    private static final long GROUP = -1;

    /** The size of the chart the last result drew, in bytes. */
    private int lastChart;

    @Override
    public String name() {
        return "team";
    }

    @Override
    public void run() {
        Texts texts = new Texts(Locale.ENGLISH);
        TeamService teams = TeamService.create(JdbcClient.create(TestDatabase.migrated()), Clock.systemUTC(),
                TestRules.advisor(), texts, code -> "https://t.me/bot?start=team-" + code,
            (answers, question) -> Optional.empty());
        List<Profile> profiles = SampleProfiles.all();
        Random random = new Random(20261203L);
        long cold = resultTime(teams, profiles, random, 3);
        for (int i = 0; i < WARM_UP; i++) {
            resultTime(teams, profiles, random, 2 + i % 4);
        }
        Table table = new Table("Team decision: the result when the last member answers", "members",
                "median", "p90", "max", "chart size");
        for (int members : List.of(3, 5)) {
            Latencies latencies = new Latencies();
            int size = 0;
            for (int i = 0; i < TEAMS; i++) {
                latencies.add(resultTime(teams, profiles, random, members));
                size = lastChart;
            }
            table.row(members, latencies.percentileMillis(50), latencies.percentileMillis(90),
                    latencies.percentileMillis(100), size / 1024 + " KiB");
        }
        table.row("3, the first in the JVM (fonts loaded)", String.format("%.0f ms", cold / 1e6), "-", "-", "-");
        table.print();
    }

    /** Opens a team, lets its members join and answer, and times the last answer, which brings the result. */
    private long resultTime(TeamService teams, List<Profile> profiles, Random random, int members) {
        List<TeamMessage> opened = teams.open(GROUP, "Benchmark", "Member0");
        String link = opened.get(0).reply().buttons().get(0).get(0).url();
        String code = link.substring(link.indexOf("team-") + "team-".length());
        for (int m = 0; m < members; m++) {
            teams.join(code, m, "Member" + m);
        }
        for (int m = 0; m < members - 1; m++) {
            teams.answered(m, profiles.get(random.nextInt(profiles.size())));
        }
        long started = System.nanoTime();
        List<TeamMessage> result = teams.answered(members - 1, profiles.get(random.nextInt(profiles.size())));
        long took = System.nanoTime() - started;
        lastChart = result.stream().map(TeamMessage::reply).filter(r -> r.kind() == Reply.Kind.PICTURE)
                .mapToInt(r -> r.document().data().length).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result when the last member answered"));
        teams.pressed(GROUP, "team:close:" + code);
        return took;
    }
}
