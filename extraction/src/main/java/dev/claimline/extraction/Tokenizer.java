package dev.claimline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word and punctuation tokens, keeping offsets. Words keep inner hyphens ("Moscow-ally", "MiG-31") and
 * dotted abbreviations ("U.S."); a possessive {@code 's} is a token of its own so that "Russia's" names Russia.
 */
final class Tokenizer {
    private Tokenizer() {}

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '-' || d == '.' || d == '&' || d == ',' || d == ':')
                            && j + 1 < to
                            && Character.isLetterOrDigit(text.charAt(j + 1))
                            && (d != ',' && d != ':' || Character.isDigit(text.charAt(j - 1)))) {
                        // hyphenated words, U.S., AT&T, 1,000 and 9:30
                        if (d == '.' && !isAbbreviationDot(text, i, j, to)) {
                            break;
                        }
                        j++;
                    } else if ((d == '\'' || d == '\u2019') && j + 1 < to && Character.isLetter(text.charAt(j + 1))) {
                        // possessive 's stays apart; don't, O'Brien stay whole
                        if ((text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                                && (j + 2 >= to || !Character.isLetter(text.charAt(j + 2)))) {
                            break;
                        }
                        j++;
                    } else {
                        break;
                    }
                }
                // trailing dot of an abbreviation such as "U.S." or "Mr."
                if (j < to && text.charAt(j) == '.' && isAbbreviation(text.substring(i, j))) {
                    j++;
                }
                out.add(token(text, i, j));
                i = j;
                continue;
            }
            if ((c == '\'' || c == '\u2019')
                    && i + 1 < to
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))
                    && i > from
                    && Character.isLetterOrDigit(text.charAt(i - 1))) {
                out.add(token(text, i, i + 2));
                i += 2;
                continue;
            }
            out.add(token(text, i, i + 1));
            i++;
        }
        return out;
    }

    private static boolean isAbbreviationDot(String text, int start, int dot, int to) {
        // "U.S", "U.N", "e.g": single letters between dots
        return dot - start == 1 || (dot >= 2 && text.charAt(dot - 2) == '.');
    }

    static boolean isAbbreviation(String word) {
        if (word.length() <= 4 && word.indexOf('.') > 0) {
            return true; // U.S, U.N, U.K
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "mr",
                    "mrs",
                    "ms",
                    "dr",
                    "prof",
                    "gen",
                    "lt",
                    "col",
                    "maj",
                    "capt",
                    "sgt",
                    "adm",
                    "st",
                    "sen",
                    "rep",
                    "gov",
                    "pres",
                    "jr",
                    "sr",
                    "no",
                    "vs",
                    "etc",
                    "inc",
                    "ltd",
                    "co",
                    "corp",
                    "jan",
                    "feb",
                    "mar",
                    "apr",
                    "jun",
                    "jul",
                    "aug",
                    "sep",
                    "sept",
                    "oct",
                    "nov",
                    "dec",
                    "mt",
                    "ft",
                    "minn",
                    "calif",
                    "mass",
                    "wash",
                    "fla",
                    "ill",
                    "penn",
                    "conn",
                    "approx",
                    "dept",
                    "est",
                    "govt",
                    "amb",
                    "hon",
                    "rev" -> true;
            default -> word.length() == 1 && Character.isUpperCase(word.charAt(0));
        };
    }

    private static Token token(String text, int start, int end) {
        String t = text.substring(start, end);
        char c = t.charAt(0);
        boolean quote = t.length() == 1 && (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e');
        return new Token(t, t.toLowerCase(Locale.ROOT), start, end, quote);
    }
}
