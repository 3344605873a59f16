package dev.claimline.dashboard.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers for writing SVG coordinates and text. */
final class Svg {
    private Svg() {}

    /** A coordinate with at most one decimal: "12", "12.5". */
    static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    /**
     * {@code text} broken into at most {@code maxLines} lines of at most {@code width} characters, at spaces where
     * possible; what does not fit ends in an ellipsis.
     */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (rest.length() <= width) {
                lines.add(rest);
                rest = "";
                break;
            }
            int cut = rest.lastIndexOf(' ', width);
            if (cut < width / 2) {
                cut = width;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            int last = lines.size() - 1;
            String line = lines.get(last);
            if (line.length() >= width) {
                line = line.substring(0, width - 1).strip();
            }
            lines.set(last, line + "…");
        }
        return lines;
    }
}
