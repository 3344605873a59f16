package dev.claimline.dashboard.access;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API keys that writes (and, with {@code claimline.api-keys.protect-reads}, reads) must present. Configured as
 * {@value #KEYS_PROPERTY} ({@code CLAIMLINE_API_KEYS}): keys separated by commas, blank entries ignored. With none, the
 * service is open and says so once at startup.
 *
 * <p>Only SHA-256 digests of the keys are kept, and a presented key is hashed and compared with every one of them by
 * {@link MessageDigest#isEqual}, so neither its length nor how much of it matched, nor which key it matched, shows in
 * the time an answer takes. Keys are never logged, not even in part.
 *
 * <p>Used by the API's request filter and by the dashboard's ingest form, so it lives here, below the API module.
 */
@Singleton
public class ApiKeys {
    public static final String KEYS_PROPERTY = "claimline.api-keys";
    public static final String PROTECT_READS_PROPERTY = "claimline.api-keys.protect-reads";
    /** The realm of the {@code WWW-Authenticate} challenges. */
    public static final String REALM = "claimline";
    /** The header a key can be sent in; {@code Authorization: Bearer <key>} is the other way. */
    public static final String HEADER = "X-Api-Key";

    /** Shorter keys are accepted, with a warning: they are easy to guess. */
    static final int SHORTEST_ADVISED = 16;

    /** Whether a request may go on. */
    public enum Verdict {
        /** It carried a configured key, or no keys are configured. */
        ACCEPTED,
        /** It carried no key. */
        MISSING,
        /** It carried a key that is not one of the configured keys. */
        WRONG
    }

    /** How a key was sent. */
    public enum Scheme {
        /** The {@value #HEADER} header. */
        HEADER,
        /** {@code Authorization: Bearer <key>}. */
        BEARER,
        /** {@code Authorization: Basic}, the key as the password: how a browser signs in to read. */
        BASIC
    }

    /** A key as a request presented it. */
    public record Presented(String key, Scheme scheme) {
        /** Says how the key came, never the key, so that no log line or message can carry it by mistake. */
        @Override
        public String toString() {
            return "Presented[" + scheme + "]";
        }
    }

    private final List<byte[]> digests;
    private final boolean protectReads;
    private final int shortKeys;

    @Inject
    ApiKeys(
            @ConfigProperty(name = KEYS_PROPERTY) Optional<String> keys,
            @ConfigProperty(name = PROTECT_READS_PROPERTY, defaultValue = "false") boolean protectReads) {
        this(keys.orElse(""), protectReads);
    }

    /**
     * The keys in {@code configured}, separated by commas.
     *
     * @throws IllegalArgumentException when a key has characters an HTTP header cannot carry, or reads are to be
     *     protected without any key
     */
    public ApiKeys(String configured, boolean protectReads) {
        List<String> keys = parse(configured);
        if (protectReads && keys.isEmpty()) {
            throw new IllegalArgumentException(PROTECT_READS_PROPERTY + " is true but " + KEYS_PROPERTY
                    + " (CLAIMLINE_API_KEYS) holds no key, so nothing could be read: set the keys, or set "
                    + PROTECT_READS_PROPERTY + " to false.");
        }
        this.digests = distinctDigests(keys);
        this.protectReads = protectReads;
        this.shortKeys = (int) keys.stream()
                .distinct()
                .filter(key -> key.length() < SHORTEST_ADVISED)
                .count();
    }

    /** Whether any key is configured: when not, everything is open. */
    public boolean enabled() {
        return !digests.isEmpty();
    }

    /** Whether reads need a key too. */
    public boolean protectsReads() {
        return protectReads && enabled();
    }

    /** Whether {@code key} (null or blank when none was sent) may go on. */
    public Verdict check(String key) {
        if (!enabled()) {
            return Verdict.ACCEPTED;
        }
        if (key == null || key.isBlank()) {
            return Verdict.MISSING;
        }
        byte[] presented = digest(key);
        boolean match = false;
        for (byte[] digest : digests) {
            match |= MessageDigest.isEqual(digest, presented);
        }
        return match ? Verdict.ACCEPTED : Verdict.WRONG;
    }

    /**
     * The key a request presents: the {@value #HEADER} header when it has one, else the token of an {@code
     * Authorization: Bearer} header, else the password of an {@code Authorization: Basic} one; empty when it sent none
     * of these.
     */
    public static Optional<Presented> presented(String apiKeyHeader, String authorization) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return Optional.of(new Presented(apiKeyHeader.strip(), Scheme.HEADER));
        }
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = value.substring(space + 1).strip();
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        if (scheme.equals("bearer")) {
            return Optional.of(new Presented(credentials, Scheme.BEARER));
        }
        if (scheme.equals("basic")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                String password = colon < 0 ? "" : decoded.substring(colon + 1);
                return password.isEmpty() ? Optional.empty() : Optional.of(new Presented(password, Scheme.BASIC));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    void announce(@Observes StartupEvent event) {
        if (!enabled()) {
            Log.warnf(
                    "No API keys are configured (%s, CLAIMLINE_API_KEYS): anyone who can reach this service can store"
                            + " articles. Set keys to require one for every write.",
                    KEYS_PROPERTY);
            return;
        }
        Log.infof(
                "%d API %s configured: writes need one, reads %s",
                digests.size(),
                digests.size() == 1 ? "key" : "keys",
                protectReads ? "too (" + PROTECT_READS_PROPERTY + ")" : "are open to all");
        if (shortKeys > 0) {
            Log.warnf(
                    "%d of the API keys %s shorter than %d characters and easy to guess; use long random keys, such"
                            + " as the output of `openssl rand -hex 32`",
                    shortKeys, shortKeys == 1 ? "is" : "are", SHORTEST_ADVISED);
        }
    }

    private static List<String> parse(String configured) {
        List<String> keys = new ArrayList<>();
        String[] entries = configured == null ? new String[0] : configured.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String key = entries[i].strip();
            if (key.isEmpty()) {
                continue;
            }
            if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                // The key itself is never written out, not even in an error.
                throw new IllegalArgumentException("Entry " + (i + 1) + " of " + KEYS_PROPERTY
                        + " (CLAIMLINE_API_KEYS) has a space or a character that is not printable ASCII; a key is"
                        + " sent in an HTTP header, so use letters, digits and signs only.");
            }
            keys.add(key);
        }
        return keys;
    }

    private static List<byte[]> distinctDigests(List<String> keys) {
        List<byte[]> digests = new ArrayList<>();
        for (String key : keys) {
            byte[] digest = digest(key);
            if (digests.stream().noneMatch(known -> MessageDigest.isEqual(known, digest))) {
                digests.add(digest);
            }
        }
        return List.copyOf(digests);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
