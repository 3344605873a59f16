package dev.claimline.persistence.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleKeysTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://news.example/world/story, https://news.example/world/story",
        "HTTPS://News.Example/world/story, https://news.example/world/story",
        "https://news.example:443/world/story, https://news.example/world/story",
        "http://news.example:80/world/story, http://news.example/world/story",
        "https://news.example:8443/world/story, https://news.example:8443/world/story",
        "https://news.example/world/story/, https://news.example/world/story",
        "https://news.example/world/story#comments, https://news.example/world/story",
        "https://news.example, https://news.example/",
        "https://news.example/?id=12, https://news.example/?id=12",
        "https://news.example/story?id=12&lang=en#top, https://news.example/story?id=12&lang=en",
        "'  https://news.example/story  ', https://news.example/story",
    })
    void normalisesAddressesThatPointToTheSamePage(String url, String normalised) {
        assertThat(ArticleKeys.normalisedUrl(url)).isEqualTo(normalised);
    }

    @Test
    void keepsWhatMakesAddressesDifferent() {
        assertThat(ArticleKeys.normalisedUrl("https://news.example/Story"))
                .isNotEqualTo(ArticleKeys.normalisedUrl("https://news.example/story"));
        assertThat(ArticleKeys.normalisedUrl("https://news.example/story?id=1"))
                .isNotEqualTo(ArticleKeys.normalisedUrl("https://news.example/story?id=2"));
        assertThat(ArticleKeys.normalisedUrl("http://news.example/story"))
                .isNotEqualTo(ArticleKeys.normalisedUrl("https://news.example/story"));
        assertThat(ArticleKeys.normalisedUrl(null)).isNull();
        assertThat(ArticleKeys.normalisedUrl("  ")).isNull();
    }

    @Test
    void theSameTextCopiedDifferentlyHasOneKey() {
        String plain = "Seoul says Pyongyang fired missiles.\n\nThe launch came on Monday.";
        ArticleKeys original = ArticleKeys.of("Seoul: missiles fired", plain, null);

        assertThat(ArticleKeys.of(
                        "  SEOUL:  missiles   fired ",
                        "seoul says pyongyang fired missiles. the launch came on" + " monday.",
                        null))
                .isEqualTo(original);
        assertThat(ArticleKeys.of(
                        "Seoul: missiles fired",
                        "<p>Seoul says <b>Pyongyang</b> fired missiles.</p><p>The launch came&nbsp;on Monday.</p>",
                        null))
                .isEqualTo(original);
        // composed and decomposed accents are one text
        assertThat(ArticleKeys.of("Caf\u00e9", "Text.", null)).isEqualTo(ArticleKeys.of("Cafe\u0301", "Text.", null));
    }

    @Test
    void anyChangeOfWordsOrTitleIsAnotherText() {
        ArticleKeys original = ArticleKeys.of("Seoul: missiles fired", "Pyongyang fired two missiles.", null);

        assertThat(ArticleKeys.of("Seoul: missiles fired", "Pyongyang fired three missiles.", null)
                        .contentHash())
                .isNotEqualTo(original.contentHash());
        assertThat(ArticleKeys.of("Seoul: rockets fired", "Pyongyang fired two missiles.", null)
                        .contentHash())
                .isNotEqualTo(original.contentHash());
        // the title and the text are kept apart: moving words from one to the other is another article
        assertThat(ArticleKeys.of("Seoul:", "missiles fired Pyongyang fired two missiles.", null)
                        .contentHash())
                .isNotEqualTo(original.contentHash());
    }

    @Test
    void keysAreHashesOfFixedLength() {
        ArticleKeys keys = ArticleKeys.of("T", "B", "https://news.example/" + "a".repeat(5_000));

        assertThat(keys.urlHash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(keys.contentHash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(ArticleKeys.of("T", "B", null).urlHash()).isNull();
    }
}
