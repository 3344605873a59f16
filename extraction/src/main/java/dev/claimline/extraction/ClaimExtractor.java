package dev.claimline.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Finds inter-state allegations and denials in news articles. Thread-safe; create once and share: construction loads
 * the gazetteer and lexicons.
 *
 * <p>The pipeline: the body is reduced to text (HTML through a real parser, offsets kept), split into content
 * paragraphs and sentences (clutter dropped), each sentence that names an actor or continues a speaker's words is
 * searched for reported statements, statements become claims, each denial is linked to the allegation it answers in
 * the article, and repeated reports of one statement are merged.
 */
public final class ClaimExtractor {
    private static final Logger LOG = Logger.getLogger(ClaimExtractor.class);

    /** After the sentences are read: each denial linked to the allegation it answers, then repeats merged. */
    private static final List<DraftStage> ARTICLE_STAGES = List.of(new AccuserLinker(), new DraftMerger());

    private final Gazetteer gazetteer;
    private final ClaimFinder finder;

    private ClaimExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.finder = new ClaimFinder(gazetteer, lexicon);
    }

    /** An extractor over the bundled gazetteer and lexicons. */
    public static ClaimExtractor create() {
        return new ClaimExtractor(Gazetteer.standard(), Lexicon.standard());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Extracts the claims of one article. Never throws for odd input; every evidence span lies within the body. An
     * article marked or detected as not English ({@link LanguageDetector}) gives no claims and a note saying so.
     */
    public ExtractionResult extract(Article article) {
        SourceText source = SourceText.of(article.body());
        Optional<ExtractionResult> notEnglish = LanguageDetector.standard().skipUnlessEnglish(article, source.text());
        if (notEnglish.isPresent()) {
            return notEnglish.get();
        }
        List<Draft> drafts;
        try {
            drafts = finder.find(source.text(), article.title(), article.publishedAt());
        } catch (RuntimeException e) {
            // a defect must not cost the client its article: report it and return what is certain (nothing)
            LOG.errorf(e, "extraction failed for article '%s'", article.title());
            return new ExtractionResult(
                    List.of(), "en", List.of("extraction failed on this text; no claims extracted"));
        }
        List<Draft> merged = drafts;
        for (DraftStage stage : ARTICLE_STAGES) {
            merged = stage.apply(merged);
        }
        List<ExtractedClaim> claims = new ArrayList<>(merged.size());
        for (Draft d : merged) {
            int[] span = source.sourceSpan(d.evidenceFrom, d.evidenceTo);
            Evidence evidence = Evidence.of(article.body(), span[0], span[1]);
            Actor accuser = d.type == ClaimType.DENIAL && !d.claimant.equals(d.accuser) ? d.accuser : null;
            String mention = d.speaker != null ? d.speaker.mention() : d.claimant.name();
            claims.add(new ExtractedClaim(
                    d.type, d.claimant, mention, d.accused, accuser, d.date, evidence, round(d.confidence)));
        }
        claims.sort(Comparator.comparingInt(c -> c.evidence().start()));
        return new ExtractionResult(claims, "en", List.of());
    }

    private static double round(double c) {
        return Math.round(c * 100) / 100.0;
    }
}
