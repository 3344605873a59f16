package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.AUX_BEFORE_PLAIN;
import static dev.claimline.extraction.Grammar.BACKGROUND_OPENERS;
import static dev.claimline.extraction.Grammar.CLAIM_NOUNS;
import static dev.claimline.extraction.Grammar.PLAIN_PRESENT;
import static dev.claimline.extraction.Grammar.PRESENT_TENSE_HEADS;
import static dev.claimline.extraction.Phrases.circumstanceEnd;
import static dev.claimline.extraction.Phrases.clauseStart;

import java.time.LocalDate;
import java.util.List;

/**
 * Dating: the time expression attached to the speech verb rather than to the event ("said on Thursday that the jets had
 * entered on September 19"), and, without one, the date a statement's tense and place in the article imply.
 */
final class StatementDates {
    private StatementDates() {}

    static DateResolver.Found frameDate(ReadingContext ctx, List<Token> tokens, Frame f, List<Frame> frames) {
        int zoneFrom = f.passive ? 0 : clauseStart(tokens, Math.min(f.npFrom, f.verbFrom));
        if (!f.quoteContent && f.contentTo <= f.npFrom && f.contentTo > f.contentFrom) {
            zoneFrom = f.npFrom; // "…, the ministry said on Monday": the words before are what was said
        }
        if (f.inherited && f.npFrom == f.npTo && !frames.isEmpty()) {
            zoneFrom = f.verbFrom; // ", adding that …": the words before belong to the statement it continues
        }
        // "seized rifles on Feb. 23, in what Central Command said on Tuesday was …": a date of the verb itself comes
        // first; the main clause's date ("In August, Algeria cut ties over what it called …") only without one
        int mainFrom = -1;
        int mainTo = -1;
        for (int k = zoneFrom; k < Math.min(f.npFrom, f.verbFrom); k++) {
            if (tokens.get(k).is("what")) {
                mainFrom = zoneFrom;
                mainTo = k;
                zoneFrom = k + 1;
            }
        }
        int zoneTo = f.passive ? Math.min(tokens.size(), f.npTo + 6) : f.verbFrom;
        DateResolver.Found found = findOutsideQuotes(tokens, zoneFrom, zoneTo, ctx.published);
        if (found == null && !f.passive) {
            // "told the weekly press briefing in Ankara on Thursday": circumstances after the verb, up to a clause
            // break
            int afterTo = f.quoteContent ? circumstanceEnd(tokens, f.verbTo) : Math.min(f.contentFrom, f.verbTo + 6);
            if (f.npFrom > f.verbFrom) {
                afterTo = circumstanceEnd(tokens, f.npTo);
            } else if (f.contentTo <= f.npFrom) {
                afterTo = circumstanceEnd(tokens, f.verbTo); // "…, the ministry said on Tuesday."
            }
            found = findOutsideQuotes(tokens, f.verbTo, Math.max(f.verbTo, afterTo), ctx.published);
        }
        // "called the accusations baseless on Wednesday": a short small clause after the verb carries its date, but not
        // the reported clause of "said Russian missiles struck a hospital on Monday"
        boolean shortClause = f.contentTo - f.contentFrom <= 12
                && !f.thatClause
                && f.contentFrom >= f.verbTo
                && (!f.verbType.equals("NEUTRAL") || f.verb.startsWith("call") || f.verb.startsWith("descri"));
        boolean claimDated = f.verbType.equals("DENIAL") && containsClaimNoun(tokens, f.contentFrom, f.contentTo);
        if (found == null
                && !f.quoteContent
                && !claimDated
                && (shortClause || !f.clausal && !f.verbType.equals("NEUTRAL"))) {
            found = findOutsideQuotes(tokens, f.contentFrom, objectEnd(tokens, f), ctx.published);
        }
        if (found == null && !frames.isEmpty() && appositiveAnswer(tokens, f.npFrom)) {
            found = frames.get(frames.size() - 1).date; // ", an account the Philippines called a lie"
        }
        if (found == null && f.inherited && !frames.isEmpty()) {
            found = frames.get(frames.size() - 1).date;
        }
        if (found == null && mainTo > mainFrom) {
            found = findOutsideQuotes(tokens, mainFrom, mainTo, ctx.published);
        }
        return found;
    }

    /**
     * Where the object of an accusing verb ends and its "of"/"for" complement begins: "accused Beijing on Tuesday of
     * ramming a boat in May" is dated by "on Tuesday"; "in May" dates the ramming.
     */
    private static int objectEnd(List<Token> tokens, Frame f) {
        if (f.verbType.equals("ALLEGATION") || f.verbType.equals("OTHER")) {
            for (int k = f.contentFrom + 1; k < f.contentTo; k++) {
                if (tokens.get(k).is("of") || tokens.get(k).is("for")) {
                    return k;
                }
            }
        }
        return f.contentTo;
    }

