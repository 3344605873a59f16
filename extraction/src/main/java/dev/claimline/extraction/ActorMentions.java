package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.ANAPHORIC_HEADS;
import static dev.claimline.extraction.Grammar.ANSWER_WORDS;
import static dev.claimline.extraction.Grammar.DOCUMENT_NOUNS;
import static dev.claimline.extraction.Grammar.GEOGRAPHIC_HEADS;
import static dev.claimline.extraction.Phrases.spanText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settles which actor each name in a sentence stands for: drops names that are part of a document's or a place's name,
 * resolves names several actors share, keeps an institution with the state the article gave it, resolves "the agency"
 * to the actor named earlier, and finds the state an article is datelined in.
 */
final class ActorMentions {
    private final ActorMatcher matcher;
    private final Lexicon lex;

    ActorMentions(ActorMatcher matcher, Lexicon lex) {
        this.matcher = matcher;
        this.lex = lex;
    }

    /** "China Sea", "Taiwan Strait", "Gulf of Oman", "Sea of Japan": part of the name of a sea or a strait. */
    private static boolean geographicPart(List<Token> tokens, Mention m) {
        if (m.to() < tokens.size()
                && tokens.get(m.to()).isCapitalized()
                && GEOGRAPHIC_HEADS.contains(tokens.get(m.to()).lower())) {
            return true;
        }
        int of = m.from() - 1;
        return of >= 1
                && tokens.get(of).is("of")
                && tokens.get(of - 1).isCapitalized()
                && GEOGRAPHIC_HEADS.contains(tokens.get(of - 1).lower());
    }

    /** "the South" alone is South Korea; "the South Waziristan" or "the North Atlantic" is part of another name. */
    private static boolean compassPart(List<Token> tokens, Mention m) {
        String w = tokens.get(m.to() - 1).text();
        return (w.equals("North") || w.equals("South"))
                && m.to() < tokens.size()
                && tokens.get(m.to()).isCapitalized();
    }

    /**
     * "the United Nations Convention on the Law of the Sea" names a treaty, not the United Nations; "the East China
     * Sea", "the Taiwan Strait" and "the Gulf of Oman" name waters, not states.
     */
    static List<Mention> withoutDocumentNames(List<Token> tokens, List<Mention> mentions) {
        List<Mention> out = null;
        for (Mention m : mentions) {
            boolean document = m.actor().kind() == Actor.Kind.ORGANISATION
                            && m.to() < tokens.size()
                            && tokens.get(m.to()).isCapitalized()
                            && DOCUMENT_NOUNS.contains(tokens.get(m.to()).lower())
                    || compassPart(tokens, m)
                    || geographicPart(tokens, m);
            if (document && out == null) {
                out = new ArrayList<>(mentions);
            }
            if (document) {
                out.remove(m);
            }
        }
        return out == null ? mentions : out;
    }

