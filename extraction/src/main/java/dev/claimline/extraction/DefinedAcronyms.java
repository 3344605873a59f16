package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.INSTITUTION_HEADS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Part of the article's cast: an acronym the article defines for a body of a state or organisation it names ("the
 * Indian Border Security Force (BSF)", "the Armed Forces of the Philippines (AFP)", "Iran's Islamic Revolutionary
 * Guard Corps (IRGC)") names that actor wherever the article uses it afterwards, as an institution of it. Only bodies
 * whose name ends in an official or institutional noun count, and none that names a company, a party or a group: "the
 * China National Petroleum Corporation (CNPC)" is not a voice of China.
 */
final class DefinedAcronyms {
    /** The longest body name read before the brackets, in tokens. */
    private static final int MAX_NAME = 12;

    private final Lexicon lex;

    DefinedAcronyms(Lexicon lex) {
        this.lex = lex;
    }

    /** Learns the acronyms this sentence defines, into {@code defined} (acronym text to actor). */
    void learn(List<Token> tokens, List<Mention> mentions, Map<String, Actor> defined) {
        for (int k = 1; k + 2 < tokens.size(); k++) {
            if (!tokens.get(k).isPunct('(') || !tokens.get(k + 2).isPunct(')')) {
                continue;
            }
            String acronym = tokens.get(k + 1).text();
            if (!isAcronym(acronym) || mentionAt(mentions, k + 1) != null) {
                continue;
            }
            Actor owner = owner(tokens, mentions, k);
            if (owner != null) {
                defined.putIfAbsent(acronym, owner);
            }
        }
    }

    /** The sentence's mentions with each use of a defined acronym added (the definition itself included). */
    static List<Mention> withDefined(List<Token> tokens, List<Mention> mentions, Map<String, Actor> defined) {
        if (defined.isEmpty()) {
            return mentions;
        }
        List<Mention> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Actor a = defined.get(tokens.get(k).text());
            if (a == null || mentionAt(mentions, k) != null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            int from = k > 0 && tokens.get(k - 1).is("the") ? k - 1 : k;
            out.add(new Mention(from, k + 1, a, Gazetteer.AliasKind.INSTITUTION));
        }
        if (out == null) {
            return mentions;
        }
        out.sort(Comparator.comparingInt(Mention::from));
        return out;
    }

    /**
     * The actor whose body the capitalised name ending before {@code bracket} is: the name must hold a mention of the
     * actor and end in an institutional noun ("Force", "Ministry", "Corps", "Guard"), or be "Forces of the Philippines".
     */
    private Actor owner(List<Token> tokens, List<Mention> mentions, int bracket) {
        int from = bracket;
        while (from > 0 && bracket - from < MAX_NAME) {
            Token t = tokens.get(from - 1);
            boolean nameWord = t.isCapitalized() && t.isWord()
                    || t.is("of")
                    || t.is("for")
                    || t.is("and")
                    || t.is("on")
                    || t.is("'s")
                    || t.text().equals("’s")
                    || t.is("the") && from - 1 > 0 && tokens.get(from - 2).is("of");
            if (!nameWord) {
                break;
            }
            from--;
        }
        if (from == bracket) {
            return null;
        }
        Actor owner = null;
        boolean institution = false;
        for (int k = from; k < bracket; k++) {
            Mention m = mentionAt(mentions, k);
            String w = tokens.get(k).lower();
            if (lex.nonStateNouns.contains(w)) {
                return null;
            }
            if (m != null) {
                if (owner != null && !owner.equals(m.actor())) {
                    return null; // "the Russia-Ukraine Joint Commission": no one's body
                }
                owner = m.actor();
                k = m.to() - 1;
            } else if (INSTITUTION_HEADS.contains(w) || lex.officialNouns.containsWord(w) || isBodyNoun(w)) {
                institution = true;
            }
        }
        return institution ? owner : null;
    }

    private static boolean isBodyNoun(String w) {
        return w.equals("corps") || w.equals("force") || w.equals("forces") || w.equals("guards");
    }

    private static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 8 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    private static Mention mentionAt(List<Mention> mentions, int k) {
        for (Mention m : mentions) {
            if (m.from() <= k && k < m.to()) {
                return m;
            }
        }
        return null;
    }
}
