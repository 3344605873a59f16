package dev.claimline.api.mapping;

import dev.claimline.api.dto.ArticleRequest;
import dev.claimline.api.error.InvalidRequestException;
import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimType;
import dev.claimline.extraction.Gazetteer;
import dev.claimline.persistence.service.ClaimFilter;
import dev.claimline.persistence.service.DisputeFilter;
import dev.claimline.persistence.service.PageRequest;
import dev.claimline.persistence.service.TimelineCursor;
import dev.claimline.persistence.service.TimelineFilter;
import dev.claimline.persistence.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what clients send into the values the services take, and rejects what cannot be read with an {@link
 * InvalidRequestException} that names the field and the reason.
 */
@ApplicationScoped
public class RequestMapper {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
    private static final int MAX_LANGUAGE_LENGTH = 16;
    /** The same limits as the dashboard's ingest form. */
    private static final int MAX_TITLE = 1_000;

    private static final int MAX_SOURCE = 200;
    private static final int MAX_URL = 2_000;
    /** The earliest publication day taken: anything before is a typo (or a sentinel such as 0001-01-01). */
    static final LocalDate EARLIEST = LocalDate.of(1600, 1, 1);

    private static final String CLAIM_TYPES =
            Arrays.stream(ClaimType.values()).map(Enum::name).collect(Collectors.joining(", "));

    private static final String TOPICS =
            Arrays.stream(Topic.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final Gazetteer gazetteer;
    private final Clock clock;

    @Inject
    public RequestMapper(Gazetteer gazetteer) {
        this(gazetteer, Clock.systemUTC());
    }

    RequestMapper(Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    public Article article(ArticleRequest request) {
        if (request == null) {
            throw new InvalidRequestException(
                    "The request body must be a JSON object with title, body and publishedAt.");
        }
        return new Article(
                required("title", request.title(), MAX_TITLE),
                required("body", request.body(), Integer.MAX_VALUE),
                publishedAt(request.publishedAt()),
                url(text("url", request.url(), MAX_URL)),
                blankToNull(text("source", request.source(), MAX_SOURCE)),
                language(text("language", request.language(), MAX_LANGUAGE_LENGTH)));
    }

    public PageRequest page(String page, String size) {
        int pageNumber = page == null ? 0 : integer("page", page);
        if (pageNumber < 0) {
            throw new InvalidRequestException("page must be 0 or more, not " + pageNumber + ".");
        }
        int pageSize = size == null ? PageRequest.DEFAULT_SIZE : integer("size", size);
        if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            throw new InvalidRequestException(
                    "size must be between 1 and " + PageRequest.MAX_SIZE + ", not " + pageSize + ".");
        }
        // the first row of the page, page × size, is a 32-bit offset in the queries
        int lastPage = Integer.MAX_VALUE / pageSize;
        if (pageNumber > lastPage) {
            throw new InvalidRequestException(
                    "page must be at most " + lastPage + " with size " + pageSize + ", not " + pageNumber + ".");
        }
        return new PageRequest(pageNumber, pageSize);
    }

    /** {@code from} and {@code to} are days ({@code YYYY-MM-DD}) or whole months ({@code YYYY-MM}), both inclusive. */
    public ClaimFilter claimFilter(String country, String type, String from, String to, String topic) {
        LocalDate fromDay = from == null ? null : day("from", from, true);
        LocalDate toDay = to == null ? null : day("to", to, false);
        checkRange(from, fromDay, to, toDay);
        return new ClaimFilter(
                country == null ? null : actor("country", country).code(),
                type == null ? null : claimType(type),
                fromDay,
                toDay,
                topic == null ? null : topic(topic));
    }

    /** A timeline's period: {@code from} and {@code to} are days or whole months, both inclusive, either optional. */
    public TimelineFilter timelineFilter(String from, String to) {
        LocalDate fromDay = from == null ? null : day("from", from, true);
        LocalDate toDay = to == null ? null : day("to", to, false);
        checkRange(from, fromDay, to, toDay);
        return TimelineFilter.period(fromDay, toDay);
    }

    /** How many claims to return at most: {@code defaultLimit} when not given, otherwise 1 to {@code maxLimit}. */
    public int limit(String limit, int defaultLimit, int maxLimit) {
        if (limit == null) {
            return defaultLimit;
        }
        int value = integer("limit", limit);
        if (value < 1 || value > maxLimit) {
            throw new InvalidRequestException("limit must be between 1 and " + maxLimit + ", not " + value + ".");
        }
        return value;
    }

    /** A cursor from a {@code Link} header this service sent, or null when none is given. */
    public TimelineCursor cursor(String cursor) {
        if (cursor == null) {
            return null;
        }
        return TimelineCursor.parse(cursor.strip())
                .orElseThrow(() -> new InvalidRequestException("cursor \"" + abbreviated(cursor)
                        + "\" is not a cursor this service gave; use the address of a Link header's rel=\"next\""
                        + " as it is, or leave cursor out to start from the first claim."));
    }

    /**
     * Disputes with {@code a} and {@code b} (either may be left out) as parties, on {@code topic}, active between
     * {@code from} and {@code to} (days or whole months, inclusive).
     */
    public DisputeFilter disputeFilter(String a, String b, String topic, String from, String to) {
        String first = a == null ? null : actor("a", a).code();
        String second = b == null ? null : actor("b", b).code();
        if (first != null && first.equals(second)) {
            throw new InvalidRequestException("a and b must be two different actors; both are " + first + ".");
        }
        LocalDate fromDay = from == null ? null : day("from", from, true);
        LocalDate toDay = to == null ? null : day("to", to, false);
        checkRange(from, fromDay, to, toDay);
        return new DisputeFilter(first, second, topic == null ? null : topic(topic), fromDay, toDay);
    }

    /** A topic by its code ({@code ARMS_TRANSFERS}, any case, {@code -} or space for {@code _}) or its label. */
    public Topic topic(String value) {
        return Topic.parse(value)
                .orElseThrow(() ->
                        new InvalidRequestException("topic must be one of " + TOPICS + ", not \"" + value + "\"."));
    }

    private static void checkRange(String from, LocalDate fromDay, String to, LocalDate toDay) {
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new InvalidRequestException("from (" + from + ") must not be after to (" + to + ").");
        }
    }

