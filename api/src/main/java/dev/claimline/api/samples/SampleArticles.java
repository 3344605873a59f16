package dev.claimline.api.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimline.api.config.SamplesConfig;
import dev.claimline.api.dto.ArticleRequest;
import dev.claimline.api.mapping.RequestMapper;
import dev.claimline.extraction.Article;
import dev.claimline.persistence.service.ArticleQueryService;
import dev.claimline.persistence.service.IngestService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the bundled sample articles into an empty database at startup, so that a first run already shows timelines.
 * The samples are {@code samples/<name>.json} resources listed by name in {@code samples/index.txt}; they go through
 * extraction like any posted article. Off with {@code claimline.samples.enabled=false}.
 */
@ApplicationScoped
public class SampleArticles {
    static final String DIRECTORY = "samples/";
    static final String INDEX = DIRECTORY + "index.txt";

    private final SamplesConfig config;
    private final ArticleQueryService articles;
    private final IngestService ingest;
    private final RequestMapper requests;
    private final ObjectMapper json;

    public SampleArticles(
            SamplesConfig config,
            ArticleQueryService articles,
            IngestService ingest,
            RequestMapper requests,
            ObjectMapper json) {
        this.config = config;
        this.articles = articles;
        this.ingest = ingest;
        this.requests = requests;
        this.json = json;
    }

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            loadIfEmpty();
        }
    }

    /**
     * Loads every sample when the database holds no article; a sample that cannot be loaded is logged and skipped.
     *
     * @return how many samples were loaded
     */
    @ActivateRequestContext
    public int loadIfEmpty() {
        if (articles.count() > 0) {
            Log.debug("The database holds articles already; no samples loaded");
            return 0;
        }
        int loaded = 0;
        for (String name : names()) {
            try {
                ingest.ingest(read(name));
                loaded++;
            } catch (RuntimeException e) {
                Log.errorf(e, "Could not load the sample article %s", name);
            }
        }
        Log.infof("Loaded %d sample articles into the empty database", loaded);
        return loaded;
    }

    /** The file names listed in the index, in order. */
    List<String> names() {
        try (InputStream in = resource(INDEX);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + INDEX, e);
        }
    }

    /** The sample {@code name} as an article, checked like a posted one. */
    Article read(String name) {
        try (InputStream in = resource(DIRECTORY + name)) {
            return requests.article(json.readValue(in, ArticleRequest.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample article " + name, e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The bundled resource " + path + " is missing");
        }
        return in;
    }
}
