package dev.claimline.extraction.bench;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Retained heap of a loaded extractor (gazetteer and lexicons), measured as used heap after full collections before
 * and after {@link ClaimExtractor#create()}, then after one pass over the corpus (anything loaded lazily), and for
 * scale the three OpenNLP English models. Target: the extractor under 150 MB.
 *
 * <pre>java -cp extraction/target/claimline-extraction-benchmarks.jar dev.claimline.extraction.bench.HeapFootprint</pre>
 */
public final class HeapFootprint {
    private static final double MB = 1024.0 * 1024.0;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapFootprint() {}

    public static void main(String[] args) {
        Corpus corpus = Corpus.load();
        long base = usedAfterGc();

        ClaimExtractor extractor = ClaimExtractor.create();
        long created = usedAfterGc();

        int claims = 0;
        for (Article a : corpus.articles) {
            claims += extractor.extract(a).claims().size();
        }
        long used = usedAfterGc();

        SentenceModel sentences = OpenNlpModels.sentences();
        TokenizerModel tokens = OpenNlpModels.tokens();
        POSModel pos = OpenNlpModels.pos();
        long models = usedAfterGc();

        System.out.printf("baseline used heap (corpus loaded):                %8.1f MB%n", base / MB);
        System.out.printf("retained by ClaimExtractor.create():              %8.1f MB%n", (created - base) / MB);
        System.out.printf(
                "retained after extracting the corpus once:        %8.1f MB (%d claims)%n", (used - base) / MB, claims);
        System.out.printf("OpenNLP sentence+token+POS models, for scale:     %8.1f MB%n", (models - used) / MB);
        System.out.printf("target: extractor under 150 MB -> %s%n", (used - base) / MB < 150 ? "met" : "NOT met");
        Reference.reachabilityFence(extractor);
        Reference.reachabilityFence(corpus);
        Reference.reachabilityFence(sentences);
        Reference.reachabilityFence(tokens);
        Reference.reachabilityFence(pos);
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
