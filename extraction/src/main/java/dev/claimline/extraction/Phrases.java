package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.AUX;
import static dev.claimline.extraction.Grammar.BACKGROUND_ADVERBS;
import static dev.claimline.extraction.Grammar.BE;
import static dev.claimline.extraction.Grammar.CLAIM_NOUNS;
import static dev.claimline.extraction.Grammar.COMMA_ADVERBIALS;
import static dev.claimline.extraction.Grammar.CONTRAST_WORDS;
import static dev.claimline.extraction.Grammar.MODALS;
import static dev.claimline.extraction.Grammar.NEGATORS;
import static dev.claimline.extraction.Grammar.OPEN_QUESTIONS;
import static dev.claimline.extraction.Grammar.OPEN_QUESTION_STEMS;
import static dev.claimline.extraction.Grammar.PROSPECT_MODALS;
import static dev.claimline.extraction.Grammar.SCENE_OPENERS;
import static dev.claimline.extraction.Grammar.SUBORDINATORS;
import static dev.claimline.extraction.Grammar.TRAILING_WORDS;
import static dev.claimline.extraction.Grammar.opensWith;
import static dev.claimline.extraction.Grammar.startsWithAny;

import java.util.ArrayList;
import java.util.List;

/**
 * Clause and phrase structure over a sentence's tokens: quotations, clause starts and ends, trailing punctuation, time
 * phrases, parenthetical attributions. Pure functions over token indices; half-open ranges {@code [from, to)}.
 */
final class Phrases {
    private Phrases() {}

