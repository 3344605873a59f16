package dev.claimline.api.security;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Articles whose title, source, text and quoted evidence carry script payloads, posted through the API: every page
 * shows the payloads as text, SVG tooltips included, and not one element, attribute or script is injected.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class HostileContentTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    /** A plain-text body: the script payload is text in it. */
    static final String PLAIN_TITLE = "Athens says " + IMAGE + " jets " + SCRIPT + " flew";

    static final String PLAIN_BODY = "Greece's foreign ministry said on Monday that Turkish jets " + SCRIPT
            + " crossed into Greek airspace near Rhodes.\n\nAnkara did not comment.";
    static final String PLAIN_EVIDENCE = "Turkish jets " + SCRIPT + " crossed into Greek airspace";

    /** An image tag makes a body HTML, shown as its text: the tag goes, the rest stays. */
    static final String HTML_TITLE = SCRIPT + " Ankara rejects " + IMAGE;

    static final String HTML_BODY =
            "Turkey's defence ministry said on Tuesday that the report " + IMAGE + " was a fabrication.";
    static final String HTML_EVIDENCE = "the report " + IMAGE + " was a fabrication";

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    private long plainId;
    private long htmlId;

    @BeforeEach
    void hostileArticles() {
        TestDatabase.clear(entityManager);
        claimSource.script(
                PLAIN_TITLE,
                List.of(allegation(PLAIN_BODY, PLAIN_EVIDENCE, "GR", "Greece's foreign ministry", "2025-02-03", "TR")));
        claimSource.script(
                HTML_TITLE,
                List.of(denial(HTML_BODY, HTML_EVIDENCE, "TR", "Turkey's defence ministry", "2025-02-04", "GR", "TR")));
        plainId = post(PLAIN_TITLE, PLAIN_BODY, "2025-02-03", "Wire " + SCRIPT);
        htmlId = post(HTML_TITLE, HTML_BODY, "2025-02-04", "Desk " + IMAGE);
    }

    @Test
    void theOverviewShowsThePayloadsAsText() {
        Document page = safePage("/");
        assertThat(text(page, "#feed"))
                .contains(PLAIN_EVIDENCE, HTML_EVIDENCE, PLAIN_TITLE, HTML_TITLE, "Wire " + SCRIPT, "Desk " + IMAGE);
    }

    @Test
    void thePairPageShowsThemAsTextInTheListAndInTheTimelinesTips() {
        Document page = safePage("/dyads/GR/TR");
        assertThat(text(page, "#claims")).contains(PLAIN_EVIDENCE, HTML_EVIDENCE, PLAIN_TITLE, HTML_TITLE);

        List<Element> marks = page.select("svg.timeline a.tl-mark");
        assertThat(marks).hasSize(2);
        assertThat(marks.stream().map(mark -> mark.selectFirst("title").text()))
                .anySatisfy(title -> assertThat(title).contains(PLAIN_EVIDENCE))
                .anySatisfy(title -> assertThat(title).contains(HTML_EVIDENCE));
        assertThat(marks.stream().map(mark -> mark.select(".tl-tip text").eachText().stream()
                        .collect(Collectors.joining(" "))))
                .anySatisfy(tip -> assertThat(tip).contains(PLAIN_EVIDENCE))
                .anySatisfy(tip -> assertThat(tip).contains(HTML_EVIDENCE));
    }

    @Test
    void theCountryPagesShowThemAsText() {
        assertThat(text(safePage("/countries/GR"), "#claims")).contains(PLAIN_EVIDENCE, HTML_EVIDENCE);
        assertThat(text(safePage("/countries/TR"), "#claims")).contains(PLAIN_EVIDENCE, HTML_EVIDENCE);
    }

    @Test
    void anArticlePageShowsAPlainTextAsTextAndAnHtmlOneWithoutItsTags() {
        Document plain = safePage("/articles/" + plainId);
        assertThat(plain.selectFirst("h1").text()).isEqualTo(PLAIN_TITLE);
        assertThat(text(plain, ".body")).contains("Turkish jets " + SCRIPT + " crossed");
        assertThat(plain.selectFirst(".body mark.ev-allegation").text()).isEqualTo(PLAIN_EVIDENCE);
        assertThat(text(plain, "main")).contains("Wire " + SCRIPT);

        Document html = safePage("/articles/" + htmlId);
        assertThat(html.selectFirst("h1").text()).isEqualTo(HTML_TITLE);
        assertThat(text(html, ".body"))
                .as("the image tag of an HTML body is dropped, its text kept")
                .contains("the report \"> was a fabrication");
        assertThat(text(html, "main")).contains(HTML_EVIDENCE, "Desk " + IMAGE);
    }

    @Test
    void theIngestFormKeepsAPayloadAsText() {
        var form = given().get("/ingest");
        String token =
                Jsoup.parse(form.asString()).selectFirst("input[name=csrf]").val();
        String html = given().cookie("claimline-csrf", form.getCookie("claimline-csrf"))
                .contentType(ContentType.URLENC)
                .formParam("csrf", token)
                .formParam("title", IMAGE)
                .formParam("body", SCRIPT)
                .formParam("publishedAt", IMAGE)
                .formParam("source", SCRIPT)
                .formParam("url", IMAGE)
                .post("/ingest")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        Document page = safe(html, "/ingest");
        assertThat(page.selectFirst("#title").val()).isEqualTo(IMAGE);
        assertThat(page.selectFirst("#body").text()).isEqualTo(SCRIPT);
        assertThat(page.selectFirst("#source").val()).isEqualTo(SCRIPT);
        assertThat(page.selectFirst("#url").val()).isEqualTo(IMAGE);
        assertThat(text(page, "#problems")).contains("“" + IMAGE + "” is not a day");
    }

    @Test
    void theApiReturnsThePayloadsAsTheyWereSent() {
        given().get("/api/articles/" + plainId)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("title", org.hamcrest.Matchers.equalTo(PLAIN_TITLE))
                .body("claims[0].evidence.text", org.hamcrest.Matchers.equalTo(PLAIN_EVIDENCE));
    }

    private long post(String title, String body, String publishedAt, String source) {
        Map<String, Object> request = ApiTestArticles.request(title, body, publishedAt);
        request.put("source", source);
        Number id = given().contentType(ContentType.JSON)
                .body(request)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    /** The page at {@code path}, checked for anything injected. */
    private static Document safePage(String path) {
        return safe(given().get(path).then().statusCode(200).extract().asString(), path);
    }

    /**
     * {@code html} parsed, after checking that it holds no trace of the payloads as markup: the only script is the
     * dashboard's own, no image, no event handler attribute, and the raw text has the payloads escaped.
     */
    private static Document safe(String html, String path) {
        assertThat(html).as(path).doesNotContain(SCRIPT, "<img", "<script>alert");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script"))
                .as("%s: only the dashboard's own script", path)
                .allSatisfy(script -> assertThat(script.attr("src")).isEqualTo("/js/live.js"));
        assertThat(page.select("img")).as(path).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey())
                        .as("%s: an attribute of <%s>", path, element.tagName())
                        .doesNotStartWith("on");
                if (!element.tagName().equals("script")) {
                    assertThat(attribute.getKey()).as(path).isNotEqualTo("src");
                }
            }
        }
        return page;
    }

    private static String text(Document page, String css) {
        Element element = page.selectFirst(css);
        assertThat(element).as(css).isNotNull();
        return element.text();
    }
}
