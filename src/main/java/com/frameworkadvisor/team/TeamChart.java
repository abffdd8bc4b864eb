package com.frameworkadvisor.team;

import com.frameworkadvisor.conversation.Texts;
import com.frameworkadvisor.knowledge.Assessment;
import com.frameworkadvisor.knowledge.Confidence;
import com.frameworkadvisor.knowledge.Framework;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The team's result as a picture (a PNG, drawn off-screen by JFreeChart, so no display is needed): one bar for
 * the members' own verdicts, then one per answer they gave differently that the verdict turns on (the first few),
 * each split into who gave which answer and coloured by the verdict the team would get with it.
 */
final class TeamChart {

    /** The differences the verdict turns on, drawn; the record has them all. */
    private static final int SPLITS_DRAWN = 6;
    private static final int WIDTH = 900;
    private static final int HEIGHT_PER_BAR = 70;
    private static final int HEIGHT_AROUND = 150;
    private static final Color TIE = new Color(0x9E9E9E);
    private static final Map<Framework, Color> COLOURS = new EnumMap<>(Map.of(
            Framework.DJANGO, new Color(0x0C4B33), Framework.FLASK, new Color(0x3B7DD8),
            Framework.FASTAPI, new Color(0x009688)));

    private final Texts texts;
    private final TeamPresenter presenter;

    TeamChart(Texts texts, TeamPresenter presenter) {
        this.texts = texts;
        this.presenter = presenter;
    }

    /** One segment of a bar: who it stands for, how many they are, and the outcome it gives. */
    private record Segment(String label, int members, Paint paint) {
    }

    byte[] png(TeamAnalysis analysis) {
        Map<String, List<Segment>> bars = new LinkedHashMap<>();
        bars.put(texts.get("team.chart.own"), ownVerdicts(analysis));
        for (Split split : analysis.splitsThatMatter().stream().limit(SPLITS_DRAWN).toList()) {
            List<Segment> sides = split.sides().stream().map(side -> new Segment(
                    presenter.answer(split, side) + ": " + String.join(", ", side.members()), side.members().size(),
                    paint(side.verdict(), side.confidence()))).toList();
            String subject = TeamPresenter.capitalised(presenter.subject(split));
            bars.put(texts.get("team.chart.settle", subject), sides);
        }
        JFreeChart chart = new JFreeChart(texts.get("team.chart.title", texts.outcome(analysis.team().verdict(),
                analysis.team().confidence())), JFreeChart.DEFAULT_TITLE_FONT, plot(bars), true);
        chart.setBackgroundPaint(Color.WHITE);
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT_AROUND + HEIGHT_PER_BAR * bars.size());
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the team chart could not be drawn", e);
        }
    }

    private List<Segment> ownVerdicts(TeamAnalysis analysis) {
        Map<String, List<String>> byOutcome = new LinkedHashMap<>();
        Map<String, Paint> paints = new LinkedHashMap<>();
        for (TeamAnalysis.MemberVerdict member : analysis.members()) {
            Assessment a = member.assessment();
            String outcome = texts.outcome(a.verdict(), a.confidence());
            byOutcome.computeIfAbsent(outcome, o -> new ArrayList<>()).add(member.name());
            paints.put(outcome, paint(a.verdict(), a.confidence()));
        }
        return byOutcome.entrySet().stream().map(e -> new Segment(e.getKey() + ": " + String.join(", ",
                e.getValue()), e.getValue().size(), paints.get(e.getKey()))).toList();
    }

    private CategoryPlot plot(Map<String, List<Segment>> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int most = bars.values().stream().mapToInt(List::size).max().orElse(1);
        for (int i = 0; i < most; i++) {
            for (Map.Entry<String, List<Segment>> bar : bars.entrySet()) {
                data.addValue(i < bar.getValue().size() ? bar.getValue().get(i).members() : 0, "#" + i,
                        bar.getKey());
            }
        }
        List<List<Segment>> segments = List.copyOf(bars.values());
        StackedBarRenderer renderer = new StackedBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                List<Segment> bar = segments.get(column);
                return row < bar.size() ? bar.get(row).paint() : Color.WHITE;
            }
        };
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return row < segments.get(column).size() ? segments.get(column).get(row).label() : null;
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER,
                TextAnchor.CENTER));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        NumberAxis members = new NumberAxis(texts.get("team.chart.members"));
        members.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), members, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setFixedLegendItems(legend());
        return plot;
    }

    private LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        COLOURS.forEach((option, colour) -> items.add(new LegendItem(texts.framework(option), colour)));
        items.add(new LegendItem(texts.get("outcome.tie"), TIE));
        return items;
    }

    private static Paint paint(Framework verdict, Confidence confidence) {
        return confidence == Confidence.TIE ? TIE : COLOURS.get(verdict);
    }
}
