package dev.claimline.persistence.service;

import dev.claimline.persistence.view.StoredClaim;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * A place in the timeline of a pair, at one claim: timelines are ordered by statement date, undated claims last, then
 * by claim id, so a claim's date and id say where it stands. Pages are read after or before it.
 *
 * <p>Clients get it as an opaque {@link #token()} and give it back; {@link #parse} reads only tokens made here.
 *
 * @param date the claim's statement date, or null for an undated claim
 * @param id the claim's id; a place just before claim {@code n} has id {@code n - 1}
 */
public record TimelineCursor(LocalDate date, long id) {
    private static final int MAX_TOKEN_LENGTH = 64;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public TimelineCursor {
        if (id < 0) {
            throw new IllegalArgumentException("claim ids are not negative: " + id);
        }
    }

    /** The place just before {@code claim}: reading after it starts with the claim. */
    public static TimelineCursor justBefore(StoredClaim claim) {
        return new TimelineCursor(claim.date() == null ? null : claim.date().day(), claim.id() - 1);
    }

    /** The place of {@code claim} in its pair's timeline. */
    public static TimelineCursor at(StoredClaim claim) {
        return new TimelineCursor(claim.date() == null ? null : claim.date().day(), claim.id());
    }

    public boolean undated() {
        return date == null;
    }

    /** URL-safe text that {@link #parse} reads back: base64url of {@code 2024-05-06/123} or {@code undated/123}. */
    public String token() {
        String plain = (date == null ? "undated" : date.toString()) + "/" + id;
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a {@link #token()} was made from, or empty for any other text. */
    public static Optional<TimelineCursor> parse(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            String plain = new String(DECODER.decode(token), StandardCharsets.US_ASCII);
            int slash = plain.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            String day = plain.substring(0, slash);
            String id = plain.substring(slash + 1);
            if (id.isEmpty() || !id.chars().allMatch(Character::isDigit) || id.length() > 18) {
                return Optional.empty();
            }
            long claimId = Long.parseLong(id);
            return Optional.of(new TimelineCursor(day.equals("undated") ? null : LocalDate.parse(day), claimId));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return (date == null ? "undated" : date.toString()) + "/" + id;
    }
}
