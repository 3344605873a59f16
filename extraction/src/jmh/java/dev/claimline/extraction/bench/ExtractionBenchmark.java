package dev.claimline.extraction.bench;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimExtractor;
import java.util.concurrent.TimeUnit;
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

/** Claim extraction over the whole regression corpus on one thread; one op extracts every article once. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
    private Corpus corpus;
    private ClaimExtractor extractor;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = Corpus.load();
        extractor = ClaimExtractor.create();
        int claims = 0;
        for (Article a : corpus.articles) {
            claims += extractor.extract(a).claims().size();
        }
        System.out.println(corpus.describe() + "; " + claims + " claims extracted");
    }

    @Benchmark
    public void extractCorpus(Throughputs counters, Blackhole bh) {
        for (Article a : corpus.articles) {
            bh.consume(extractor.extract(a));
        }
        counters.add(corpus);
    }
}
