package dev.claimline.api.disputes;

import dev.claimline.api.ApiTestArticles;
import java.util.Map;

/**
 * Invented articles, read by the real extraction engine: a denial that names the allegation it answers in the same
 * article (as the seed article does), two differently worded reports of one statement, and denials published a week
 * after and a week before the allegation they answer.
 */
final class DisputeArticles {
    /** Iran denies supplying drones, answers an earlier US allegation reported in the same article, and hits back. */
    static final String DRONES_TITLE = "Tehran denies sending combat drones to Moscow";

    static final String DRONES_BODY = DRONES_TITLE
            + "\n\nIran has denied supplying Russia with combat drones, state media said, days after the United States"
            + " said Tehran was preparing to ship hundreds of drones to Moscow for the war in Ukraine.\n\n"
            + "\"We have never provided any drones or missiles to Russia for use in this war and we have no plan to do"
            + " so,\" a spokesman for Iran's foreign ministry said in a statement on Wednesday carried by the official"
            + " IRNA news agency.\n\n"
            + "The White House said earlier in October that Iran was sending attack drones to Russia in large numbers"
            + " and had sent trainers to Crimea to help Russian forces fly them.\n\n"
            + "The ministry accused Washington of spreading \"baseless stories\" about arms deals to justify its own"
            + " weapons deliveries to Kyiv.";

    /** One statement of Norway's defence ministry, as a wire service reports it. */
    static final String WIRE_TITLE = "Norway says Russian jets breached its airspace near Svalbard";

    static final String WIRE_BODY = "Norway's defence ministry said on Tuesday that two Russian fighter jets had"
            + " violated Norwegian airspace near Svalbard for several minutes.";

    /** The same statement, as a newspaper reports it. */
    static final String PAPER_TITLE = "Oslo summons Russian envoy over Arctic flight";

    static final String PAPER_BODY = "Russian military aircraft entered Norwegian airspace over the Arctic archipelago"
            + " of Svalbard on Tuesday, Norway's defence ministry said. The ministry summoned the Russian ambassador.";

    /** Russia's answer, a week later, that does not restate the allegation. */
    static final String ANSWER_TITLE = "Moscow says its jets stayed in international airspace";

    static final String ANSWER_BODY = "The Russian embassy in Oslo said on Wednesday that no Russian aircraft had"
            + " entered Norwegian airspace, dismissing the Norwegian accusations as baseless.";

    private DisputeArticles() {}

    static Map<String, Object> drones() {
        return ApiTestArticles.request(DRONES_TITLE, DRONES_BODY, "2022-10-19");
    }

    static Map<String, Object> wire() {
        Map<String, Object> request = ApiTestArticles.request(WIRE_TITLE, WIRE_BODY, "2025-02-05");
        request.put("source", "Example Wire");
        request.put("url", "https://wire.example/norway-russia-jets");
        return request;
    }

    static Map<String, Object> paper() {
        Map<String, Object> request = ApiTestArticles.request(PAPER_TITLE, PAPER_BODY, "2025-02-05");
        request.put("source", "The Daily Example");
        request.put("url", "https://paper.example/oslo-summons-envoy");
        return request;
    }

    /** The answer published {@code publishedAt}, a Thursday: "on Wednesday" is the day before. */
    static Map<String, Object> answer(String publishedAt) {
        return ApiTestArticles.request(ANSWER_TITLE, ANSWER_BODY, publishedAt);
    }

    /**
     * The answer published again on {@code publishedAt} with a line added at its end: another article (the same text
     * would be answered with the stored one), with the same claims.
     */
    static Map<String, Object> answerAgain(String publishedAt) {
        return ApiTestArticles.request(
                ANSWER_TITLE, ANSWER_BODY + "\n\nRepublished on " + publishedAt + ".", publishedAt);
    }
}
