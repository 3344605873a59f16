package dev.claimline.api.export;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both exports parse with ordinary readers, hold every claim of /api/claims and take its filters. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ExportResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AWKWARD_TITLE = "Quotes, commas and line breaks";
    private static final String AWKWARD_BODY = "Lima said the neighbour had \"deliberately\" detained three sailors,"
            + " two engineers and a cook\non Friday. Quito denied it.";
    private static final String AWKWARD_EVIDENCE =
            "the neighbour had \"deliberately\" detained three sailors, two engineers and a cook\non Friday";

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void storeArticles() {
        TestDatabase.clear(entityManager);
        ApiTestArticles.script(claimSource);
        claimSource.script(
                AWKWARD_TITLE,
                List.of(
                        allegation(AWKWARD_BODY, AWKWARD_EVIDENCE, "PE", "Lima, \"officially\"", "2024-05-03", "EC"),
                        denial(AWKWARD_BODY, "denied it", "EC", "Quito", "2024-05-03", "PE", "EC")));
        post(ApiTestArticles.rockets());
        post(ApiTestArticles.pipeline());
        post(ApiTestArticles.request(AWKWARD_TITLE, AWKWARD_BODY, "2024-05-04"));
    }

    @Test
    void csvOpensInACsvReaderWithOneRowPerClaim() throws Exception {
        String csv = given().get("/api/export/claims.csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("claims.csv"))
                .extract()
                .asString();

        assertThat(csv).startsWith(String.join(",", ClaimCsv.HEADER) + "\r\n").endsWith("\r\n");
        List<Map<String, String>> rows = read(csv);
        List<Map<String, Object>> listed = given().queryParam("size", 100)
                .get("/api/claims")
                .then()
                .extract()
                .path("items");
        assertThat(rows)
                .extracting(row -> Long.parseLong(row.get("id")))
                .as("every claim once, in the order of /api/claims")
                .containsExactlyElementsOf(listed.stream()
                        .map(c -> ((Number) c.get("id")).longValue())
                        .toList());

        Map<String, String> awkward = rows.stream()
                .filter(row -> row.get("claimant").equals("PE"))
                .findFirst()
                .orElseThrow();
        assertThat(awkward.get("evidence")).isEqualTo(AWKWARD_EVIDENCE);
        assertThat(awkward.get("claimant_mention")).isEqualTo("Lima, \"officially\"");
        assertThat(awkward.get("topic")).isEqualTo("DETENTION");
        assertThat(awkward.get("cameo")).isEqualTo("112");
        assertThat(awkward.get("plover")).isEqualTo("ACCUSE");
        assertThat(awkward.get("plover_context")).isEqualTo("legal");
        assertThat(awkward.get("mention_count")).isEqualTo("1");
        assertThat(awkward.get("date")).isEqualTo("2024-05-03");

        Map<String, String> rocketsAllegation = rows.stream()
                .filter(row -> row.get("evidence").equals(ApiTestArticles.ROCKETS_ALLEGATION))
                .findFirst()
                .orElseThrow();
        Map<String, String> rocketsDenial = rows.stream()
                .filter(row -> row.get("evidence").equals(ApiTestArticles.ROCKETS_DENIAL))
                .findFirst()
                .orElseThrow();
        assertThat(rocketsAllegation.get("accused")).isEqualTo("KP;RU");
        assertThat(rocketsAllegation.get("answered_by")).isEqualTo(rocketsDenial.get("id"));
        assertThat(rocketsDenial.get("responds_to")).isEqualTo(rocketsAllegation.get("id"));
        assertThat(rocketsDenial.get("accuser")).isEqualTo("US");
        assertThat(rocketsDenial.get("cameo")).isEqualTo("016");
    }

    @Test
    void jsonLinesAreTheClaimsOfTheApiOneALine() throws Exception {
        String jsonl = given().get("/api/export/claims.jsonl")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/jsonl"))
                .extract()
                .asString();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : jsonl.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(jsonl).endsWith("\n");
        JsonNode listed = JSON.readTree(
                        given().queryParam("size", 100).get("/api/claims").asString())
                .get("items");
        assertThat(lines).hasSize(6).isEqualTo(toList(listed));
        assertThat(lines)
                .allSatisfy(line -> assertThat(line.has("mentionCount")).isTrue());
    }

    @Test
    void exportsTakeTheFiltersOfTheClaimList() throws Exception {
        List<Map<String, String>> denials = read(given().queryParam("type", "denial")
                .get("/api/export/claims.csv")
                .asString());
        assertThat(denials).hasSize(3).allSatisfy(row -> assertThat(row.get("type"))
                .isEqualTo("DENIAL"));

        List<Map<String, String>> detentions = read(given().queryParam("topic", "detention")
                .queryParam("country", "EC")
                .get("/api/export/claims.csv")
                .asString());
        assertThat(detentions).singleElement().satisfies(row -> assertThat(row.get("claimant"))
                .isEqualTo("PE"));

        String none = given().queryParam("from", "2030-01")
                .get("/api/export/claims.jsonl")
                .asString();
        assertThat(none).isEmpty();
        assertThat(given().queryParam("from", "2030-01")
                        .get("/api/export/claims.csv")
                        .asString())
                .isEqualTo(String.join(",", ClaimCsv.HEADER) + "\r\n");

        given().queryParam("topic", "weather")
                .get("/api/export/claims.csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("topic must be one of"));
        given().queryParam("to", "2023-13")
                .get("/api/export/claims.jsonl")
                .then()
                .statusCode(400);
    }

    private static List<Map<String, String>> read(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return rows.readAll();
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static void post(Map<String, Object> article) {
        given().contentType(ContentType.JSON)
                .body(article)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);
    }
}
