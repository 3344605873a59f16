package dev.claimline.api;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;

import dev.claimline.persistence.testing.ScriptedClaimSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two invented articles with the claims a perfect extractor would find in them, for tests that need claims in the
 * database. Scripting them makes the application's claim source return exactly these claims for these titles.
 */
public final class ApiTestArticles {
    public static final String ROCKETS_TITLE = "Washington says Pyongyang ships rockets to Moscow";
    public static final String ROCKETS_BODY =
            "The United States said on Monday that North Korea was secretly shipping artillery rockets to Russia by rail.\n"
                    + "\"We have clear evidence of these deliveries,\" State Department spokesperson Dana Whitfield"
                    + " told reporters.\n"
                    + "North Korea's foreign ministry dismissed the report on Wednesday as a groundless fabrication.\n"
                    + "Analysts in Seoul said the claims were hard to verify.";
    public static final String ROCKETS_PUBLISHED = "2023-11-16";
    public static final String ROCKETS_ALLEGATION = "North Korea was secretly shipping artillery rockets to Russia";
    public static final String ROCKETS_DENIAL = "dismissed the report on Wednesday as a groundless fabrication";

    public static final String PIPELINE_TITLE = "Moscow rejects pipeline sabotage charge";
    public static final String PIPELINE_BODY = "Russia rejected Western accusations of sabotage in October.\n"
            + "In Washington, officials have long said Moscow was behind the damage to the pipeline.";
    public static final String PIPELINE_PUBLISHED = "2023-12-01";
    public static final String PIPELINE_DENIAL = "rejected Western accusations of sabotage";
    public static final String PIPELINE_ALLEGATION = "Moscow was behind the damage to the pipeline";

    private ApiTestArticles() {}

    /** Scripts the claims of both articles into {@code claimSource}. */
    public static void script(ScriptedClaimSource claimSource) {
        claimSource.script(
                ROCKETS_TITLE,
                List.of(
                        allegation(
                                ROCKETS_BODY, ROCKETS_ALLEGATION, "US", "The United States", "2023-11-13", "KP", "RU"),
                        denial(
                                ROCKETS_BODY,
                                ROCKETS_DENIAL,
                                "KP",
                                "North Korea's foreign ministry",
                                "2023-11-15",
                                "US",
                                "KP")));
        claimSource.script(
                PIPELINE_TITLE,
                List.of(
                        denial(PIPELINE_BODY, PIPELINE_DENIAL, "RU", "Russia", "2023-10", "US", "RU"),
                        allegation(PIPELINE_BODY, PIPELINE_ALLEGATION, "US", "officials", null, "RU")));
    }

    public static Map<String, Object> rockets() {
        return request(ROCKETS_TITLE, ROCKETS_BODY, ROCKETS_PUBLISHED);
    }

    public static Map<String, Object> pipeline() {
        return request(PIPELINE_TITLE, PIPELINE_BODY, PIPELINE_PUBLISHED);
    }

    /** A request body for {@code POST /api/articles} or {@code /api/extract}; add optional fields as needed. */
    public static Map<String, Object> request(String title, String body, String publishedAt) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", title);
        request.put("body", body);
        request.put("publishedAt", publishedAt);
        return request;
    }
}