    static boolean[] quoteMask(List<Token> tokens) {
        boolean[] mask = new boolean[tokens.size()];
        boolean in = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.quote()) {
                char c = t.text().charAt(0);
                in = c == '\u201c' || c == '\u201e' ? true : c == '\u201d' ? false : !in;
                mask[i] = true;
                continue;
            }
            mask[i] = in;
        }
        return mask;
    }

    /** The inside of the quotation opening at token {@code open}: {@code [open+1, close)}, or null. */
    static int[] quoteAt(List<Token> tokens, int open) {
        for (int k = open + 1; k < tokens.size(); k++) {
            if (tokens.get(k).quote()) {
                return new int[] {open + 1, k};
            }
        }
        return tokens.size() > open + 1 ? new int[] {open + 1, tokens.size()} : null;
    }

    /** The inside of the quotation closing at token {@code close}, or null. */
    static int[] quoteEndingAt(List<Token> tokens, int close) {
        for (int k = close - 1; k >= 0; k--) {
            if (tokens.get(k).quote()) {
                return new int[] {k + 1, close};
            }
        }
        return close > 0 ? new int[] {0, close} : null;
    }

    static boolean negated(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = tokens.get(k).lower();
            if (NEGATORS.contains(w)) {
                return true;
            }
            if (!AUX.contains(w) && !w.endsWith("ly") && !w.equals("to")) {
                return false;
            }
        }
        return false;
    }

    static boolean passive(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = tokens.get(k).lower();
            if (BE.contains(w) || w.equals("stands") || w.equals("stood") || w.equals("stand")) {
                return true;
            }
            if (!w.endsWith("ly") && !w.equals("also") && !w.equals("repeatedly") && !w.equals("now")) {
                return false;
            }
        }
        return false;
    }

    /** "…, Ukraine's air force said on Monday, in a wave of attacks that …": what follows only sets the scene. */
    static boolean circumstantialTail(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size()
                && (DateResolver.isTimeWord(tokens.get(k)) || tokens.get(k).is("on"))) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).isPunct(',')) {
            return false;
        }
        k++;
        return k < tokens.size() && SCENE_OPENERS.contains(tokens.get(k).lower());
    }

    static int circumstanceEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size()
                && k < from + 11
                && !tokens.get(k).isPunct(',')
                && !tokens.get(k).is("that")
                && !tokens.get(k).quote()
                && !tokens.get(k).isPunct(';')) {
            k++;
        }
        return k;
    }

    static boolean onlyTimeWords(List<Token> tokens, int from, int to) {
        boolean time = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (DateResolver.isTimeWord(t)) {
                time = true;
            } else if (!t.is("on") && !t.is("in") && !t.is("late") && !t.is("early")) {
                return false;
            }
        }
        return time;
    }

    static int trimTrailing(List<Token> tokens, int from, int to) {
        int e = to;
        while (e > from) {
            Token t = tokens.get(e - 1);
            if (t.isPunct('.')
                    || t.isPunct(',')
                    || t.isPunct(';')
                    || t.isPunct(':')
                    || t.quote()
                    || t.isPunct('\u2014')
                    || TRAILING_WORDS.contains(t.lower())) {
                e--;
            } else if (e - from >= 3
                    && CLAIM_NOUNS.contains(t.lower())
                    && (tokens.get(e - 2).is("an") || tokens.get(e - 2).is("a"))
                    && tokens.get(e - 3).isPunct(',')) {
                e -= 3; // "…, an account" introduces the answer that follows
            } else {
                break;
            }
        }
        return e;
    }

    static int clauseStart(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.quote() || t.is("that") || SUBORDINATORS.contains(t.lower()) && !t.is("and")) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Splits what was said into clauses that can each carry a claim: "…, and that …", "…; …", "… but …", and the
     * sentences of a quotation.
     */
    static List<int[]> clauses(List<Token> tokens, int cf, int ct) {
        List<int[]> out = new ArrayList<>();
        int start = cf;
        for (int k = cf + 3; k < ct - 3; k++) {
            Token t = tokens.get(k);
            boolean split = t.isPunct(';')
                    || t.isPunct('.') && tokens.get(k + 1).isCapitalized()
                    || t.is("and") && tokens.get(k + 1).is("that")
                    || t.is("but") && tokens.get(k - 1).isPunct(',');
            if (split && k - start >= 3) {
                out.add(new int[] {start, trimTrailing(tokens, start, k)});
                start = t.is("and") ? k + 2 : k + 1;
            }
        }
        out.add(new int[] {start, ct});
        return out;
    }

    static int clauseBoundaryAfter(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';')
                    || t.isPunct('.')
                    || CONTRAST_WORDS.contains(t.lower())
                    || t.is("it") && k + 1 < to && tokens.get(k + 1).is("was") && k > from) {
                return k;
            }
        }
        return to;
    }

    /** "quoted X as saying" / "cited X as saying": the phrase X, or null. */
    static int[] quotedAsSaying(List<Token> tokens, int verb) {
        if (verb < 3 || !tokens.get(verb).is("saying") || !tokens.get(verb - 1).is("as")) {
            return null;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - 16); k--) {
            if (tokens.get(k).is("quoted") || tokens.get(k).is("cited")) {
                return k + 1 < verb - 1 ? new int[] {k + 1, verb - 1} : null;
            }
        }
        return null;
    }

    static boolean listAhead(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("and") || tokens.get(k).is("or")) {
                return tokens.get(from).isCapitalized();
            }
        }
        return false;
    }

    /** The index of the comma opening ", who …" / ", which …" left of {@code k}, or -1. */
    static int relativeClauseStart(List<Token> tokens, int k) {
        for (int j = k; j >= Math.max(1, k - 20); j--) {
            if ((tokens.get(j).is("who") || tokens.get(j).is("which"))
                    && tokens.get(j - 1).isPunct(',')) {
                return j - 1;
            }
        }
        return -1;
    }

    /** ", for its part," before a verb: the index of the opening comma, or -1. */
    static int commaAdverbial(List<Token> tokens, int closing) {
        for (int k = closing - 1; k >= Math.max(0, closing - 14); k--) {
            if (tokens.get(k).isPunct(',')) {
                String inner = joinLower(tokens, k + 1, closing);
                if (opensWith(COMMA_ADVERBIALS, inner)
                        || inner.split(" ")[0].endsWith("ing") && !inner.startsWith("during")) {
                    return k;
                }
                return -1;
            }
        }
        return -1;
    }

    static String joinLower(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(k).lower());
        }
        return b.toString();
    }

    static boolean coordinatedWith(List<Token> tokens, Mention a, Mention b) {
        int gap = b.from() - a.to();
        if (gap == 1) {
            Token t = tokens.get(a.to());
            return t.is("and") || t.isPunct(',') || t.is("or");
        }
        return gap == 2
                && tokens.get(a.to()).isPunct(',')
                && tokens.get(a.to() + 1).is("and");
    }

    /**
     * "the partnership would help …", "it was too early to say who was responsible": a prospect or an open question,
     * not an account of anyone's conduct.
     */
    static boolean hypothetical(List<Token> tokens, int cf, int ct) {
        for (int k = cf; k < ct; k++) {
            String w = tokens.get(k).lower();
            if (OPEN_QUESTIONS.contains(w)
                    || startsWithAny(OPEN_QUESTION_STEMS, w)
                    || w.equals("early") && k > cf && tokens.get(k - 1).is("too")
                    || w.equals("who") && k + 1 < ct && tokens.get(k + 1).is("was")) {
                return true;
            }
        }
        for (int k = cf; k < Math.min(ct, cf + 6); k++) {
            String w = tokens.get(k).lower();
            if (PROSPECT_MODALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "We will not allow Belgrade to …": a resolve about the future, not an account of conduct. */
    static boolean modal(List<Token> tokens, int cf, int ct) {
        for (int k = cf; k < ct; k++) {
            String w = tokens.get(k).lower();
            if (MODALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean backgroundAdverb(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            String w = tokens.get(k).lower();
            if (BACKGROUND_ADVERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static String spanText(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