    /**
     * A name several actors share ("Brussels") is the one the article names elsewhere without ambiguity; failing
     * that, the organisation, since a shared seat speaks for the body seated there.
     */
    static List<Mention> disambiguate(List<Mention> mentions, Set<Actor> named) {
        List<Mention> out = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.alternatives().isEmpty()) {
                continue;
            }
            List<Actor> all = new ArrayList<>();
            all.add(m.actor());
            all.addAll(m.alternatives());
            // a shared seat speaks for the body seated there when the article names that body
            all.sort(Comparator.comparing(a -> a.kind() == Actor.Kind.ORGANISATION ? 0 : 1));
            Actor chosen = all.stream().filter(named::contains).findFirst().orElse(null);
            if (chosen == null) {
                chosen = all.stream()
                        .filter(a -> a.kind() == Actor.Kind.ORGANISATION)
                        .findFirst()
                        .orElse(m.actor());
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            out.set(k, m.as(chosen));
        }
        return out == null ? mentions : out;
    }

    /** A sentence opened by a state that announces its answer, without a speech verb of its own. */
    Actor answeringActor(List<Token> tokens, List<Mention> mentions) {
        if (mentions.isEmpty()
                || mentions.get(0).from() > 1
                || mentions.get(0).kind() == Gazetteer.AliasKind.DEMONYM
                        && !(mentions.get(0).to() < tokens.size()
                                && lex.officialNouns.containsWord(
                                        tokens.get(mentions.get(0).to()).lower()))) {
            return null;
        }
        for (int k = mentions.get(0).to();
                k < Math.min(tokens.size(), mentions.get(0).to() + 8);
                k++) {
            if (ANSWER_WORDS.contains(tokens.get(k).lower())) {
                for (Token t : tokens) {
                    if (lex.speechVerbs.containsWord(t.lower())) {
                        return null;
                    }
                }
                return mentions.get(0).actor();
            }
        }
        return null;
    }

    /**
     * "the agency", "the Commission": a definite phrase whose head ends the name of an actor named earlier is that
     * actor again.
     */
    List<Mention> withAnaphora(ReadingContext ctx, List<Token> tokens, List<Mention> mentions) {
        List<Mention> out = null;
        int next = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            while (next < mentions.size() && mentions.get(next).to() <= i) {
                next++;
            }
            boolean covered = next < mentions.size() && mentions.get(next).from() <= i + 1;
            if (covered
                    || !tokens.get(i).is("the")
                    || !ANAPHORIC_HEADS.contains(tokens.get(i + 1).lower())) {
                continue;
            }
            Actor actor = ctx.byHeadNoun(tokens, i, i + 2);
            if (actor == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            out.add(new Mention(i, i + 2, actor, Gazetteer.AliasKind.INSTITUTION));
        }
        if (out == null) {
            return mentions;
        }
        out.sort(Comparator.comparingInt(Mention::from));
        return out;
    }

    /**
     * "Pakistan's Foreign Office … the Foreign Office": an institution another state's name claimed earlier in the
     * article stays that state's, though the gazetteer gives the bare name to another (the UK's Foreign Office).
     */
    static List<Mention> ownedInstitutions(ReadingContext ctx, List<Token> tokens, List<Mention> mentions) {
        List<Mention> out = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.kind() != Gazetteer.AliasKind.INSTITUTION) {
                continue;
            }
            String name = spanText(ctx.text, tokens, m.from(), m.to()).toLowerCase(Locale.ROOT);
            if (name.startsWith("the ")) {
                name = name.substring(4);
            }
            Mention owner = k > 0 ? mentions.get(k - 1) : null;
            boolean possessed = owner != null
                            && owner.to() + 1 == m.from()
                            && (tokens.get(owner.to()).is("'s")
                                    || tokens.get(owner.to()).is("\u2019s"))
                    || owner != null && owner.to() == m.from() && owner.kind() == Gazetteer.AliasKind.DEMONYM;
            if (possessed && !owner.actor().equals(m.actor())) {
                ctx.owners.put(name, owner.actor());
            } else if (!possessed && ctx.owners.containsKey(name)) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(k, m.as(ctx.owners.get(name)));
            }
        }
        return out == null ? mentions : out;
    }

    void detectDateline(ReadingContext ctx, String text, List<Token> tokens, List<Mention> mentions) {
        if (ctx.datelineActor != null || tokens.isEmpty()) {
            return;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, tokens.get(0).start() - 1)) + 1;
        int[] dl = Segmenter.dateline(
                text, lineStart, tokens.get(tokens.size() - 1).end());
        if (dl == null) {
            return;
        }
        // "BAKU —" is Azerbaijan's; "YEREVAN/BAKU —" names both sides and no single state
        List<Token> head = Tokenizer.tokenize(text, dl[0], dl[1]);
        Actor found = null;
        for (Mention m : matcher.find(capitalise(head))) {
            if (m.kind() == Gazetteer.AliasKind.CAPITAL && m.alternatives().isEmpty()) {
                if (found != null && !found.equals(m.actor())) {
                    return;
                }
                found = m.actor();
            }
        }
        ctx.datelineActor = found;
    }

    private static List<Token> capitalise(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            String s = t.text();
            String c = s.length() > 1 ? s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT) : s;
            out.add(new Token(c, t.lower(), t.start(), t.end(), t.quote()));
        }
        return out;
    }
}
