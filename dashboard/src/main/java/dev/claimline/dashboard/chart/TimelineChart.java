package dev.claimline.dashboard.chart;

import dev.claimline.dashboard.page.Formats;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.PairMonth;
import dev.claimline.persistence.view.StoredClaim;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The timeline of a pair, laid out for SVG: one lane for each direction (the first actor's claims above the time axis,
 * the second's below), allegations as circles and denials as diamonds, and a line from each denial to the allegation
 * it answers. Each mark carries a tip with its evidence, shown in the band under the chart on hover or focus.
 *
 * <p>Up to {@value #MAX_MARKS} claims that fit in {@value #MAX_ROWS} rows per lane are drawn one by one and link to
 * their claim in the list. Denser timelines are grouped by month (by quarter or year over long periods): a mark per
 * lane, type and month, sized by its number of claims, linking to that month. Undated claims sit at the right end.
 *
 * <p>A pair's whole history is drawn from its totals by month ({@link #totals}) the same way, grouped, without reading
 * its claims; a chosen period can be shaded on it.
 *
 * <p>Every coordinate is written out here, so the template only copies them into the SVG.
 *
 * @param id what the ids of the chart's elements start with, so that two charts can share a page
 * @param period the shaded period, or null
 */
public record TimelineChart(
        String id,
        String width,
        String height,
        String title,
        String description,
        boolean grouped,
        String topLabel,
        String topLabelY,
        String bottomLabel,
        String bottomLabelY,
        String plotLeft,
        String plotRight,
        String axisY,
        String gridTop,
        String gridBottom,
        String tickLabelY,
        List<Tick> ticks,
        Zone undated,
        Zone period,
        List<Link> links,
        List<Mark> marks,
        Band band) {
    static final int MAX_MARKS = 160;
    static final int MAX_ROWS = 4;
    private static final double WIDTH = 960;
    private static final double PAD = 16;
    private static final double UNDATED_WIDTH = 96;
    private static final double ROW = 18;
    private static final double GROUP_ROW = 30;
    private static final double RADIUS = 6.5;
    private static final double GAP = 2 * RADIUS + 3;
    private static final double BAND_HEIGHT = 66;
    private static final int TIP_CHARS = 118;
    private static final int MAX_BUCKETS = 40;

    public TimelineChart {
        ticks = List.copyOf(ticks);
        links = List.copyOf(links);
        marks = List.copyOf(marks);
    }

    /** Where the marks of the chart lead. */
    public interface Hrefs {
        /** One claim in the list. */
        String claim(StoredClaim claim);

        /** The claims of a period, both months inclusive. */
        String period(YearMonth from, YearMonth to);

        /** The undated claims in the list. */
        String undated();
    }

    /** A gridline with its date. */
    public record Tick(String x, String label) {}

    /** The part of the plot that holds undated claims. */
    public record Zone(String x, String y, String width, String height, String labelX, String labelY) {}

    /** A line from a denial to the allegation it answers. */
    public record Link(String x1, String y1, String x2, String y2, String width) {}

    /**
     * A claim, or a group of claims.
     *
     * @param kind {@code allegation} or {@code denial}
     * @param title what the mark is, in words: its accessible name
     * @param count the number shown inside a group's mark, or null
     */
    public record Mark(
            String id,
            String href,
            String kind,
            String cx,
            String cy,
            String r,
            String points,
            String title,
            String count,
            List<TipLine> tip) {
        public Mark {
            tip = List.copyOf(tip);
        }

        public boolean diamond() {
            return points != null;
        }
    }

    /** One line of a mark's tip. */
    public record TipLine(String y, String text, boolean strong) {}

    /** The band under the chart where tips show. */
    public record Band(String x, String y, String width, String height, String hintY, String textX) {}

    /**
     * Lays out the claims between {@code first} and {@code second}; claims made by neither are left out.
     *
     * @param claims in date order, undated last
     */
    public static TimelineChart layout(ActorRef first, ActorRef second, List<StoredClaim> claims, Hrefs hrefs) {
        List<StoredClaim> shown = claims.stream()
                .filter(c -> c.type() != ClaimType.OTHER)
                .filter(c -> c.claimant().code().equals(first.code())
                        || c.claimant().code().equals(second.code()))
                .toList();
        return new Layout("tl", "Timeline of " + first.name() + " and " + second.name(), first, second, shown, hrefs)
                .build();
    }

    /**
     * Lays out a pair's claims from their totals by month, grouped: a mark per lane, type and month (quarter or year
     * over long periods), sized by its number of claims and leading to that period.
     *
     * @param id what the chart's element ids start with
     * @param title the chart's accessible name
     * @param months the months with claims, oldest first; {@code first}'s claims are drawn above the axis
     * @param undated the undated claims, drawn at the right end when there are any
     * @param shadedFrom the first month to shade, or null for none
     * @param shadedTo the last month to shade, or null for none
     */
    public static TimelineChart totals(
            String id,
            String title,
            ActorRef first,
            ActorRef second,
            List<PairMonth> months,
            PairMonth undated,
            YearMonth shadedFrom,
            YearMonth shadedTo,
            Hrefs hrefs) {
        YearMonth[] shaded = shadedFrom == null || shadedTo == null ? null : new YearMonth[] {shadedFrom, shadedTo};
        return new Layout(id, title, first, second, months, undated, shaded, hrefs).buildTotals();
    }

    private static final class Layout {
        private final String id;
        private final String title;
        private final ActorRef first;
        private final ActorRef second;
        private final List<StoredClaim> claims;
        private final List<PairMonth> months;
        private final PairMonth undatedTotals;
        private final YearMonth[] shaded;
        private final Hrefs hrefs;
        private final boolean hasUndated;
        private final boolean hasDated;
        /** Allegations and denials above the axis, then below it. */
        private final long[] laneCounts = new long[4];

        private final double plotLeft = PAD;
        private final double plotRight;
        private double domainStart;
        private double domainEnd;

        Layout(String id, String title, ActorRef first, ActorRef second, List<StoredClaim> claims, Hrefs hrefs) {
            this.id = id;
            this.title = title;
            this.first = first;
            this.second = second;
            this.claims = claims;
            this.months = List.of();
            this.undatedTotals = null;
            this.shaded = null;
            this.hrefs = hrefs;
            this.hasUndated = claims.stream().anyMatch(c -> c.date() == null);
            this.hasDated = claims.stream().anyMatch(c -> c.date() != null);
            this.plotRight = WIDTH - PAD - (hasUndated ? UNDATED_WIDTH : 0);
            for (StoredClaim claim : claims) {
                laneCounts[(top(claim) ? 0 : 2) + (claim.type() == ClaimType.ALLEGATION ? 0 : 1)]++;
            }
        }

        Layout(
                String id,
                String title,
                ActorRef first,
                ActorRef second,
                List<PairMonth> months,
                PairMonth undated,
                YearMonth[] shaded,
                Hrefs hrefs) {
            this.id = id;
            this.title = title;
            this.first = first;
            this.second = second;
            this.claims = List.of();
            this.months = months;
            this.undatedTotals = undated;
            this.shaded = shaded;
            this.hrefs = hrefs;
            this.hasUndated = undated != null && undated.total() > 0;
            this.hasDated = !months.isEmpty();
            this.plotRight = WIDTH - PAD - (hasUndated ? UNDATED_WIDTH : 0);
            List<PairMonth> all = new ArrayList<>(months);
            if (hasUndated) {
                all.add(undated);
            }
            for (PairMonth month : all) {
                laneCounts[0] += month.firstAllegations();
                laneCounts[1] += month.firstDenials();
                laneCounts[2] += month.secondAllegations();
                laneCounts[3] += month.secondDenials();
            }
        }

        /** One mark per lane, type and bucket of months, from the totals. */
        TimelineChart buildTotals() {
            int bucketMonths = months.isEmpty()
                    ? 1
                    : TimelineChart.bucketMonths(
                            months.get(0).month().atDay(1),
                            months.get(months.size() - 1).month().atDay(1));
            Map<String, Placed> groups = new LinkedHashMap<>();
            List<PairMonth> all = new ArrayList<>(months);
            if (hasUndated) {
                all.add(undatedTotals);
            }
            for (PairMonth month : all) {
                YearMonth bucket = month.month() == null ? null : bucketStart(month.month(), bucketMonths);
                add(groups, true, ClaimType.ALLEGATION, bucket, month.firstAllegations());
                add(groups, true, ClaimType.DENIAL, bucket, month.firstDenials());
                add(groups, false, ClaimType.ALLEGATION, bucket, month.secondAllegations());
                add(groups, false, ClaimType.DENIAL, bucket, month.secondDenials());
            }
            List<Placed> placed = new ArrayList<>(groups.values());
            positionGroups(placed, bucketMonths);
            return draw(placed, true, bucketMonths);
        }

        private static void add(Map<String, Placed> groups, boolean top, ClaimType type, YearMonth bucket, long count) {
            if (count == 0) {
                return;
            }
            Placed group = groups.computeIfAbsent(
                    top + "/" + type + "/" + bucket, k -> new Placed(new ArrayList<>(), top, type));
            group.bucket = bucket;
            group.count += count;
        }

        TimelineChart build() {
            List<LocalDate> days = claims.stream()
                    .filter(c -> c.date() != null)
                    .map(c -> position(c.date()))
                    .sorted()
                    .toList();
            if (!days.isEmpty()) {
                setDomain(days.get(0), days.get(days.size() - 1));
            }
            List<Placed> placed = placeEach();
            boolean grouped = claims.size() > MAX_MARKS || maxRow(placed) >= MAX_ROWS;
            int bucketMonths = 1;
            if (grouped) {
                bucketMonths = days.isEmpty() ? 1 : bucketMonths(days.get(0), days.get(days.size() - 1));
                placed = placeGroups(bucketMonths);
            }
            return draw(placed, grouped, bucketMonths);
        }

        /** The time axis runs from a little before the first date to a little after the last. */
        private void setDomain(LocalDate from, LocalDate to) {
            double start = from.toEpochDay();
            double end = to.toEpochDay();
            double pad = Math.max(12, (end - start) * 0.04);
            domainStart = start - pad;
            domainEnd = end + pad;
        }

        private double x(LocalDate day) {
            return plotLeft + (day.toEpochDay() - domainStart) / (domainEnd - domainStart) * (plotRight - plotLeft);
        }

        private boolean top(StoredClaim claim) {
            return claim.claimant().code().equals(first.code());
        }

        /** One mark per claim, each in the lowest row of its lane where it does not touch the one before. */
        private List<Placed> placeEach() {
            List<Placed> placed = new ArrayList<>();
            for (boolean top : new boolean[] {true, false}) {
                List<StoredClaim> lane =
                        claims.stream().filter(c -> top(c) == top).toList();
                List<Placed> dated = new ArrayList<>();
                List<Placed> undated = new ArrayList<>();
                for (StoredClaim claim : lane) {
                    Placed mark = new Placed(List.of(claim), top, claim.type());
                    if (claim.date() != null) {
                        mark.x = x(position(claim.date()));
                        dated.add(mark);
                    } else {
                        undated.add(mark);
                    }
                }
                dated.sort(Comparator.comparingDouble(p -> p.x));
                List<Double> rowEnds = new ArrayList<>();
                for (Placed mark : dated) {
                    int row = 0;
                    while (row < rowEnds.size() && rowEnds.get(row) + GAP > mark.x) {
                        row++;
                    }
                    if (row == rowEnds.size()) {
                        rowEnds.add(mark.x);
                    } else {
                        rowEnds.set(row, mark.x);
                    }
                    mark.row = row;
                }
                int columns = (int) ((UNDATED_WIDTH - 12) / GAP);
                for (int i = 0; i < undated.size(); i++) {
                    Placed mark = undated.get(i);
                    mark.x = plotRight + 6 + GAP / 2 + (i % columns) * GAP;
                    mark.row = i / columns;
                }
                placed.addAll(dated);
                placed.addAll(undated);
            }
            return placed;
        }

        /** One mark per lane, type and bucket of months; undated claims in one mark per lane and type. */
        private List<Placed> placeGroups(int bucketMonths) {
            Map<String, Placed> groups = new LinkedHashMap<>();
            for (StoredClaim claim : claims) {
                YearMonth bucket = claim.date() == null
                        ? null
                        : bucketStart(YearMonth.from(claim.date().day()), bucketMonths);
                String key = top(claim) + "/" + claim.type() + "/" + bucket;
                Placed group =
                        groups.computeIfAbsent(key, k -> new Placed(new ArrayList<>(), top(claim), claim.type()));
                group.claims.add(claim);
                group.count++;
                group.bucket = bucket;
            }
            List<Placed> placed = new ArrayList<>(groups.values());
            positionGroups(placed, bucketMonths);
            return placed;
        }

        /** Sets the time axis to the buckets' span and puts each group in the middle of its bucket. */
        private void positionGroups(List<Placed> groups, int bucketMonths) {
            if (hasDated) {
                YearMonth firstBucket = groups.stream()
                        .map(g -> g.bucket)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
                YearMonth lastBucket = groups.stream()
                        .map(g -> g.bucket)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
                domainStart = firstBucket.atDay(1).toEpochDay();
                domainEnd = lastBucket.plusMonths(bucketMonths).atDay(1).toEpochDay();
            }
            for (Placed group : groups) {
                group.row = group.type == ClaimType.ALLEGATION ? 0 : 1;
                group.x = group.bucket == null
                        ? plotRight + UNDATED_WIDTH / 2
                        : plotLeft
                                + ((group.bucket.atDay(1).toEpochDay()
                                                                + group.bucket
                                                                        .plusMonths(bucketMonths)
                                                                        .atDay(1)
                                                                        .toEpochDay())
                                                        / 2.0
                                                - domainStart)
                                        / (domainEnd - domainStart)
                                        * (plotRight - plotLeft);
            }
        }

        private TimelineChart draw(List<Placed> placed, boolean grouped, int bucketMonths) {
            double row = grouped ? GROUP_ROW : ROW;
            int topRows = rows(placed, true, grouped);
            int bottomRows = rows(placed, false, grouped);
            double topLaneY = 28;
            double axisY = topLaneY + topRows * row + 8;
            double bottomLaneY = axisY + 24;
            double bottomLabelY = bottomLaneY + bottomRows * row + 18;
            double bandY = bottomLabelY + 12;
            double height = bandY + BAND_HEIGHT + 2;
            long maxCount = placed.stream().mapToLong(p -> p.count).max().orElse(1);

            Map<Long, Placed> byClaim = new HashMap<>();
            for (Placed mark : placed) {
                mark.y = mark.top ? topLaneY + (topRows - mark.row - 0.5) * row : bottomLaneY + (mark.row + 0.5) * row;
                mark.r = grouped ? 5 + 8 * Math.sqrt((double) mark.count / maxCount) : RADIUS;
                mark.claims.forEach(c -> byClaim.put(c.id(), mark));
            }

            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < placed.size(); i++) {
                marks.add(mark(placed.get(i), i, grouped, bucketMonths, bandY));
            }
            return new TimelineChart(
                    id,
                    Svg.n(WIDTH),
                    Svg.n(height),
                    title,
                    description(grouped, bucketMonths),
                    grouped,
                    laneLabel(first, second, true),
                    Svg.n(18),
                    laneLabel(second, first, false),
                    Svg.n(bottomLabelY),
                    Svg.n(plotLeft),
                    Svg.n(plotRight),
                    Svg.n(axisY),
                    Svg.n(topLaneY - 4),
                    Svg.n(bottomLaneY + bottomRows * row),
                    Svg.n(axisY + 15),
                    hasDated ? ticks() : List.of(),
                    hasUndated
                            ? new Zone(
                                    Svg.n(plotRight + 4),
                                    Svg.n(topLaneY - 4),
                                    Svg.n(UNDATED_WIDTH - 4),
                                    Svg.n(bottomLaneY + bottomRows * row - topLaneY + 4),
                                    Svg.n(plotRight + UNDATED_WIDTH / 2),
                                    Svg.n(axisY + 15))
                            : null,
                    shadedZone(topLaneY - 4, bottomLaneY + bottomRows * row, axisY + 15),
                    links(placed, byClaim, grouped),
                    marks,
                    new Band(
                            Svg.n(PAD),
                            Svg.n(bandY),
                            Svg.n(WIDTH - 2 * PAD),
                            Svg.n(BAND_HEIGHT),
                            Svg.n(bandY + 38),
                            Svg.n(PAD + 12)));
        }

        /** The shaded period, clipped to the plot, or null when there is none or it lies outside. */
        private Zone shadedZone(double top, double bottom, double labelY) {
            if (shaded == null || !hasDated) {
                return null;
            }
            double left = Math.max(plotLeft, x(shaded[0].atDay(1)));
            double right = Math.min(plotRight, x(shaded[1].plusMonths(1).atDay(1)));
            if (right <= left) {
                return null;
            }
            double width = Math.max(3, right - left);
            return new Zone(
                    Svg.n(left), Svg.n(top), Svg.n(width), Svg.n(bottom - top), Svg.n(left + width / 2), Svg.n(labelY));
        }

        private Mark mark(Placed placed, int index, boolean grouped, int bucketMonths, double bandY) {
            StoredClaim claim = placed.claims.isEmpty() ? null : placed.claims.get(0);
            boolean denial = placed.type == ClaimType.DENIAL;
            String points = denial ? diamond(placed.x, placed.y, placed.r * 1.2) : null;
            String kind = denial ? "denial" : "allegation";
            ActorRef from = placed.top ? first : second;
            ActorRef to = placed.top ? second : first;
            List<TipLine> tip = new ArrayList<>();
            String title;
            String href;
            String count = null;
            if (!grouped) {
                String when = Formats.date(claim.date());
                String what = (denial ? "Denial" : "Allegation") + " · " + when + " · " + headline(claim);
                title = (denial ? "Denial" : "Allegation") + ", " + when + ": " + headline(claim) + ". “"
                        + claim.evidence().text() + "”";
                tip.add(new TipLine(Svg.n(bandY + 21), what, true));
                List<String> evidence = Svg.wrap("“" + claim.evidence().text() + "”", TIP_CHARS, 2);
                for (int i = 0; i < evidence.size(); i++) {
                    tip.add(new TipLine(Svg.n(bandY + 40 + i * 17), evidence.get(i), false));
                }
                href = hrefs.claim(claim);
            } else {
                long n = placed.count;
                String period = placed.bucket == null ? "Undated" : bucketLabel(placed.bucket, bucketMonths);
                String what = period + " · "
                        + Formats.count(n, denial ? "denial" : "allegation", denial ? "denials" : "allegations")
                        + (denial
                                ? " by " + from.name() + " answering " + to.name()
                                : " by " + from.name() + " against " + to.name());
                title = what + ". Select to see them.";
                tip.add(new TipLine(Svg.n(bandY + 21), what, true));
                if (claim != null) {
                    List<String> evidence = Svg.wrap(
                            (n > 1 ? "The first: “" : "“") + claim.evidence().text() + "”", TIP_CHARS, 1);
                    tip.add(new TipLine(Svg.n(bandY + 40), evidence.get(0), false));
                }
                tip.add(new TipLine(
                        Svg.n(bandY + (claim != null ? 57 : 40)), "Select the mark to list these claims.", false));
                href = placed.bucket == null
                        ? hrefs.undated()
                        : hrefs.period(placed.bucket, placed.bucket.plusMonths(bucketMonths - 1));
                count = n > 1 && placed.r >= 9 ? Long.toString(n) : null;
            }
            return new Mark(
                    id + "-" + index,
                    href,
                    kind,
                    Svg.n(placed.x),
                    Svg.n(placed.y),
                    Svg.n(placed.r),
                    points,
                    title,
                    count,
                    tip);
        }

        private List<Link> links(List<Placed> placed, Map<Long, Placed> byClaim, boolean grouped) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, Placed[]> ends = new HashMap<>();
            for (Placed mark : placed) {
                for (StoredClaim claim : mark.claims) {
                    for (long answered : claim.respondsTo()) {
                        Placed target = byClaim.get(answered);
                        if (target == null || target == mark) {
                            continue;
                        }
                        String key = System.identityHashCode(mark) + ">" + System.identityHashCode(target);
                        counts.computeIfAbsent(key, k -> new int[1])[0]++;
                        ends.put(key, new Placed[] {mark, target});
                    }
                }
            }
            List<Link> links = new ArrayList<>();
            counts.forEach((key, count) -> {
                Placed[] pair = ends.get(key);
                double width = grouped ? Math.min(3, 1.25 + Math.log(count[0]) / 2) : 1.5;
                double dx = pair[1].x - pair[0].x;
                double dy = pair[1].y - pair[0].y;
                double length = Math.max(1e-6, Math.hypot(dx, dy));
                double fromGap = pair[0].r * 1.2 + 1;
                double toGap = pair[1].r + 3;
                if (length <= fromGap + toGap) {
                    return;
                }
                links.add(new Link(
                        Svg.n(pair[0].x + dx / length * fromGap),
                        Svg.n(pair[0].y + dy / length * fromGap),
                        Svg.n(pair[1].x - dx / length * toGap),
                        Svg.n(pair[1].y - dy / length * toGap),
                        Svg.n(width)));
            });
            return links;
        }

        /** Gridlines at month, quarter, half-year or year starts, at most about nine of them. */
        private List<Tick> ticks() {
            LocalDate start = LocalDate.ofEpochDay((long) Math.ceil(domainStart));
            LocalDate end = LocalDate.ofEpochDay((long) Math.floor(domainEnd));
            int[] units = {1, 2, 3, 6, 12, 24, 60, 120};
            long months = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
            int unit = units[units.length - 1];
            for (int candidate : units) {
                if (months / candidate <= 8) {
                    unit = candidate;
                    break;
                }
            }
            List<Tick> ticks = new ArrayList<>();
            YearMonth month = YearMonth.from(start);
            if (month.atDay(1).isBefore(start)) {
                month = month.plusMonths(1);
            }
            while (!month.atDay(1).isAfter(end)) {
                int index = month.getYear() * 12 + month.getMonthValue() - 1;
                if (index % unit == 0) {
                    ticks.add(new Tick(
                            Svg.n(x(month.atDay(1))),
                            unit >= 12 ? Integer.toString(month.getYear()) : Formats.month(month)));
                }
                month = month.plusMonths(1);
            }
            return ticks;
        }

        private String laneLabel(ActorRef from, ActorRef to, boolean top) {
            long allegations = laneCounts[top ? 0 : 2];
            long denials = laneCounts[top ? 1 : 3];
            return from.name() + " → " + to.name() + ": " + Formats.count(allegations, "allegation", "allegations")
                    + ", " + Formats.count(denials, "denial", "denials");
        }

        private String description(boolean grouped, int bucketMonths) {
            String unit = bucketMonths == 1 ? "month" : bucketMonths == 3 ? "quarter" : "year";
            return first.name() + "’s allegations and denials above the time axis, " + second.name()
                    + "’s below; circles are allegations, diamonds denials, and a line joins a denial to the"
                    + " allegation it answers."
                    + (grouped ? " Marks group the claims of a " + unit + "; their size shows how many." : "")
                    + (hasUndated ? " Undated claims are at the right end." : "");
        }

        private static int maxRow(List<Placed> placed) {
            return placed.stream().mapToInt(p -> p.row).max().orElse(0);
        }

        private static int rows(List<Placed> placed, boolean top, boolean grouped) {
            if (grouped) {
                return 2;
            }
            return Math.max(
                    1,
                    placed.stream()
                                    .filter(p -> p.top == top)
                                    .mapToInt(p -> p.row)
                                    .max()
                                    .orElse(0)
                            + 1);
        }
    }

    /** A claim's place on the time axis: its day, or the middle of its month. */
    private static LocalDate position(ClaimDate date) {
        return date.precision() == ClaimDate.Precision.DAY
                ? date.day()
                : date.day().withDayOfMonth(15);
    }

    /** Months per group so that a timeline has at most {@value #MAX_BUCKETS} groups per lane and type. */
    private static int bucketMonths(LocalDate from, LocalDate to) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
        return months <= MAX_BUCKETS ? 1 : months <= 3L * MAX_BUCKETS ? 3 : 12;
    }

    private static YearMonth bucketStart(YearMonth month, int bucketMonths) {
        return switch (bucketMonths) {
            case 1 -> month;
            case 3 -> YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
            default -> YearMonth.of(month.getYear(), 1);
        };
    }

    private static String bucketLabel(YearMonth start, int bucketMonths) {
        return switch (bucketMonths) {
            case 1 -> Formats.longMonth(start);
            case 3 -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
            default -> Integer.toString(start.getYear());
        };
    }

    private static String diamond(double x, double y, double r) {
        return Svg.n(x) + "," + Svg.n(y - r) + " " + Svg.n(x + r) + "," + Svg.n(y) + " " + Svg.n(x) + "," + Svg.n(y + r)
                + " " + Svg.n(x - r) + "," + Svg.n(y);
    }

    private static String headline(StoredClaim claim) {
        String claimant = claim.claimant().name();
        if (claim.type() == ClaimType.DENIAL) {
            return claim.accuser() == null
                    ? claimant + " denies"
                    : claimant + " answers " + claim.accuser().name();
        }
        return claimant + " accuses "
                + String.join(", ", claim.accused().stream().map(ActorRef::name).toList());
    }

    /** A mark being placed: one claim, or a group. */
    private static final class Placed {
        final List<StoredClaim> claims;
        final boolean top;
        final ClaimType type;
        /** How many claims the mark stands for: its claims, or a count from totals. */
        long count;

        YearMonth bucket;
        double x;
        double y;
        double r;
        int row;

        Placed(List<StoredClaim> claims, boolean top, ClaimType type) {
            this.claims = claims;
            this.top = top;
            this.type = type;
            this.count = claims.size();
        }
    }
}
