package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.ADVERBIAL_MARKERS;
import static dev.claimline.extraction.Grammar.BE;
import static dev.claimline.extraction.Grammar.CLAIM_NOUNS;
import static dev.claimline.extraction.Grammar.DEGREE_WORDS;
import static dev.claimline.extraction.Grammar.DETERMINERS;
import static dev.claimline.extraction.Grammar.EVIDENCE_NOUNS;
import static dev.claimline.extraction.Grammar.INDEPENDENT_NOUNS;
import static dev.claimline.extraction.Grammar.JUDGEMENT_STEMS;
import static dev.claimline.extraction.Grammar.LIE_LOCATIVES;
import static dev.claimline.extraction.Grammar.MODALS;
import static dev.claimline.extraction.Grammar.NO_BUT_NOT_DENIAL;
import static dev.claimline.extraction.Grammar.OWN_FORCES;
import static dev.claimline.extraction.Grammar.PREDICATIVE_HEADS;
import static dev.claimline.extraction.Grammar.SELF;
import static dev.claimline.extraction.Grammar.TERRITORY;
import static dev.claimline.extraction.Grammar.WITHHOLDING_VERBS;
import static dev.claimline.extraction.Grammar.startsWithAny;
import static dev.claimline.extraction.Phrases.clauseBoundaryAfter;
import static dev.claimline.extraction.Phrases.coordinatedWith;
import static dev.claimline.extraction.Phrases.modal;

import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Content analysis: what the words of a statement say about whom. Finds denial markers, wrongful acts, references to
 * the speaker itself, claim nouns and their sources, and the actors whose conduct is at issue (see {@link Content}).
 */
final class ContentAnalyser {
    private static final Logger LOG = Logger.getLogger(ContentAnalyser.class);

    private final Lexicon lex;
    private final NounPhrases nounPhrases;
    private final MentionRoles roles;

    ContentAnalyser(Lexicon lex, NounPhrases nounPhrases, MentionRoles roles) {
        this.lex = lex;
        this.nounPhrases = nounPhrases;
        this.roles = roles;
    }