    /** Whether the speaker phrase follows ", an accusation"/", an account"/", a claim" naming what it answers. */
    private static boolean appositiveAnswer(List<Token> tokens, int npFrom) {
        int k = npFrom - 1;
        if (k >= 1 && tokens.get(k).is("which") && tokens.get(k - 1).isPunct(',')) {
            return true; // "…, which Georgetown called a fabrication"
        }
        return k >= 2
                && CLAIM_NOUNS.contains(tokens.get(k).lower())
                && (tokens.get(k - 1).is("an") || tokens.get(k - 1).is("a"))
                && tokens.get(k - 2).isPunct(',');
    }

    /** "rejects the assertion, made … on 9 April": the date there is the claim's, not the denial's. */
    private static boolean containsClaimNoun(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAIM_NOUNS.contains(tokens.get(k).lower())
                    && k + 1 < to
                    && (tokens.get(k + 1).isPunct(',')
                            || tokens.get(k + 1).is("made")
                            || tokens.get(k + 1).is("by"))) {
                return true;
            }
        }
        return false;
    }

    static DateResolver.Found findOutsideQuotes(List<Token> tokens, int from, int to, LocalDate pub) {
        boolean in = false;
        for (int i = 0; i < from; i++) {
            if (tokens.get(i).quote()) {
                in = !in;
            }
        }
        int s = from;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).quote()) {
                if (!in) {
                    DateResolver.Found f = DateResolver.find(tokens, s, i, pub);
                    if (f != null) {
                        return f;
                    }
                }
                in = !in;
                s = i + 1;
            }
        }
        return in ? null : DateResolver.find(tokens, s, to, pub);
    }

    /** "… would deny", "did not say": a plain verb after an auxiliary is not the present tense. */
    private static boolean modalBefore(Frame f) {
        return AUX_BEFORE_PLAIN.contains(f.wordBefore);
    }

    /** "a day after Tallinn accused …": a statement set apart from the day's news. */
    private static boolean subordinateClause(Frame f) {
        return BACKGROUND_OPENERS.contains(f.clauseOpener);
    }

    static ClaimDate statementDate(ReadingContext ctx, Frame f, Actor claimant) {
        if (f.date != null) {
            if (f.date.sameAsPrevious()) {
                ClaimDate prev =
                        f.date.daysAfterPrevious() > 0 ? ctx.lastStatementDate : ctx.lastDate.get(claimant.code());
                if (prev == null) {
                    prev = ctx.lastStatementDate;
                }
                if (prev != null && f.date.daysAfterPrevious() > 0) {
                    return prev.precision() == ClaimDate.Precision.DAY
                            ? ClaimDate.ofDay(prev.day().plusDays(f.date.daysAfterPrevious()))
                            : null;
                }
                return prev;
            }
            return f.date.date();
        }
        String v = f.verb;
        boolean presentTense = v.endsWith("s") && !v.endsWith("ss")
                || PLAIN_PRESENT.contains(v) && !modalBefore(f)
                || v.equals("say")
                || PRESENT_TENSE_HEADS.contains(v.split(" ")[0]);
        if (presentTense && !f.passive) {
            return ClaimDate.ofDay(ctx.published);
        }
        ClaimDate last = ctx.lastDate.get(claimant.code());
        if (last == null && ctx.newsDay != null && !f.passive && !subordinateClause(f)) {
            // an undated statement in the account of the day's events was made that day
            return ctx.newsDay;
        }
        return last;
    }

    /**
     * "has accused", "have repeatedly denied", "has in the past rejected", "had earlier blamed": background, not the
     * day's statement.
     */
    static boolean perfectTense(List<Token> tokens, Frame f) {
        int clause = clauseStart(tokens, f.verbFrom);
        if (clause > 0 && tokens.get(clause - 1).is("that") && pastPerfect(tokens, f.verbFrom)) {
            return false; // "said on Friday that its envoy had rejected": the past of the report, not background
        }
        return f.verbFrom > 0
                && !f.passive
                && (tokens.get(f.verbFrom - 1).is("has")
                        || tokens.get(f.verbFrom - 1).is("have")
                        || tokens.get(f.verbFrom - 1).is("had")
                        || f.verbFrom > 1
                                && (tokens.get(f.verbFrom - 2).is("has")
                                        || tokens.get(f.verbFrom - 2).is("have")
                                        || tokens.get(f.verbFrom - 2).is("had"))
                                && (tokens.get(f.verbFrom - 1).lower().endsWith("ly")
                                        || tokens.get(f.verbFrom - 1).is("earlier"))
                        || f.verbFrom > 2
                                && tokens.get(f.verbFrom - 3).is("has")
                                && tokens.get(f.verbFrom - 2).is("in"));
    }

    private static boolean pastPerfect(List<Token> tokens, int verb) {
        return verb > 0 && tokens.get(verb - 1).is("had")
                || verb > 1 && tokens.get(verb - 2).is("had");
    }
}
