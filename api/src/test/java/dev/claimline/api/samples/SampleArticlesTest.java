package dev.claimline.api.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.Article;
import dev.claimline.persistence.service.ArticleQueryService;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SampleArticlesTest {
    @Inject
    SampleArticles samples;

    @Inject
    ArticleQueryService articles;

    @Inject
    EntityManager entityManager;

    @Test
    void everyIndexedSampleIsAValidArticle() {
        List<String> names = samples.names();

        assertThat(names).isNotEmpty().allMatch(name -> name.startsWith("sample-") && name.endsWith(".json"));
        for (String name : names) {
            Article article = samples.read(name);
            assertThat(article.title()).as(name).isNotBlank();
            assertThat(article.body()).as(name).hasSizeGreaterThan(200);
        }
    }

    @Test
    void loadsTheSamplesOnlyIntoAnEmptyDatabase() {
        TestDatabase.clear(entityManager);

        assertThat(samples.loadIfEmpty()).isEqualTo(samples.names().size());
        assertThat(articles.count()).isEqualTo(samples.names().size());
        assertThat(samples.loadIfEmpty())
                .as("not again once there are articles")
                .isZero();
        assertThat(articles.count()).isEqualTo(samples.names().size());

        TestDatabase.clear(entityManager);
    }
}
