package dev.claimline.extraction.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimline.extraction.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * The benchmark corpus: the module's regression articles ({@code src/test/resources/articles/*.json}), which the
 * {@code bench} profile copies into the benchmarks jar as {@code /articles}. The system property
 * {@value #DIR_PROPERTY} points at another folder of files in the same format instead.
 *
 * <p>Sentences are counted once, with the OpenNLP sentence detector over the bodies, so that both benchmarks convert
 * into sentences per second with the same count.
 */
final class Corpus {
    static final String DIR_PROPERTY = "claimline.bench.articles";

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Article> articles;
    final int sentences;
    final long characters;

    private Corpus(List<Article> articles, int sentences, long characters) {
        this.articles = List.copyOf(articles);
        this.sentences = sentences;
        this.characters = characters;
    }

    /** Loads the corpus and counts its sentences; fails if there is no article. */
    static Corpus load() {
        List<Article> articles = readArticles();
        if (articles.isEmpty()) {
            throw new IllegalStateException("no article found (classpath /articles or -D" + DIR_PROPERTY + ")");
        }
        SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentences());
        int sentences = 0;
        long characters = 0;
        for (Article a : articles) {
            sentences += detector.sentPosDetect(a.body()).length;
            characters += a.body().length();
        }
        return new Corpus(articles, sentences, characters);
    }

    /** One line for the benchmark log: what one invocation covers. */
    String describe() {
        return String.format(
                "corpus: %d articles, %d sentences (OpenNLP sentence detector, bodies), %d characters per invocation",
                articles.size(), sentences, characters);
    }

    private static List<Article> readArticles() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return readDir(Path.of(dir));
        }
        URL url = Corpus.class.getResource("/articles");
        if (url == null) {
            throw new IllegalStateException(
                    "no /articles on the classpath: build with -Pbench, or set -D" + DIR_PROPERTY + "=<folder>");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return readDir(fs.getPath("/articles"));
                }
            }
            return readDir(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Article> readDir(Path dir) {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                out.add(parse(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read articles in " + dir, e);
        }
        return out;
    }

    private static Article parse(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        JsonNode a = root.path("article");
        if (!a.hasNonNull("body") || !a.hasNonNull("publishedAt")) {
            throw new IllegalStateException(file + ": expected {\"article\": {\"body\", \"publishedAt\", ...}}");
        }
        return new Article(
                text(a, "title"),
                a.get("body").asText(),
                LocalDate.parse(a.get("publishedAt").asText()),
                text(a, "url"),
                text(a, "source"),
                text(a, "language"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