    /** The actor with the code given in the request parameter {@code parameter}. */
    public Actor actor(String parameter, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(parameter + " is required: a country or organisation code such as US.");
        }
        return gazetteer
                .byCode(code.strip())
                .orElseThrow(() -> new InvalidRequestException(
                        parameter + " \"" + code + "\" is not the code of a country or organisation Claimline knows."));
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field + " is required and must not be blank.");
        }
        return text(field, value, maxLength);
    }

    /**
     * {@code value} (null stays null) when it is text this service can store and show: at most {@code maxLength}
     * characters, no control characters other than tab, line feed and carriage return (PostgreSQL cannot store NUL, and
     * the others are invisible garbage from broken feeds), and no unpaired surrogate ({@code "\ud800"} escapes decode to
     * half a character, which is not Unicode text). Rejected rather than cleaned, so that evidence offsets point into
     * exactly the text the client sent.
     */
    private static String text(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidRequestException(
                    field + " must be at most " + maxLength + " characters long, not " + value.length() + ".");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u007f') {
                throw new InvalidRequestException(String.format(
                        Locale.ROOT,
                        "%s contains the control character U+%04X at offset %d; only tab, line feed and carriage"
                                + " return are allowed.",
                        field,
                        (int) c,
                        i));
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidRequestException(String.format(
                        Locale.ROOT,
                        "%s contains an unpaired surrogate (\\u%04x) at offset %d, which is not Unicode text.",
                        field,
                        (int) c,
                        i));
            }
        }
        return value;
    }

    /**
     * A day, or any ISO-8601 date-time (with offset, zone or neither), whose date part is the publication day. It must
     * not lie in the future: tomorrow (UTC) is the latest day taken, which is today somewhere on Earth.
     */
    private LocalDate publishedAt(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("publishedAt is required: a date (YYYY-MM-DD) or an ISO-8601 date-time.");
        }
        String text = value.strip();
        LocalDate day;
        try {
            day = text.contains("T")
                    ? LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(text))
                    : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("publishedAt must be a date (YYYY-MM-DD) or an ISO-8601 date-time such as"
                    + " 2022-09-22T08:30:00Z, not \"" + value + "\".");
        }
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        if (day.isAfter(latest)) {
            throw new InvalidRequestException(
                    "publishedAt must not be in the future: " + day + " is after " + latest + " (tomorrow, UTC).");
        }
        if (day.isBefore(EARLIEST)) {
            throw new InvalidRequestException("publishedAt must be " + EARLIEST + " or later, not " + day + ".");
        }
        return day;
    }

    private static String url(String value) {
        String url = blankToNull(value);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new InvalidRequestException("url must be an absolute http or https URL, not \"" + value + "\".");
    }

    private static String language(String value) {
        String language = blankToNull(value);
        if (language != null
                && (language.length() > MAX_LANGUAGE_LENGTH
                        || !LANGUAGE.matcher(language).matches())) {
            throw new InvalidRequestException(
                    "language must be a language code such as \"en\", not \"" + value + "\".");
        }
        return language;
    }

    private static ClaimType claimType(String value) {
        try {
            return ClaimType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("type must be one of " + CLAIM_TYPES + ", not \"" + value + "\".");
        }
    }

    private static LocalDate day(String parameter, String value, boolean startOfMonth) {
        String text = value.strip();
        try {
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return startOfMonth ? month.atDay(1) : month.atEndOfMonth();
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    parameter + " must be a date (YYYY-MM-DD) or a month (YYYY-MM), not \"" + value + "\".");
        }
    }

    private static int integer(String parameter, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(parameter + " must be a whole number, not \"" + value + "\".");
        }
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
