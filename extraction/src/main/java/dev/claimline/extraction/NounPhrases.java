package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.AUX;
import static dev.claimline.extraction.Grammar.BE;
import static dev.claimline.extraction.Grammar.NP_WORDS;
import static dev.claimline.extraction.Grammar.PRONOUNS;
import static dev.claimline.extraction.Grammar.SUBORDINATORS;
import static dev.claimline.extraction.Grammar.TITLE_NOUNS;
import static dev.claimline.extraction.Phrases.commaAdverbial;
import static dev.claimline.extraction.Phrases.listAhead;
import static dev.claimline.extraction.Phrases.relativeClauseStart;

import java.util.List;

/** Finds speaker phrases: the noun phrase left of a speech verb ("Shushan Stepanyan, spokeswoman for Armenia's defence
 * ministry, said") or right of it ("…," said the ministry). */
final class NounPhrases {
    private final Lexicon lex;

    NounPhrases(Lexicon lex) {
        this.lex = lex;
    }

    /** The speaker phrase left of a verb: {@code [from, to)}; empty when there is none. */
    int[] leftNounPhrase(List<Token> tokens, int verb) {
        int k = verb - 1;
        // adverbials between speaker and verb: "on Thursday", "swiftly", "has", "in a statement", ", for its part,"
        boolean moved = true;
        while (k >= 0 && moved) {
            moved = false;
            Token t = tokens.get(k);
            if (AUX.contains(t.lower()) && !t.is("the") && !t.is("in")
                    || t.lower().endsWith("ly") && !t.isCapitalized()
                    || DateResolver.isTimeWord(t)
                            && !(t.isCapitalized()
                                    && DateResolver.month(t.lower()) == null
                                    && DateResolver.weekday(t.lower()) == null)) {
                k--;
                moved = true;
            } else if (t.is("past")
                    && k >= 2
                    && tokens.get(k - 1).is("the")
                    && tokens.get(k - 2).is("in")) {
                k -= 3; // "has in the past denied"
                moved = true;
            } else if (t.is("on")
                    || t.is("in")
                            && k + 1 < verb
                            && (DateResolver.isTimeWord(tokens.get(k + 1))
                                    || tokens.get(k + 1).is("turn"))) {
                k--;
                moved = true;
            } else if ((t.is("years") || t.is("months") || t.is("decades") || t.is("weeks"))
                    && k > 0
                    && tokens.get(k - 1).is("for")) {
                k -= 2; // "has for years rejected"
                moved = true;
            } else if (t.isPunct(',') && k > 0) {
                int open = commaAdverbial(tokens, k);
                if (open >= 0) {
                    k = open - 1;
                    moved = true;
                }
            }
        }
        if (k > 0 && (tokens.get(k).is("who") || tokens.get(k).is("which"))) {
            // "a foreign ministry spokesman who called …": the speaker is the phrase the relative pronoun follows
            int[] antecedent = leftNounPhraseBefore(tokens, k - 1);
            if (antecedent[0] < antecedent[1]) {
                return antecedent;
            }
        }
        int to = k + 1;
        boolean apposition = false;
        if (k >= 0 && tokens.get(k).isPunct(',')) {
            // "X, spokeswoman for Y's ministry, said"
            apposition = true;
            k--;
            to = k + 1;
        }
        int from = to;
        if (k >= 0 && k == to - 1 && PRONOUNS.contains(tokens.get(k).lower())) {
            return new int[] {k, to}; // "a campaign they blamed on Russia": the pronoun is the whole phrase
        }
        while (k >= 0) {
            Token t = tokens.get(k);
            if (t.isPunct(')') && k >= 2 && tokens.get(k - 2).isPunct('(')) {
                k -= 3; // "Ukraine's Security Service (SBU) said"
                continue;
            }
            if (t.quote() || t.isPunct(';') || t.isPunct(':') || t.isPunct('(') || t.isPunct(')')) {
                break;
            }
            if (t.isPunct(',')) {
                if (apposition && k > 0 && officialBefore(tokens, k)) {
                    // "the foreign policy spokesman, Anders Lindqvist, said"
                    k--;
                    apposition = false;
                    continue;
                }
                if (apposition && k > 0 && tokens.get(k - 1).isCapitalized() && startsWithTitle(tokens, from, to)) {
                    k--;
                    apposition = false;
                    continue;
                }
                if (!apposition && k > 0 && tokens.get(k - 1).isCapitalized() && listAhead(tokens, from, to)) {
                    // "farmers from France, Belgium and Ireland protested": the list belongs to a longer phrase
                    k--;
                    continue;
                }
                break;
            }
            if (t.is("and")
                    && k > 0
                    && tokens.get(k - 1).isCapitalized()
                    && from < to
                    && (tokens.get(from).isCapitalized()
                            || tokens.get(from).is("the")
                                    && from + 1 < to
                                    && tokens.get(from + 1).isCapitalized())) {
                from = k;
                k--;
                continue;
            }
            if (npWord(t) || pluralPossessive(tokens, k)) {
                from = k;
                k--;
                continue;
            }
            if (modifierOfOfficial(tokens, k, from, to)) {
                // "Ethiopia's water ministry", "Iran's nuclear agency": a modifier of the institution
                from = k;
                k--;
                continue;
            }
            if (apposition) {
                // "The Houthis, who control …, say": the speaker stands before the relative clause
                int rel = relativeClauseStart(tokens, k);
                if (rel > 0) {
                    return leftNounPhraseBefore(tokens, rel - 1);
                }
                // "the ISPR, the media wing of Pakistan's armed forces, said": a descriptive apposition names the
                // speaker's state
                int comma = k;
                while (comma >= 0 && comma > k - 12 && !tokens.get(comma).isPunct(',')) {
                    comma--;
                }
                if (comma > 0 && tokens.get(comma).isPunct(',') && containsOfficial(tokens, comma + 1, to)) {
                    return new int[] {comma + 1, to};
                }
                // "Russia, Syria's main ally, also dismissed …": the name before a describing apposition
                if (comma > 0
                        && tokens.get(comma).isPunct(',')
                        && tokens.get(comma - 1).isCapitalized()) {
                    int[] named = leftNounPhraseBefore(tokens, comma - 1);
                    if (named[0] <= comma - 1
                            && (named[0] == 0 || !tokens.get(named[0] - 1).isWord())) {
                        return named;
                    }
                }
                return new int[] {to, to};
            }
            break;
        }
        // a phrase cannot start with a preposition
        while (from < to
                && (tokens.get(from).is("of")
                        || tokens.get(from).is("for")
                        || tokens.get(from).is("at")
                        || tokens.get(from).is("in")
                        || tokens.get(from).is("to")
                        || tokens.get(from).is("and"))) {
            from++;
        }
        if (from < to && apposition && tokens.get(to - 1).isPunct(',')) {
            to--;
        }
        return new int[] {from, to};
    }

