package dev.claimline.persistence.view;

import java.time.LocalDate;

/**
 * How much is stored.
 *
 * @param firstStatement the earliest statement date of any claim, or null when none is dated
 * @param lastStatement the latest statement date of any claim, or null when none is dated
 */
public record ActivitySummary(long articles, long claims, LocalDate firstStatement, LocalDate lastStatement) {}
