package dev.claimline.dashboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimline.dashboard.access.ApiKeys.Presented;
import dev.claimline.dashboard.access.ApiKeys.Scheme;
import dev.claimline.dashboard.access.ApiKeys.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    private static final String FIRST = "k1-3f9a7c2e5b8d4a6f";
    private static final String SECOND = "k2-0e1d2c3b4a596877";

    @Test
    void noKeysMeansOpen() {
        for (String configured : new String[] {"", " ", ",, ,", null}) {
            ApiKeys keys = new ApiKeys(configured, false);
            assertThat(keys.enabled()).isFalse();
            assertThat(keys.protectsReads()).isFalse();
            assertThat(keys.check(null)).isEqualTo(Verdict.ACCEPTED);
            assertThat(keys.check("anything")).isEqualTo(Verdict.ACCEPTED);
        }
    }

    @Test
    void everyConfiguredKeyIsAcceptedAndNothingElse() {
        ApiKeys keys = new ApiKeys(" " + FIRST + " ,, " + SECOND + ",", false);

        assertThat(keys.enabled()).isTrue();
        assertThat(keys.check(FIRST)).isEqualTo(Verdict.ACCEPTED);
        assertThat(keys.check(SECOND)).isEqualTo(Verdict.ACCEPTED);
        assertThat(keys.check(null)).isEqualTo(Verdict.MISSING);
        assertThat(keys.check("  ")).isEqualTo(Verdict.MISSING);
        assertThat(keys.check(FIRST + "x")).isEqualTo(Verdict.WRONG);
        assertThat(keys.check(FIRST.substring(1))).isEqualTo(Verdict.WRONG);
        assertThat(keys.check(FIRST.toUpperCase())).isEqualTo(Verdict.WRONG);
        assertThat(keys.check(FIRST + "," + SECOND)).isEqualTo(Verdict.WRONG);
    }

    @Test
    void readsAreProtectedOnlyWhenAskedAndThenKeysAreNeeded() {
        assertThat(new ApiKeys(FIRST, false).protectsReads()).isFalse();
        assertThat(new ApiKeys(FIRST, true).protectsReads()).isTrue();
        assertThatThrownBy(() -> new ApiKeys(" , ", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimline.api-keys.protect-reads is true but claimline.api-keys");
    }

    @Test
    void aKeyAHeaderCannotCarryStopsTheStartWithoutShowingIt() {
        assertThatThrownBy(() -> new ApiKeys(FIRST + ",has space,clé-secrète", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Entry 2 of claimline.api-keys")
                .hasMessageNotContaining("has space")
                .hasMessageNotContaining(FIRST);
    }

    @Test
    void theKeyComesFromTheHeaderABearerTokenOrABasicPassword() {
        assertThat(ApiKeys.presented(" " + FIRST + " ", "Bearer other")).contains(new Presented(FIRST, Scheme.HEADER));
        assertThat(ApiKeys.presented(null, "Bearer " + FIRST)).contains(new Presented(FIRST, Scheme.BEARER));
        assertThat(ApiKeys.presented("", "bearer  " + FIRST)).contains(new Presented(FIRST, Scheme.BEARER));
        assertThat(ApiKeys.presented(null, basic("anyone:" + FIRST))).contains(new Presented(FIRST, Scheme.BASIC));
        assertThat(ApiKeys.presented(null, basic(":" + FIRST + ":x")))
                .contains(new Presented(FIRST + ":x", Scheme.BASIC));

        assertThat(ApiKeys.presented(null, null)).isEmpty();
        assertThat(ApiKeys.presented(null, "Bearer")).isEmpty();
        assertThat(ApiKeys.presented(null, "Bearer   ")).isEmpty();
        assertThat(ApiKeys.presented(null, basic("anyone:"))).isEmpty();
        assertThat(ApiKeys.presented(null, "Basic not-base64!")).isEmpty();
        assertThat(ApiKeys.presented(null, "Digest username=x")).isEmpty();
        assertThat(ApiKeys.presented(null, FIRST)).isEmpty();
    }

    @Test
    void aPresentedKeyNeverShowsInItsText() {
        assertThat(new Presented(FIRST, Scheme.BEARER).toString())
                .doesNotContain(FIRST)
                .contains("BEARER");
    }

    @Test
    void theStartupSaysWhetherWritesAreProtectedWithoutShowingAnyKey() {
        assertThat(announced(new ApiKeys("", false))).singleElement().satisfies(line -> assertThat(line)
                .startsWith("WARN No API keys are configured (claimline.api-keys, CLAIMLINE_API_KEYS):"
                        + " anyone who can reach this service can store articles."));

        String shortKey = "short-key";
        List<String> lines = announced(new ApiKeys(FIRST + "," + SECOND + "," + shortKey + "," + FIRST, true));
        assertThat(lines)
                .containsExactly(
                        "INFO 3 API keys configured: writes need one, reads too"
                                + " (claimline.api-keys.protect-reads)",
                        "WARN 1 of the API keys is shorter than 16 characters and easy to guess; use long random"
                                + " keys, such as the output of `openssl rand -hex 32`");
        assertThat(String.join("\n", lines)).doesNotContain(FIRST, SECOND, shortKey);
        assertThat(announced(new ApiKeys(FIRST, false)))
                .containsExactly("INFO 1 API key configured: writes need one, reads are open to all");
    }

    /** What {@code keys} logs at startup, as level and message. */
    private static List<String> announced(ApiKeys keys) {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName().equals(ApiKeys.class.getName())) {
                    lines.add(record.getLevel() + " " + new SimpleFormatter().formatMessage(record));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            keys.announce(null);
        } finally {
            root.removeHandler(capture);
        }
        return lines;
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