    Content analyseContent(
            List<Token> tokens, List<Mention> mentions, Mention[] at, int cf, int ct, Actor claimant, Frame f) {
        Content c = new Content();
        int withheld = withholding(tokens, cf, ct);
        if (withheld >= 0) {
            // "…, without naming China": the speaker accuses no one, and whoever the words name is not accused
            c.noOneNamed = true;
            ct = withheld;
        }
        if (ct <= cf) {
            return c;
        }
        Token first = tokens.get(cf);
        c.anaphoricSubject =
                DETERMINERS.contains(first.lower()) && !first.is("no") && !first.is("its") && !first.is("their")
                        || first.is("it")
                        || first.is("they")
                        || first.is("he")
                        || first.is("she")
                        || first.lower().equals("such");
        int denialAt = -1;
        for (int k = cf; k < ct; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (SELF.contains(w) || (w.equals("it") || w.equals("its")) && k == cf) {
                c.selfReference = true;
            }
            if (at[k] != null && at[k].actor().equals(claimant)) {
                c.selfReference = true;
            }
            Lexicon.Phrase marker = denialAt < 0 ? lex.denialMarkers.match(tokens, k) : null;
            if (marker != null && (resolve(tokens, cf, k) || verbOfPlace(tokens, marker, k, ct))) {
                marker = null; // "will not engage in", "the border lies on our side"
            }
            if (marker != null
                    && (ADVERBIAL_MARKERS.contains(marker.words().get(0))
                                    && (!marker.words().get(0).equals("never")
                                            || aboutConduct(tokens, at, claimant, cf, k, ct))
                            || predicative(tokens, cf, k)
                            || f.verb.startsWith("call")
                            || f.verb.startsWith("descri")
                            || f.verbType.equals("DENIAL"))) {
                denialAt = k;
                c.denialMarker = true;
            }
            Lexicon.Phrase rejecting = denialAt < 0 && c.selfReference ? lex.speechVerbs.match(tokens, k) : null;
            if (rejecting != null
                    && rejecting.value().equals("DENIAL")
                    && !Phrases.negated(tokens, k)
                    && k + rejecting.words().size() < ct) {
                // said that Cambodia "firmly rejects the fabricated accusation": the speaker's own state rejects
                denialAt = k;
                c.denialMarker = true;
            }
            if (!t.isCapitalized() && lex.isWrongful(w)) {
                c.wrongful = true;
                if (k + 1 < ct
                        && (tokens.get(k + 1).is("no") || tokens.get(k + 1).is("nothing"))
                        && !otherSubjectBefore(mentions, claimant, cf, k)) {
                    c.negatedWrongful = true; // "had supplied no weapons"
                    c.denialMarker = true;
                    if (denialAt < 0) {
                        denialAt = k;
                    }
                }
                for (int b = k - 1; b >= Math.max(cf, k - 3); b--) {
                    String p = tokens.get(b).lower();
                    if ((p.equals("not") || p.equals("n't") || p.equals("never") || p.equals("no"))
                            && !otherSubjectBefore(mentions, claimant, cf, b)
                            && !resolve(tokens, cf, b)) {
                        // "we have never exported" denies; "Iran has not provided explanations" accuses Iran
                        c.negatedWrongful = true;
                        c.denialMarker = true;
                        if (denialAt < 0) {
                            denialAt = b;
                        }
                    }
                }
            }
            if (lex.wrongfulPhrases.match(tokens, k) != null) {
                c.wrongful = true;
            }
            if (CLAIM_NOUNS.contains(w)) {
                c.claimNoun = true;
                accuserOfClaimNoun(c, tokens, mentions, at, k, ct);
            }
        }
        for (int k = cf + 1; k < ct; k++) {
            String w = tokens.get(k).lower();
            String p = tokens.get(k - 1).lower();
            if (EVIDENCE_NOUNS.contains(w) && (p.equals("no") || p.equals("without") || p.equals("any"))) {
                c.noEvidence = true;
                c.evidenceAt = k;
            }
        }
        if (k0IsNegativeSubject(tokens, cf, ct) && wrongfulIn(tokens, cf, ct)) {
            c.denialMarker = true;
            c.negatedWrongful = true;
        }
        boolean incursion = onOwnTerritory(tokens, mentions, claimant, cf, ct) && !modal(tokens, cf, ct);
        if (incursion) {
            c.wrongful = true; // "installed a beacon on Chilean soil", said Chile: an incursion
        }
        // the accused: actors in the words whose conduct is at issue
        boolean objectZone = f.verbType.equals("ALLEGATION") || f.verbType.equals("OTHER") || f.verb.startsWith("hit");
        for (Mention m : mentions) {
            if (m.from() < cf || m.to() > ct) {
                continue;
            }
            if (independentGroup(tokens, m)) {
                c.noOneNamed |= firstActorAfterVerb(tokens, m, cf); // "accused some Australian media outlets of …"
                continue;
            }
            if (objectZone && c.objectMentions.isEmpty() && c.object == null && firstActorAfterVerb(tokens, m, cf)) {
                c.objectMentions.add(m);
                c.object = m.actor();
                // "X and Y": both are objects
                continue;
            }
            if (objectZone
                    && !c.objectMentions.isEmpty()
                    && coordinatedWith(tokens, c.objectMentions.get(c.objectMentions.size() - 1), m)) {
                c.objectMentions.add(m);
                continue;
            }
            if (LOG.isTraceEnabled()) {
                LOG.tracef(
                        "      mention %s place=%s patient=%s addressee=%s victim=%s near=%s",
                        m.actor().code(),
                        roles.isPlace(tokens, m, mentions),
                        roles.isPatient(tokens, m, ct),
                        roles.addressee(tokens, m),
                        victimOfWrongful(tokens, m, cf),
                        wrongfulNear(tokens, m, cf, ct));
            }
            if (roles.isPlace(tokens, m, mentions) || roles.isPatient(tokens, m, ct) || roles.addressee(tokens, m)) {
                continue;
            }
            if (f.verbType.equals("NEUTRAL")
                    && (victimOfWrongful(tokens, m, cf) || !incursion && !wrongfulNear(tokens, m, cf, ct))) {
                continue;
            }
            if (c.claimNoun && roles.accuserPosition(tokens, m)) {
                continue;
            }
            c.agentMentions.add(m);
        }
        if (!c.denialMarker
                && (c.selfReference || ownForcesOnly(tokens, mentions, cf, ct))
                && c.agents(claimant).isEmpty()
                && !modal(tokens, cf, ct)
                && lex.justifications.matchAny(tokens, cf, ct)) {
            // "the Chinese pilot's response had been professional, legitimate and restrained"; not "China will take
            // necessary measures" (a threat about the future), nor "acted lawfully against vessels that illegally
            // intruded" (an account of another state's conduct)
            c.denialMarker = true;
        }
        // an ally defended: "Syria has no chemical weapons", said the Kremlin
        if (c.denialMarker && !c.selfReference && denialAt >= 0) {
            for (Mention m : c.agentMentions) {
                if (m.to() <= denialAt && m.from() <= cf + 1 && !m.actor().equals(claimant)) {
                    c.defended = m.actor();
                    break;
                }
            }
        }
        // a denial with a counter-accusation in a later clause: "…; it was the Greek air force that violated …"
        if (c.denialMarker && denialAt >= 0) {
            List<Mention> before = new ArrayList<>();
            List<Mention> after = new ArrayList<>();
            int boundary = clauseBoundaryAfter(tokens, denialAt, ct);
            for (Mention m : c.agentMentions) {
                (m.from() >= boundary ? after : before).add(m);
            }
            if (boundary < ct && !after.isEmpty() && wrongfulIn(tokens, boundary, ct)) {
                c.counterAgents = new ArrayList<>();
                for (Mention m : after) {
                    if (!m.actor().equals(claimant) && !c.counterAgents.contains(m.actor())) {
                        c.counterAgents.add(m.actor());
                    }
                }
            }
            c.agentMentions.removeAll(after);
            if (c.negatedWrongful || c.selfReference) {
                c.agentMentions.clear();
            }
        }
        return c;
    }

