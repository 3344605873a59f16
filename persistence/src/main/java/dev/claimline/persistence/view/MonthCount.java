package dev.claimline.persistence.view;

import java.time.YearMonth;
import java.util.Objects;

/** The allegations and denials of one month, by the month of their statement. */
public record MonthCount(YearMonth month, long allegations, long denials) {
    public MonthCount {
        Objects.requireNonNull(month, "month");
    }

    public long total() {
        return allegations + denials;
    }
}
