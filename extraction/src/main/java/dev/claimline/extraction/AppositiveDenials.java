package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.ACCUSATION_NOUNS;
import static dev.claimline.extraction.Phrases.spanText;

import java.util.List;

/** ", an accusation Armenia swiftly rejected": a denial of the allegation made earlier in the same sentence. */
final class AppositiveDenials {
    private final Lexicon lex;

    AppositiveDenials(Lexicon lex) {
        this.lex = lex;
    }

    /** ", an accusation Armenia swiftly rejected": a denial of the allegation made earlier in the sentence. */
    void appositiveDenials(
            ReadingContext ctx, int si, List<Token> tokens, List<Mention> mentions, Mention[] at, int before) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (!ACCUSATION_NOUNS.contains(w)) {
                continue;
            }
            if (!(tokens.get(i - 1).is("an")
                    || tokens.get(i - 1).is("a")
                    || tokens.get(i - 1).is("accusation")
                    || i >= 2 && tokens.get(i - 2).isPunct(','))) {
                continue;
            }
            int j = i + 1;
            Mention speaker =
                    at[j] != null ? at[j] : (tokens.get(j).is("the") && j + 1 < tokens.size() ? at[j + 1] : null);
            if (speaker == null) {
                continue;
            }
            int v = speaker.to();
            while (v < tokens.size()
                    && (tokens.get(v).lower().endsWith("ly")
                            || tokens.get(v).is("has")
                            || tokens.get(v).is("had")
                            || tokens.get(v).is("also")
                            || tokens.get(v).is("quickly"))) {
                v++;
            }
            if (v >= tokens.size()) {
                continue;
            }
            Lexicon.Phrase verb = lex.speechVerbs.match(tokens, v);
            if (verb == null || !verb.value().equals("DENIAL")) {
                continue;
            }
            Draft allegation = null;
            for (int k = ctx.drafts.size() - 1; k >= before; k--) {
                if (ctx.drafts.get(k).type == ClaimType.ALLEGATION) {
                    allegation = ctx.drafts.get(k);
                    break;
                }
            }
            Actor denier = speaker.actor();
            Draft d = new Draft();
            d.type = ClaimType.DENIAL;
            d.claimant = denier;
            d.speaker = new Speaker(
                    List.of(denier),
                    spanText(ctx.text, tokens, speaker.from(), speaker.to()),
                    null,
                    tokens.get(speaker.from()).start(),
                    tokens.get(speaker.to() - 1).end());
            d.accused = List.of(denier);
            d.sentence = si;
            int from = i - 1;
            while (from > 0 && !tokens.get(from - 1).isPunct(',')) {
                from--;
            }
            d.evidenceFrom = tokens.get(from).start();
            d.evidenceTo = tokens.get(v + verb.words().size() - 1).end();
            d.confidence = 0.8;
            if (allegation != null) {
                d.accuser = allegation.claimant;
                d.accuserExplicit = true;
                d.date = allegation.date;
                d.dateExplicit = allegation.dateExplicit;
            } else {
                d.date = ctx.lastDate.get(denier.code());
            }
            if (d.date != null) {
                ctx.lastDate.put(denier.code(), d.date);
            }
            ctx.speakers.add(d.speaker);
            ctx.lastSpeaker = d.speaker;
            ctx.drafts.add(d);
        }
    }
}
