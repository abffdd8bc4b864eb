package com.frameworkadvisor.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.TestRules;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TeamChartTests {

    private final TeamChart chart = new TeamChart(TeamServiceTests.TEXTS,
            new TeamPresenter(TeamServiceTests.TEXTS, code -> "https://t.me/b?start=team-" + code));

    @Test
    void shouldDrawABarForTheOwnVerdictsAndOneForEachDifferenceThatDecidesWithoutADisplay() throws IOException {
        assertThat(GraphicsEnvironment.isHeadless()).as("drawn as on a server, with no display").isTrue();
        TeamAnalysis three = TeamAnalysis.of(TestRules.advisor(), TeamAnalysisTests.THREE);
        TeamAnalysis agreed = TeamAnalysis.of(TestRules.advisor(), TeamAnalysisTests.THREE.subList(1, 3));

        BufferedImage split = ImageIO.read(new ByteArrayInputStream(chart.png(three)));
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(chart.png(agreed)));

        assertThat(split.getWidth()).isEqualTo(one.getWidth());
        assertThat(split.getHeight()).as("one more bar: the size (the deadline decides nothing)")
                .isGreaterThan(one.getHeight());
        // Django's green, Flask's blue and white at least: the verdicts are told apart by colour.
        assertThat(colours(split)).contains(0x0C4B33, 0x3B7DD8, 0xFFFFFF);
        assertThat(colours(one)).contains(0x0C4B33);
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen;
    }
}
