package dev.claimline.persistence.view;

import java.time.YearMonth;

/**
 * The allegations and denials between two actors in one month, by who made them.
 *
 * @param month the month of their statements, or null for the undated claims
 * @param firstAllegations allegations the first actor made against the second
 * @param firstDenials denials by the first actor of the second's allegations
 */
public record PairMonth(
        YearMonth month, long firstAllegations, long firstDenials, long secondAllegations, long secondDenials) {
    public long total() {
        return firstAllegations + firstDenials + secondAllegations + secondDenials;
    }

    public PairMonth plus(PairMonth other) {
        return new PairMonth(
                month,
                firstAllegations + other.firstAllegations,
                firstDenials + other.firstDenials,
                secondAllegations + other.secondAllegations,
                secondDenials + other.secondDenials);
    }
}
