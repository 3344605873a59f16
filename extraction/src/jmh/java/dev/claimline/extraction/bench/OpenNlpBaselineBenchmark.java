package dev.claimline.extraction.bench;

import dev.claimline.extraction.Article;
import java.util.concurrent.TimeUnit;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The bare OpenNLP cost on the same bodies, for comparison: sentence detection, then tokenization and POS tagging of
 * every sentence. One op covers every article once; the ME classes are not thread-safe, so the state is per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(1)
@Threads(1)
public class OpenNlpBaselineBenchmark {
    private Corpus corpus;
    private SentenceDetectorME sentences;
    private TokenizerME tokenizer;
    private POSTaggerME tagger;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = Corpus.load();
        sentences = new SentenceDetectorME(OpenNlpModels.sentences());
        tokenizer = new TokenizerME(OpenNlpModels.tokens());
        tagger = new POSTaggerME(OpenNlpModels.pos());
        long tokens = 0;
        for (Article a : corpus.articles) {
            for (Span s : sentences.sentPosDetect(a.body())) {
                tokens += tokenizer.tokenize(s.getCoveredText(a.body()).toString()).length;
            }
        }
        System.out.println(corpus.describe() + "; " + tokens + " tokens");
    }

    @Benchmark
    public void sentTokPos(Throughputs counters, Blackhole bh) {
        for (Article a : corpus.articles) {
            String body = a.body();
            for (Span s : sentences.sentPosDetect(body)) {
                String[] tokens = tokenizer.tokenize(s.getCoveredText(body).toString());
                bh.consume(tagger.tag(tokens));
            }
        }
        counters.add(corpus);
    }
}
