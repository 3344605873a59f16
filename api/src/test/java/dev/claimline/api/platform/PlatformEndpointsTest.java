package dev.claimline.api.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, the OpenAPI document, Swagger UI and the dashboard are all served by the one application. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PlatformEndpointsTest {
    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections")));
    }

    @Test
    void openApiDocumentDescribesEveryOperation() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Claimline API"))
                .body("paths.'/api/extract'.post.summary", notNullValue())
                .body("paths.'/api/articles'.post.summary", notNullValue())
                .body("paths.'/api/articles'.get.summary", notNullValue())
                .body("paths.'/api/articles/{id}'.get.summary", notNullValue())
                .body("paths.'/api/claims'.get.summary", notNullValue())
                .body("paths.'/api/claims/{id}'.get.summary", notNullValue())
                .body("paths.'/api/dyads'.get.summary", notNullValue())
                .body("paths.'/api/timeline'.get.summary", notNullValue());
    }

    @Test
    void openApiDocumentDeclaresTheProblemsEachOperationCanAnswer() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/articles'.post.responses.keySet()",
                        hasItems("201", "200", "400", "413", "415", "503"))
                .body("paths.'/api/extract'.post.responses.keySet()", hasItems("200", "400", "413", "415", "503"))
                .body(
                        "paths.'/api/articles'.post.responses.'503'.description",
                        containsString("collided with concurrent writes"))
                .body(
                        "paths.'/api/articles'.post.responses.'413'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/ProblemJson"))
                // a read takes no body: no 413 or 415, but 503 while the database is away; its own 400 stays
                .body("paths.'/api/articles'.get.responses.keySet()", hasItems("200", "400", "503"))
                .body("paths.'/api/articles'.get.responses.keySet()", not(hasItems("413")))
                .body("paths.'/api/articles'.get.responses.'400'.description", equalTo("page or size out of range"))
                .body("paths.'/api/dyads'.get.responses.keySet()", hasItems("200", "503"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void browsersGetAnHtmlPageForPagesThatDoNotExist() {
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when()
                .get("/dyads/US")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("There is no page at /dyads/US."));
        given().accept("text/html")
                .when()
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/dyads/US").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void dashboardAndItsStylesheetAreServed() {
        given().when().get("/").then().statusCode(200).body(containsString("<h1>Who accuses whom</h1>"));
        given().when().get("/claimline.css").then().statusCode(200);
    }
}
