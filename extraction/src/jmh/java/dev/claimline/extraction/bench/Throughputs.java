package dev.claimline.extraction.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary results: JMH divides these counters by the measured time, so next to ops/s (one op = the whole corpus) the
 * results show {@code articles} and {@code sentences} per second directly.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Throughputs {
    public long articles;
    public long sentences;

    @Setup(Level.Iteration)
    public void reset() {
        articles = 0;
        sentences = 0;
    }

    void add(Corpus corpus) {
        articles += corpus.articles.size();
        sentences += corpus.sentences;
    }
}