    boolean npWord(Token t) {
        if (!t.isWord() && !t.is("'s") && !t.is("\u2019s") && !t.isPunct('-')) {
            return false;
        }
        if (!t.isCapitalized() && !t.text().equals(t.lower())) {
            return true; // "d'Ivoire", "al-Assad": a name with a lower-case particle
        }
        if (t.isCapitalized()) {
            return !SUBORDINATORS.contains(t.lower())
                    || t.is("as") == false && t.text().equals(t.text().toUpperCase());
        }
        String w = t.lower();
        return NP_WORDS.contains(w)
                || PRONOUNS.contains(w)
                || lex.officialNouns.containsWord(w)
                || lex.nonStateNouns.contains(w);
    }

    /** "The minister for overseas territories, Claire Fontaine, said": a title shortly before the comma. */
    private boolean officialBefore(List<Token> tokens, int comma) {
        for (int k = comma - 1; k >= Math.max(0, comma - 6); k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.quote() || lex.speechVerbs.containsWord(t.lower())) {
                return false;
            }
            if (lex.officialNouns.containsWord(t.lower()) && !t.is("state") && !t.is("foreign")) {
                return true;
            }
        }
        return false;
    }

    private boolean modifierOfOfficial(List<Token> tokens, int k, int from, int to) {
        if (from >= to || !containsOfficialWord(tokens, from, to)) {
            return false;
        }
        Token t = tokens.get(k);
        String w = t.lower();
        boolean possessiveBefore =
                k > 0 && (tokens.get(k - 1).is("'s") || tokens.get(k - 1).is("\u2019s"));
        boolean determinerBefore =
                k > 0 && (tokens.get(k - 1).is("the") || tokens.get(k - 1).is("its"));
        return (possessiveBefore || determinerBefore)
                && t.isWord()
                && !t.isCapitalized()
                && (!w.endsWith("ed") || w.contains("-")) // "Mali's military-led government"
                && !w.endsWith("ing")
                && !w.endsWith("ly")
                && !lex.speechVerbs.containsWord(w)
                && !AUX.contains(w)
                && !BE.contains(w);
    }

    /** "the Organisation for the Prohibition of Chemical Weapons' Investigation Team": the apostrophe of a plural. */
    private static boolean pluralPossessive(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return (t.text().equals("'") || t.text().equals("\u2019"))
                && k > 0
                && k + 1 < tokens.size()
                && tokens.get(k - 1).lower().endsWith("s")
                && tokens.get(k - 1).end() == t.start()
                && tokens.get(k + 1).isCapitalized();
    }

    private boolean containsOfficialWord(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.officialNouns.containsWord(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean containsOfficial(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.officialNouns.containsWord(tokens.get(k).lower())
                    && !tokens.get(k).is("state")) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase ending just before {@code end} (exclusive bound {@code end + 1}). */
    private int[] leftNounPhraseBefore(List<Token> tokens, int end) {
        int k = end;
        int from = end + 1;
        while (k >= 0 && npWord(tokens.get(k))) {
            from = k;
            k--;
        }
        return new int[] {from, end + 1};
    }

    private boolean startsWithTitle(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + 3); k++) {
            String w = tokens.get(k).lower();
            if (lex.officialNouns.containsWord(w) || lex.nonStateNouns.contains(w) || TITLE_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The speaker phrase right of a verb or preposition ("said the ministry", "according to Iranian media"). */
    int[] rightNounPhrase(List<Token> tokens, int start) {
        int k = start;
        while (k < tokens.size() && npWord(tokens.get(k)) && !tokens.get(k).is("that")) {
            k++;
        }
        return new int[] {start, k};
    }
}