    /** The "without" of "…, without naming China" / "without attributing it to any government", or -1. */
    private static int withholding(List<Token> tokens, int cf, int ct) {
        for (int k = cf; k + 1 < ct; k++) {
            if (tokens.get(k).is("without")
                    && WITHHOLDING_VERBS.contains(tokens.get(k + 1).lower())) {
                return k;
            }
        }
        return -1;
    }

    /** "Australian media outlets", "Russian journalists": people of a country, not its state. */
    private static boolean independentGroup(List<Token> tokens, Mention m) {
        return m.kind() == Gazetteer.AliasKind.DEMONYM
                && m.to() < tokens.size()
                && INDEPENDENT_NOUNS.contains(tokens.get(m.to()).lower());
    }

    /**
     * "would not block", "will never allow": a negation after a modal states an intention about the future; it denies
     * nothing that was done.
     */
    private static boolean resolve(List<Token> tokens, int cf, int negation) {
        return negation > cf
                && (tokens.get(negation).is("not")
                        || tokens.get(negation).is("n't")
                        || tokens.get(negation).is("never"))
                && MODALS.contains(tokens.get(negation - 1).lower());
    }

    /** "lies on Tajik territory", "responsibility lies entirely with": the verb of place, not a falsehood. */
    private static boolean verbOfPlace(List<Token> tokens, Lexicon.Phrase marker, int k, int ct) {
        if (marker.words().size() != 1
                || !(tokens.get(k).is("lies") || tokens.get(k).is("lie"))) {
            return false;
        }
        int n = k + 1;
        while (n < ct && tokens.get(n).lower().endsWith("ly")) {
            n++;
        }
        return n < ct && LIE_LOCATIVES.contains(tokens.get(n).lower());
    }

