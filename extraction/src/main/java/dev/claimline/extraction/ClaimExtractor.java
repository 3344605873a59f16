package dev.claimline.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

    /** Extracts the claims of one article. Never throws for odd input; every evidence span lies within the body. */
    public ExtractionResult extract(Article article) {
        SourceText source = SourceText.of(article.body());
        List<Draft> drafts;
        try {
            drafts = finder.find(source.text(), article.title(), article.publishedAt());
        } catch (RuntimeException e) {
            // a defect must not cost the client its article: report it and return what is certain (nothing)
            LOG.errorf(e, "extraction failed for article '%s'", article.title());
            return new ExtractionResult(
                    List.of(), "en", List.of("extraction failed on this text; no claims extracted"));
        }
        linkAccusers(drafts);
        List<Draft> merged = merge(drafts);
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

    /**
     * A denial answers an allegation against the denier made in the same article: prefer one whose claimant is named in
     * or just before the denial's sentence, then the latest one before it, then the first one after it.
     */
    private static void linkAccusers(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type != ClaimType.DENIAL || d.accuserExplicit) {
                continue;
            }
            List<Draft> candidates = new ArrayList<>();
            for (Draft a : drafts) {
                if (a.type == ClaimType.ALLEGATION && !a.claimant.equals(d.claimant) && accusesAny(a, d.accused)) {
                    candidates.add(a);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Draft chosen = null;
            for (Draft a : candidates) {
                if (d.nearby.contains(a.claimant.code())) {
                    chosen = a;
                    break;
                }
            }
            if (chosen == null) {
                for (Draft a : candidates) {
                    if (a.sentence <= d.sentence) {
                        chosen = a;
                    }
                }
            }
            if (chosen == null) {
                chosen = candidates.get(0);
            }
            d.accuser = chosen.claimant;
        }
    }

    private static boolean accusesAny(Draft allegation, List<Actor> actors) {
        for (Actor a : actors) {
            if (allegation.accused.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One statement reported several times (headline, lead, quote, caption) is one claim: same type, claimant and
     * accused, the same accuser for denials where both know it, and dates that agree or are unknown.
     */
    private static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = null;
            for (Draft o : out) {
                if (sameStatement(o, d)) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(d);
                continue;
            }
            // keep the better-attested report; keep the most specific date any report gives
            ClaimDate date = betterDate(same, d);
            boolean explicit = same.dateExplicit || d.dateExplicit;
            Actor accuser = same.accuser != null ? same.accuser : d.accuser;
            boolean accuserExplicit = same.accuserExplicit || d.accuserExplicit;
            if (d.confidence > same.confidence) {
                out.set(out.indexOf(same), d);
                same = d;
            }
            same.date = date;
            same.dateExplicit = explicit;
            same.accuser = accuser;
            same.accuserExplicit = accuserExplicit;
            same.confidence = Math.min(0.99, Math.max(same.confidence, d.confidence) + 0.03);
        }
        return out;
    }

    private static boolean sameStatement(Draft a, Draft b) {
        if (a.type != b.type || !a.claimant.equals(b.claimant)) {
            return false;
        }
        Set<Actor> x = new LinkedHashSet<>(a.accused);
        Set<Actor> y = new LinkedHashSet<>(b.accused);
        if (!x.equals(y)) {
            return false;
        }
        if (a.type == ClaimType.DENIAL && a.accuser != null && b.accuser != null && !a.accuser.equals(b.accuser)) {
            return false;
        }
        if ((a.background || b.background) && !(a.date != null && a.date.equals(b.date))) {
            return false;
        }
        if (a.date == null || b.date == null) {
            return true;
        }
        if (a.dateExplicit && b.dateExplicit) {
            return a.date.equals(b.date); // two dates the article gives: two statements
        }
        if (a.date.precision() == ClaimDate.Precision.DAY && b.date.precision() == ClaimDate.Precision.DAY) {
            // a date inferred for one report may be a day off the date another report gives
            return Math.abs(a.date.day().toEpochDay() - b.date.day().toEpochDay()) <= 1;
        }
        if (a.date.precision() != b.date.precision()) {
            ClaimDate month = a.date.precision() == ClaimDate.Precision.MONTH ? a.date : b.date;
            ClaimDate day = month == a.date ? b.date : a.date;
            return month.day().getYear() == day.day().getYear()
                    && month.day().getMonth() == day.day().getMonth();
        }
        return Objects.equals(a.date, b.date);
    }

    private static ClaimDate betterDate(Draft a, Draft b) {
        if (a.date == null) {
            return b.date;
        }
        if (b.date == null) {
            return a.date;
        }
        if (a.dateExplicit != b.dateExplicit) {
            return a.dateExplicit ? a.date : b.date;
        }
        return a.date.precision() == ClaimDate.Precision.DAY ? a.date : b.date;
    }
}
