package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.AGENTIVE_PARTICIPLES;
import static dev.claimline.extraction.Grammar.BE;
import static dev.claimline.extraction.Grammar.CLAIM_NOUNS;
import static dev.claimline.extraction.Grammar.COMMUNICATION_VERBS;
import static dev.claimline.extraction.Grammar.IRREGULAR_PARTICIPLES;
import static dev.claimline.extraction.Grammar.MEMBER_NOUNS;
import static dev.claimline.extraction.Grammar.PLACE_MODIFIERS;

import java.util.List;

/**
 * The part an actor named inside a statement plays in it: a place ("talks in Beijing"), the victim of a passive ("Czech
 * institutions had been targeted"), an addressee ("summoned the Turkish ambassador") or the source of a claim ("Greek
 * accusations"). Actors in these roles are not the accused.
 */
final class MentionRoles {
    private final Lexicon lex;

    MentionRoles(Lexicon lex) {
        this.lex = lex;
    }

    boolean isPlace(List<Token> tokens, Mention m, List<Mention> mentions) {
        int p = m.from() - 1;
        while (p >= 0
                && (tokens.get(p).is("the")
                        || !tokens.get(p).isCapitalized()
                                && PLACE_MODIFIERS.contains(tokens.get(p).lower()))) {
            p--;
        }
        if (p >= 0 && lex.placePrepositions.contains(tokens.get(p).lower())) {
            return true;
        }
        // a list whose first member is a place: "in Lithuania, Poland and Sweden"
        if (p >= 0
                && (tokens.get(p).isPunct(',')
                        || tokens.get(p).is("and")
                        || tokens.get(p).is("or"))) {
            for (Mention o : mentions) {
                if (o.to() == p && o != m) {
                    return isPlace(tokens, o, mentions);
                }
            }
        }
        if (m.to() < tokens.size()) {
            Token next = tokens.get(m.to());
            String n = next.lower();
            Lexicon.Phrase official = lex.officialNouns.match(tokens, m.to());
            if (lex.placeNouns.contains(n)
                    && (official == null || official.words().size() == 1)) {
                return true; // "Chinese territory", but not "the Chinese coast guard"
            }
            if (m.to() + 1 < tokens.size()
                    && lex.placeNouns.contains(tokens.get(m.to() + 1).lower())
                    && !next.isCapitalized()
                    && !lex.officialNouns.containsWord(n)) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a passive without agent ("Czech institutions had been targeted"): a victim, not the accused. */
    static boolean isPatient(List<Token> tokens, Mention m, int ct) {
        int k = m.to();
        int limit = Math.min(ct, k + 6);
        for (; k < limit; k++) {
            String w = tokens.get(k).lower();
            if (BE.contains(w)) {
                int v = k + 1;
                while (v < limit + 2
                        && v < tokens.size()
                        && (tokens.get(v).lower().endsWith("ly")
                                || tokens.get(v).is("been")
                                || tokens.get(v).is("also"))) {
                    v++;
                }
                if (v < tokens.size()
                        && AGENTIVE_PARTICIPLES.contains(tokens.get(v).lower())) {
                    return false; // "the Syrian military was involved": a part in the act, not its victim
                }
                if (v < tokens.size()
                        && (tokens.get(v).lower().endsWith("ed")
                                || tokens.get(v).lower().endsWith("en")
                                || IRREGULAR_PARTICIPLES.contains(tokens.get(v).lower()))) {
                    for (int b = v + 1; b < Math.min(tokens.size(), v + 3); b++) {
                        if (tokens.get(b).is("by")) {
                            return true;
                        }
                    }
                    return true;
                }
                return false;
            }
            if (tokens.get(k).isPunct(',')
                    && k + 1 < limit
                    && BE.contains(tokens.get(k + 1).lower())) {
                continue; // "companies supplying Ukraine, were targeted": the subject ends at the comma
            }
            if (tokens.get(k).isPunct(',')
                    || tokens.get(k).is("that")
                    || tokens.get(k).is("and") && k == m.to()) {
                return false;
            }
        }
        return false;
    }

    /** "called NATO Secretary-General X", "summoned the Turkish ambassador": addressed, not accused. */
    boolean addressee(List<Token> tokens, Mention m) {
        int p = m.from() - 1;
        if (p >= 0
                && (tokens.get(p).is("the")
                        || tokens.get(p).is("a")
                        || tokens.get(p).is("an"))) {
            p--;
        }
        if (p >= 0 && COMMUNICATION_VERBS.contains(tokens.get(p).lower())) {
            return true;
        }
        if (m.to() < tokens.size()) {
            String n = tokens.get(m.to()).lower();
            // "NATO Secretary-General", "a NATO ally": a person or a member, not the body
            return MEMBER_NOUNS.contains(n);
        }
        return false;
    }

    boolean accuserPosition(List<Token> tokens, Mention m) {
        // "Greek accusations", "Egypt's claims", "claims by X": the source of the claims, not the accused
        int next = m.to() < tokens.size()
                        && (tokens.get(m.to()).is("'s") || tokens.get(m.to()).is("\u2019s"))
                ? m.to() + 1
                : m.to();
        if (next < tokens.size() && CLAIM_NOUNS.contains(tokens.get(next).lower())) {
            return true;
        }
        return m.from() > 0
                && (tokens.get(m.from() - 1).is("by")
                        || tokens.get(m.from() - 1).is("from"))
                && m.from() > 1
                && CLAIM_NOUNS.contains(tokens.get(m.from() - 2).lower());
    }
}