    /** "undermined the authority of World Trade Organization rules": the object of a wrongful act is its victim. */
    private boolean victimOfWrongful(List<Token> tokens, Mention m, int cf) {
        for (int k = m.from() - 1; k >= Math.max(cf, m.from() - 6); k--) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (w.equals("from")
                    || w.equals("to")
                    || w.equals("by")
                    || w.equals("with")
                    || w.equals("for")
                    || t.isPunct(',')
                    || BE.contains(w)
                    || w.equals("that")
                    || w.equals("and")) {
                return false;
            }
            if (!t.isCapitalized()
                    && lex.isWrongful(w)
                    && !w.endsWith("ing")
                    && !w.equals("behind") // a preposition, not an act
                    && !startsWithAny(JUDGEMENT_STEMS, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a wrongful act or judgement stands in the same stretch of words as the mention. */
    private boolean wrongfulNear(List<Token> tokens, Mention m, int cf, int ct) {
        int from = Math.max(cf, m.from() - 8);
        int to = Math.min(ct, m.to() + 10);
        for (int k = m.from() - 1; k >= from; k--) {
            if (tokens.get(k).isPunct(';')
                    || tokens.get(k).is("until")
                    || tokens.get(k).is("but")) {
                from = k + 1;
                break;
            }
        }
        for (int k = m.to(); k < to; k++) {
            if (tokens.get(k).isPunct(';')
                    || tokens.get(k).is("until")
                    || tokens.get(k).is("but")) {
                to = k;
                break;
            }
        }
        return wrongfulIn(tokens, from, to) || lex.wrongfulPhrases.match(tokens, Math.max(from, 0)) != null;
    }

    /** Whether the words place something on the speaker's own territory ("on Chilean soil", "our airspace"). */
    private static boolean onOwnTerritory(List<Token> tokens, List<Mention> mentions, Actor claimant, int cf, int ct) {
        for (Mention m : mentions) {
            int after = m.to() < ct
                            && (tokens.get(m.to()).is("'s")
                                    || tokens.get(m.to()).is("\u2019s"))
                    ? m.to() + 1
                    : m.to();
            if (m.from() >= cf
                    && after < ct
                    && m.actor().equals(claimant)
                    && TERRITORY.contains(tokens.get(after).lower())) {
                return true;
            }
        }
        for (int k = cf; k + 1 < ct; k++) {
            if (tokens.get(k).is("our") && TERRITORY.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "we have never exported …": a negation about an act, or about the speaker; not "on a scale never seen". */
    private boolean aboutConduct(List<Token> tokens, Mention[] at, Actor claimant, int cf, int k, int ct) {
        for (int j = k + 1; j < Math.min(ct, k + 5); j++) {
            if (!tokens.get(j).isCapitalized() && lex.isWrongful(tokens.get(j).lower())) {
                return true;
            }
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            String w = tokens.get(j).lower();
            if (SELF.contains(w)
                    || w.equals("it")
                    || at[j] != null && at[j].actor().equals(claimant)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the claims were a fabrication", "dismissed as baseless": a rejecting word said of a claim. Not "spread
     * fabricated videos", where it describes what another party did.
     */
    private static boolean predicative(List<Token> tokens, int cf, int k) {
        int p = k - 1;
        while (p >= cf
                && (tokens.get(p).quote()
                        || tokens.get(p).is("a")
                        || tokens.get(p).is("an")
                        || tokens.get(p).is("and")
                        || tokens.get(p).isPunct(',')
                        || DEGREE_WORDS.contains(tokens.get(p).lower()))) {
            p--;
        }
        // "a blatant lie", "a crude fabrication": an adjective or two before the rejecting word
        for (int adjectives = 0;
                adjectives < 2
                        && p >= cf
                        && !tokens.get(p).isCapitalized()
                        && tokens.get(p).isWord()
                        && !BE.contains(tokens.get(p).lower())
                        && !tokens.get(p).is("as");
                adjectives++) {
            int q = p - 1;
            if (q >= cf && (tokens.get(q).is("a") || tokens.get(q).is("an"))) {
                p = q - 1;
                break;
            }
            p = q;
        }
        if (p < cf) {
            return true;
        }
        String w = tokens.get(p).lower();
        return BE.contains(w) || PREDICATIVE_HEADS.contains(w);
    }

    /** "the navy's sailors had acted in a professional manner": the speaker's own forces, no other state named. */
    private static boolean ownForcesOnly(List<Token> tokens, List<Mention> mentions, int cf, int ct) {
        for (Mention m : mentions) {
            if (m.from() >= cf && m.to() <= ct) {
                return false;
            }
        }
        for (int k = cf; k + 1 < ct; k++) {
            if ((tokens.get(k).is("the") || tokens.get(k).is("our"))
                    && OWN_FORCES.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherSubjectBefore(List<Mention> mentions, Actor claimant, int cf, int negation) {
        for (Mention m : mentions) {
            if (m.from() >= cf && m.to() <= negation && !m.actor().equals(claimant)) {
                return true;
            }
        }
        return false;
    }

    private static boolean k0IsNegativeSubject(List<Token> tokens, int cf, int ct) {
        // "no ballistic missile had been launched", "at no point": a negated event is a denial
        Token t = tokens.get(cf);
        return t.is("no")
                && cf + 1 < ct
                && !NO_BUT_NOT_DENIAL.contains(tokens.get(cf + 1).lower());
    }

    private boolean wrongfulIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isCapitalized() && lex.isWrongful(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean firstActorAfterVerb(List<Token> tokens, Mention m, int cf) {
        // the verb's object: the first words after it, allowing an article and "at"/"on"/"for" ("blamed on Russia")
        int k = cf;
        while (k < m.from()
                && (tokens.get(k).is("the")
                        || tokens.get(k).is("at")
                        || tokens.get(k).is("on")
                        || tokens.get(k).is("of")
                        || tokens.get(k).is("to")
                        || tokens.get(k).is("a"))) {
            k++;
        }
        if (k == m.from()) {
            return true;
        }
        // "denounced a long-running campaign they blamed on Russia", "condemned the Russian strike"
        int words = 0;
        for (int j = cf; j < m.from(); j++) {
            if (tokens.get(j).isPunct(',') || tokens.get(j).is("that")) {
                return false;
            }
            words++;
        }
        return words <= 3;
    }

    private void accuserOfClaimNoun(
            Content c, List<Token> tokens, List<Mention> mentions, Mention[] at, int k, int ct) {
        if (c.accuserExplicit) {
            return;
        }
        // "Greek accusations", "the Greek statements", "Tallinn's claims"
        int p = k - 1;
        if (p >= 0 && (tokens.get(p).is("'s") || tokens.get(p).is("\u2019s"))) {
            p--;
            // "the Ukrainian president's accusation", "Cambodian Defence Minister Tea Seiha's claims": the possessor's
            // state
            for (int q = p; q >= 0 && q > p - 6 && at[p] == null && nounPhrases.npWord(tokens.get(q)); q--) {
                if (at[q] != null && !lex.nonStateNouns.contains(tokens.get(p).lower())) {
                    p = q;
                }
            }
        }
        if (p >= 0 && at[p] != null) {
            c.accuser = at[p].actor();
            c.accuserExplicit = true;
            return;
        }
        // "claims by X", "accusations from X", "the assertion, made by X": X may be a non-state voice, then the
        // accuser is unknown on purpose
        int by = k + 1;
        if (by + 1 < ct && tokens.get(by).isPunct(',')) {
            by++;
        }
        if (by + 1 < ct && tokens.get(by).is("made")) {
            by++;
        }
        if (by < ct && (tokens.get(by).is("by") || tokens.get(by).is("from"))) {
            k = by - 1;
            int e = k + 2;
            while (e < ct && nounPhrases.npWord(tokens.get(e)) && !tokens.get(e).is("that")) {
                e++;
            }
            boolean nonState = false;
            Actor found = null;
            for (int j = k + 2; j < e; j++) {
                if (lex.nonStateNouns.contains(tokens.get(j).lower())) {
                    nonState = true;
                }
                if (found == null && at[j] != null) {
                    found = at[j].actor();
                }
            }
            c.accuserExplicit = true;
            c.accuser = nonState ? null : found;
            if (found == null && !nonState) {
                c.accuserExplicit = false;
            }
        }
    }
}
