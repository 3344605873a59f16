package dev.claimline.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries the security headers, the dashboard's strict Content-Security-Policy included, and the pages hold
 * nothing inline that the policy would block; Swagger UI gets a policy of its own. With no keys configured (the default)
 * nothing asks for one, and the OpenAPI document declares how to send one.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SecurityHeadersTest {
    private static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final List<String> PAGES =
            List.of("/", "/dyads/KP/US", "/countries/KP", "/articles/1", "/ingest", "/no-such-page");

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void oneArticle() {
        TestDatabase.clear(entityManager);
        ApiTestArticles.script(claimSource);
        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .post("/api/articles")
                .then()
                .statusCode(201);
    }

    @Test
    void everyAnswerCarriesTheHeaders() {
        Map<String, Integer> answers = new java.util.LinkedHashMap<>();
        answers.put("/", 200);
        answers.put("/dyads/KP/US", 200);
        answers.put("/ingest", 200);
        answers.put("/no-such-page", 404);
        answers.put("/api/articles", 200);
        answers.put("/api/claims?type=rumour", 400);
        answers.put("/api/articles/999999", 404);
        answers.put("/api/export/claims.csv", 200);
        answers.put("/claimline.css", 200);
        answers.put("/js/live.js", 200);
        answers.put("/favicon.svg", 200);
        answers.put("/q/health/ready", 200);
        answers.put("/q/openapi", 200);
        answers.forEach((path, status) -> {
            Response answer = given().accept("text/html, */*").get(path);
            answer.then().statusCode(status);
            assertThat(answer.getHeader("Content-Security-Policy")).as(path).isEqualTo(STRICT_POLICY);
            assertCommonHeaders(answer, path);
        });
        Response post = given().contentType(ContentType.JSON).body("{").post("/api/articles");
        post.then().statusCode(400);
        assertThat(post.getHeader("Content-Security-Policy")).isEqualTo(STRICT_POLICY);
        assertCommonHeaders(post, "POST /api/articles");
    }

    @Test
    void swaggerUiHasItsOwnPolicyForItsInlineStartScript() {
        Response answer = given().get("/q/swagger-ui/");
        answer.then().statusCode(200);
        String policy = answer.getHeader("Content-Security-Policy");
        assertThat(policy)
                .contains("script-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval", "*");
        assertCommonHeaders(answer, "/q/swagger-ui/");
    }

    @Test
    void pagesHoldNothingInlineThatThePolicyBlocks() {
        for (String path : PAGES) {
            Document page =
                    Jsoup.parse(given().accept(ContentType.HTML).get(path).asString());
            assertThat(page.select("script")).as(path).allSatisfy(script -> {
                assertThat(script.attr("src"))
                        .as("%s: scripts come from files", path)
                        .startsWith("/");
                assertThat(script.data()).isBlank();
            });
            assertThat(page.select("style")).as("%s: no style element", path).isEmpty();
            assertThat(page.select("link[rel=stylesheet]"))
                    .allSatisfy(link -> assertThat(link.attr("href")).startsWith("/"));
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey())
                            .as("%s: <%s> has no inline style or event handler", path, element.tagName())
                            .isNotEqualTo("style")
                            .doesNotStartWith("on");
                    assertThat(attribute.getValue())
                            .as("%s: no javascript: address", path)
                            .doesNotStartWithIgnoringCase("javascript:");
                }
            }
        }
    }

    @Test
    void theOpenApiDocumentDeclaresBothWaysToSendAKey() {
        JsonPath openApi = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(openApi.getMap("components.securitySchemes.apiKey"))
                .containsEntry("type", "apiKey")
                .containsEntry("in", "header")
                .containsEntry("name", "X-Api-Key");
        assertThat(openApi.getMap("components.securitySchemes.bearer"))
                .containsEntry("type", "http")
                .containsEntry("scheme", "bearer");

        for (String write : List.of("paths.'/api/articles'.post", "paths.'/api/extract'.post")) {
            assertThat(openApi.getList(write + ".security"))
                    .as(write + " needs a key")
                    .containsExactly(Map.of("apiKey", List.of()), Map.of("bearer", List.of()));
            assertThat(openApi.getMap(write + ".responses")).containsKeys("401", "403");
        }
        assertThat(openApi.getList("paths.'/api/articles'.get.security"))
                .as("reads may send one")
                .containsExactly(Map.of(), Map.of("apiKey", List.of()), Map.of("bearer", List.of()));
    }

    @Test
    void withoutKeysNothingAsksForOne() {
        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.pipeline())
                .post("/api/articles")
                .then()
                .statusCode(201);
        assertThat(Jsoup.parse(given().get("/ingest").asString()).selectFirst("#apiKey"))
                .isNull();
    }

    private static void assertCommonHeaders(Response answer, String what) {
        assertThat(answer.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(answer.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(answer.getHeader("Referrer-Policy")).as(what).isEqualTo("same-origin");
        assertThat(answer.getHeader("Cross-Origin-Opener-Policy")).as(what).isEqualTo("same-origin");
        assertThat(answer.getHeader("Permissions-Policy")).as(what).contains("camera=()", "geolocation=()");
    }
}
