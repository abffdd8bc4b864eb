package com.frameworkadvisor.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table for the benchmark report, columns padded to their widest cell. */
final class Table {

    private final String title;
    private final List<String[]> rows = new ArrayList<>();

    Table(String title, String... header) {
        this.title = title;
        rows.add(header);
    }

    Table row(Object... cells) {
        rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
        return this;
    }

    void print() {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder("\n").append(title).append("\n");
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("| ");
            for (int i = 0; i < columns; i++) {
                line.append(String.format("%-" + widths[i] + "s", rows.get(r)[i])).append(" | ");
            }
            out.append(line.toString().stripTrailing()).append("\n");
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append("-".repeat(width + 2)).append("|");
                }
                out.append(rule).append("\n");
            }
        }
        System.out.print(out);
        System.out.flush();
    }
}
