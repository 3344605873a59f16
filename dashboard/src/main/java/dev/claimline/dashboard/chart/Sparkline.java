package dev.claimline.dashboard.chart;

import dev.claimline.dashboard.page.Formats;
import dev.claimline.persistence.view.MonthCount;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A small bar chart of one pair's claims over a period: allegations rise above the baseline, denials hang below it.
 * Months are grouped into quarters or years when the period is long, so that bars stay wide enough to see. Each chart
 * is scaled to its own busiest bar: it shows when a pair was active, the table's numbers show how much.
 *
 * @param description what the chart shows, in words, for its {@code <title>}
 */
public record Sparkline(String width, String height, String baseline, List<Bar> bars, String description) {
    static final double WIDTH = 132;
    static final double HEIGHT = 30;
    private static final double HALF = HEIGHT / 2;
    private static final double GAP = 1;

    public Sparkline {
        bars = List.copyOf(bars);
    }

    /** One bucket's bars; a height of "0" draws nothing. */
    public record Bar(String x, String width, String allegationY, String allegationHeight, String denialHeight) {
        public boolean hasAllegations() {
            return !allegationHeight.equals("0");
        }

        public boolean hasDenials() {
            return !denialHeight.equals("0");
        }
    }

    /** The chart of {@code months} from {@code first} to {@code last}, both inclusive. */
    public static Sparkline of(List<MonthCount> months, YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            last = first;
        }
        long span = ChronoUnit.MONTHS.between(first, last) + 1;
        int bucketMonths = span <= 36 ? 1 : span <= 108 ? 3 : 12;
        YearMonth start = bucketMonths == 1
                ? first
                : bucketMonths == 3
                        ? YearMonth.of(first.getYear(), (first.getMonthValue() - 1) / 3 * 3 + 1)
                        : YearMonth.of(first.getYear(), 1);
        int buckets = (int) (ChronoUnit.MONTHS.between(start, last) / bucketMonths + 1);
        long[] allegations = new long[buckets];
        long[] denials = new long[buckets];
        long total = 0;
        for (MonthCount month : months) {
            if (month.month().isBefore(start) || month.month().isAfter(last)) {
                continue;
            }
            int bucket = (int) (ChronoUnit.MONTHS.between(start, month.month()) / bucketMonths);
            allegations[bucket] += month.allegations();
            denials[bucket] += month.denials();
            total += month.total();
        }
        long max = 1;
        int busiest = -1;
        for (int i = 0; i < buckets; i++) {
            max = Math.max(max, Math.max(allegations[i], denials[i]));
            if (allegations[i] + denials[i] > 0
                    && (busiest < 0 || allegations[i] + denials[i] > allegations[busiest] + denials[busiest])) {
                busiest = i;
            }
        }
        double slot = WIDTH / buckets;
        double barWidth = Math.max(1, slot - GAP);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
            if (allegations[i] + denials[i] == 0) {
                continue;
            }
            double up = height(allegations[i], max);
            double down = height(denials[i], max);
            bars.add(new Bar(Svg.n(i * slot), Svg.n(barWidth), Svg.n(HALF - up), Svg.n(up), Svg.n(down)));
        }
        String unit = bucketMonths == 1 ? "month" : bucketMonths == 3 ? "quarter" : "year";
        String description = "Claims by " + unit + " from " + Formats.month(first) + " to " + Formats.month(last)
                + ", allegations above the line and denials below"
                + (busiest < 0
                        ? ": none dated."
                        : "; busiest " + bucketLabel(start.plusMonths((long) busiest * bucketMonths), bucketMonths)
                                + " with " + Formats.count(allegations[busiest], "allegation", "allegations")
                                + " and " + Formats.count(denials[busiest], "denial", "denials") + ".");
        return new Sparkline(Svg.n(WIDTH), Svg.n(HEIGHT), Svg.n(HALF), bars, description);
    }

    private static double height(long count, long max) {
        return count == 0 ? 0 : Math.max(1.5, (HALF - 1) * count / max);
    }

    private static String bucketLabel(YearMonth start, int months) {
        return switch (months) {
            case 1 -> Formats.month(start);
            case 3 -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
            default -> Integer.toString(start.getYear());
        };
    }
}
