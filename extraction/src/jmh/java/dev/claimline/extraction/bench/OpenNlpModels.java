package dev.claimline.extraction.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models of opennlp-models-{sentdetect,tokenizer,pos}-en 1.3.0, loaded by their {@code .bin}
 * resource names (each model jar also has a {@code model.properties} at its root, which clash in one jar).
 */
final class OpenNlpModels {
    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private OpenNlpModels() {}

    static SentenceModel sentences() {
        try (InputStream in = open(SENTENCE)) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TokenizerModel tokens() {
        try (InputStream in = open(TOKENS)) {
            return new TokenizerModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static POSModel pos() {
        try (InputStream in = open(POS)) {
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing OpenNLP model resource " + resource);
        }
        return in;
    }
}
