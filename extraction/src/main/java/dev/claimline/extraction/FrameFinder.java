package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.AMBIGUOUS_VERBS;
import static dev.claimline.extraction.Grammar.AUX;
import static dev.claimline.extraction.Grammar.BE;
import static dev.claimline.extraction.Grammar.DETERMINERS;
import static dev.claimline.extraction.Grammar.NON_CONTENT_OPENERS;
import static dev.claimline.extraction.Grammar.SUBORDINATORS;
import static dev.claimline.extraction.Grammar.VERB_TAIL_WORDS;
import static dev.claimline.extraction.Phrases.circumstantialTail;
import static dev.claimline.extraction.Phrases.clauseStart;
import static dev.claimline.extraction.Phrases.negated;
import static dev.claimline.extraction.Phrases.onlyTimeWords;
import static dev.claimline.extraction.Phrases.passive;
import static dev.claimline.extraction.Phrases.quoteAt;
import static dev.claimline.extraction.Phrases.quoteEndingAt;
import static dev.claimline.extraction.Phrases.quotedAsSaying;
import static dev.claimline.extraction.Phrases.spanText;
import static dev.claimline.extraction.Phrases.trimTrailing;
import static dev.claimline.extraction.StatementDates.frameDate;

import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Phrase and clause analysis: finds the speech events of a sentence (a speech verb, "according to", a passive "was
 * accused by"), each with its speaker phrase, the words that were said and the time expression attached to the verb.
 */
final class FrameFinder {
    private static final Logger LOG = Logger.getLogger(FrameFinder.class);

    private final Lexicon lex;
    private final NounPhrases nounPhrases;
    private final SpeakerResolver speakers;

    FrameFinder(Lexicon lex, NounPhrases nounPhrases, SpeakerResolver speakers) {
        this.lex = lex;
        this.nounPhrases = nounPhrases;
        this.speakers = speakers;
    }

    List<Frame> findFrames(
            ReadingContext ctx, List<Token> tokens, List<Mention> mentions, Mention[] at, boolean[] inQuote) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (inQuote[i]) {
                continue;
            }
            Token t = tokens.get(i);
            if (t.is("according") && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) {
                Frame f = accordingTo(ctx, tokens, mentions, at, i, frames);
                if (f != null) {
                    frames.add(f);
                    i = f.npTo - 1;
                }
                continue;
            }
            Lexicon.Phrase verb = lex.speechVerbs.match(tokens, i);
            if (verb == null) {
                continue;
            }
            int end = i + verb.words().size();
            if (AMBIGUOUS_VERBS.contains(t.lower()) && verb.words().size() == 1 && !verbLike(tokens, i, at)) {
                continue;
            }
            if (at[i] != null) {
                continue;
            }
            if (negated(tokens, i)) {
                // "did not say", "declined to blame": no statement, but the speaker is still the one talked about
                Frame ghost = new Frame();
                int[] np = nounPhrases.leftNounPhrase(tokens, i);
                if (np[0] < np[1]) {
                    ghost.speaker = speakers.resolveSpeaker(ctx, tokens, mentions, at, np[0], np[1], frames, i);
                    if (ghost.speaker != null) {
                        ctx.lastSpeaker = ghost.speaker;
                    }
                }
                i = end - 1;
                continue;
            }
            Frame f = new Frame();
            f.verbFrom = i;
            f.verbTo = end;
            f.wordBefore = i > 0 ? tokens.get(i - 1).lower() : "";
            f.verbType = verb.value();
            f.verb = String.join(" ", verb.words());
            if (passive(tokens, i) && !f.verbType.equals("NEUTRAL")) {
                if (!passiveFrame(ctx, tokens, mentions, at, f, frames)) {
                    i = end - 1;
                    continue;
                }
            } else {
                if (i > 0
                        && (tokens.get(i - 1).is("to")
                                || tokens.get(i - 1).is("not")
                                || t.lower().endsWith("ing")
                                        && (tokens.get(i - 1).is("of")
                                                || tokens.get(i - 1).is("for")
                                                || tokens.get(i - 1).is("from")))) {
                    continue; // "refusal to criticise", "to blame": no one is speaking
                }
                int before = i - 1;
                while (before > 0
                        && (tokens.get(before).is("turn")
                                        && tokens.get(before - 1).is("in")
                                || tokens.get(before).is("also")
                                || tokens.get(before).lower().endsWith("ly")
                                        && !tokens.get(before).isCapitalized())) {
                    before -= tokens.get(before).is("turn") ? 2 : 1;
                }
                boolean continuation = i > 0
                        && (tokens.get(before).is("and") && before < i - 1
                                || tokens.get(i - 1).is("and")
                                || tokens.get(i - 1).isPunct(',') && t.lower().endsWith("ing")
                                || tokens.get(i - 1).is("while")
                                || tokens.get(i - 1).is("before")
                                || tokens.get(i - 1).is("after"));
                int[] inverted = continuation ? null : invertedAfterComma(tokens, i, end, f.verbType);
                if (inverted != null) {
                    // "Ukraine rejects the information …, said ministry spokesman Oleh Nikolenko."
                    f.npFrom = inverted[0];
                    f.npTo = inverted[1];
                    f.speaker = speakers.resolveSpeaker(ctx, tokens, mentions, at, inverted[0], inverted[1], frames, i);
                    if (f.speaker == null) {
                        i = end - 1;
                        continue;
                    }
                    int start = 0;
                    for (int j = i - 2; j >= 0; j--) {
                        if (tokens.get(j).quote()
                                || tokens.get(j).isPunct(';')
                                || tokens.get(j).isPunct(':')) {
                            start = j + 1;
                            break;
                        }
                    }
                    f.contentFrom = start;
                    f.contentTo = trimTrailing(tokens, start, i - 1);
                    f.clausal = true;
                    f.inverted = true;
                    f.date = frameDate(ctx, tokens, f, frames);
                    f.clauseOpener = "";
                    frames.add(f);
                    i = Math.max(i, inverted[1] - 1);
                    continue;
                }
                int[] np = continuation ? new int[] {i, i} : nounPhrases.leftNounPhrase(tokens, i);
                f.npFrom = np[0];
                f.npTo = np[1];
                boolean participle = t.lower().endsWith("ing") && np[0] == np[1] || continuation;
                int[] quoted = quotedAsSaying(tokens, i);
                if (quoted != null) {
                    // "KCNA quoted a defence ministry official as saying …": the official speaks
                    f.npFrom = quoted[0];
                    f.npTo = quoted[1];
                    f.speaker = speakers.resolveSpeaker(ctx, tokens, mentions, at, quoted[0], quoted[1], frames, i);
                    if (f.speaker == null || !f.speaker.isState()) {
                        f.speaker = frames.isEmpty() ? f.speaker : frames.get(frames.size() - 1).speaker;
                    }
                } else if (np[0] < np[1]) {
                    f.speaker = speakers.resolveSpeaker(ctx, tokens, mentions, at, np[0], np[1], frames, i);
                } else if (participle && !frames.isEmpty()) {
                    f.speaker = frames.get(frames.size() - 1).speaker;
                    f.inherited = true;
                } else if (participle) {
                    f.speaker = speakers.sentenceSubject(ctx, tokens, mentions, at, frames, i);
                    f.inherited = true;
                } else if (f.verbType.equals("NEUTRAL")
                        && i > 0
                        && (tokens.get(i - 1).quote()
                                || tokens.get(i - 1).isPunct(',')
                                        && i > 1
                                        && tokens.get(i - 2).quote())) {
                    // inverted: "…," said the ministry
                    int[] right = nounPhrases.rightNounPhrase(tokens, end);
                    if (right[0] < right[1]) {
                        f.npFrom = right[0];
                        f.npTo = right[1];
                        f.speaker = speakers.resolveSpeaker(ctx, tokens, mentions, at, right[0], right[1], frames, i);
                        end = right[1];
                    }
                }
                if (f.speaker == null) {
                    i = end - 1;
                    continue;
                }
                setContent(tokens, f, end, inQuote);
                parenthetical(tokens, f, end);
            }
            f.date = frameDate(ctx, tokens, f, frames);
            int opener = Math.min(f.npFrom, f.verbFrom) - 1;
            while (opener >= 0
                    && !SUBORDINATORS.contains(tokens.get(opener).lower())
                    && opener > Math.min(f.npFrom, f.verbFrom) - 4) {
                opener--;
            }
            f.clauseOpener =
                    opener >= 0 && SUBORDINATORS.contains(tokens.get(opener).lower())
                            ? tokens.get(opener).lower()
                            : "";
            frames.add(f);
            if (LOG.isTraceEnabled()) {
                LOG.tracef(
                        "  frame %s verb='%s' speaker=%s np='%s' content='%s' date=%s",
                        f.verbType,
                        f.verb,
                        f.speaker == null ? null : f.speaker.actors(),
                        f.npFrom < f.npTo ? spanText(ctx.text, tokens, f.npFrom, f.npTo) : "",
                        f.contentTo > f.contentFrom ? spanText(ctx.text, tokens, f.contentFrom, f.contentTo) : "",
                        f.date == null ? null : f.date.date());
            }
            i = Math.max(i, end - 1);
        }
        // "Rejecting the Ukrainian account, Russia's defence ministry said …": an opening participle is the main
        // clause's speaker's
        if (frames.size() > 1 && frames.get(0).verbFrom == 0 && frames.get(0).inherited) {
            frames.get(0).speaker = frames.get(1).speaker;
        }
        // "rejected what it called India's accusations": the inner "called" only names the object of the outer verb
        for (int k = frames.size() - 1; k > 0; k--) {
            Frame a = frames.get(k - 1);
            Frame b = frames.get(k);
            if (whatItCalled(tokens, b) && !a.quoteContent && b.npFrom >= a.contentFrom && b.npFrom < a.contentTo) {
                frames.remove(k);
            }
        }
        // a frame's content ends where the next frame's speaker begins
        for (int k = 0; k + 1 < frames.size(); k++) {
            Frame a = frames.get(k);
            Frame b = frames.get(k + 1);
            if (!a.quoteContent
                    && !a.passive
                    && a.contentTo > b.npFrom
                    && b.npFrom >= a.contentFrom
                    && !whatItCalled(tokens, b)) {
                int cut = b.npFrom < b.npTo && !b.inverted ? b.npFrom : b.verbFrom;
                a.contentTo = Math.max(a.contentFrom, trimTrailing(tokens, a.contentFrom, cut));
            }
        }
        return frames;
    }

    /**
     * "…, said a spokesman of the Pakistan Army on Wednesday.": a reporting verb after a comma, followed by its subject
     * and nothing but circumstances, attributes the clause before the comma. Returns the subject's span, or null.
     */
    private int[] invertedAfterComma(List<Token> tokens, int i, int end, String verbType) {
        if (!verbType.equals("NEUTRAL")
                || i < 5
                || !tokens.get(i - 1).isPunct(',')
                || tokens.get(i - 2).quote()
                || end >= tokens.size()
                || tokens.get(end).is("to")
                || tokens.get(end).is("that")
                || tokens.get(end).is("it")) {
            return null;
        }
        int[] right = nounPhrases.rightNounPhrase(tokens, end);
        if (right[0] >= right[1] || !onlyTail(tokens, right[1])) {
            return null;
        }
        for (int k = 0; k < i - 1; k++) {
            if (BE.contains(tokens.get(k).lower())
                    || AUX.contains(tokens.get(k).lower())
                    || lex.speechVerbs.containsWord(tokens.get(k).lower())
                    || tokens.get(k).lower().endsWith("ed")) {
                return right; // the clause before has a verb of its own: it is what was said
            }
        }
        return null;
    }

    /** "rejected what it called India's accusations": the inner verb names the object, it does not end the content. */
    private static boolean whatItCalled(List<Token> tokens, Frame b) {
        return b.npFrom > 0
                && b.npTo - b.npFrom == 1
                && tokens.get(b.npFrom - 1).is("what")
                && (b.verb.startsWith("call") || b.verb.startsWith("describ") || b.verb.startsWith("term"));
    }

    private boolean verbLike(List<Token> tokens, int i, Mention[] at) {
        if (i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (at[i - 1] != null && at[i - 1].kind() == Gazetteer.AliasKind.DEMONYM) {
            return false; // "the Armenian report", "Greek claims"
        }
        if (DETERMINERS.contains(prev.lower())
                || lex.speechVerbs.containsWord(prev.lower())
                || prev.is("of")
                || prev.is("to") && !tokens.get(i).lower().endsWith("s")) {
            return false;
        }
        if (prev.is("it")
                || prev.is("who")
                || prev.is("he")
                || prev.is("she")
                || prev.is("they")
                || prev.is("which")
                || prev.is("that")) {
            return true;
        }
        if (prev.isCapitalized() && prev.isWord()) {
            return true;
        }
        return lex.officialNouns.containsWord(prev.lower()) || prev.isPunct(',') || AUX.contains(prev.lower());
    }

    /** "Y was accused by X of …": the speaker is the agent after "by", the accused the subject. */
    private boolean passiveFrame(
            ReadingContext ctx, List<Token> tokens, List<Mention> mentions, Mention[] at, Frame f, List<Frame> frames) {
        int by = -1;
        for (int k = f.verbTo; k < Math.min(tokens.size(), f.verbTo + 4); k++) {
            if (tokens.get(k).is("by")) {
                by = k;
                break;
            }
        }
        if (by < 0) {
            return false;
        }
        int[] np = nounPhrases.rightNounPhrase(tokens, by + 1);
        if (np[0] >= np[1]) {
            return false;
        }
        f.passive = true;
        f.npFrom = np[0];
        f.npTo = np[1];
        f.speaker = speakers.resolveSpeaker(ctx, tokens, mentions, at, np[0], np[1], frames, f.verbFrom);
        if (f.speaker == null) {
            return false;
        }
        List<Mention> patients = new ArrayList<>();
        int start = clauseStart(tokens, f.verbFrom);
        for (Mention m : mentions) {
            if (m.from() >= start && m.to() <= f.verbFrom) {
                patients.add(m);
            }
        }
        f.passivePatients = patients;
        // content: the "of …"/"for …" complement after the agent, else the whole clause
        int c = np[1];
        while (c < tokens.size()
                && (tokens.get(c).isPunct(',')
                        || DateResolver.isTimeWord(tokens.get(c))
                        || tokens.get(c).is("on")
                        || tokens.get(c).is("in")
                        || tokens.get(c).is("a")
                        || tokens.get(c).isCapitalized() == false
                                && !tokens.get(c).is("of")
                                && !tokens.get(c).is("for")
                                && c < np[1] + 8)) {
            c++;
        }
        f.contentFrom =
                c < tokens.size() && (tokens.get(c).is("of") || tokens.get(c).is("for")) ? c + 1 : np[1];
        f.contentTo = trimTrailing(tokens, f.contentFrom, tokens.size());
        if (f.contentTo <= f.contentFrom) {
            f.contentFrom = start;
            f.contentTo = trimTrailing(tokens, start, tokens.size());
        }
        return true;
    }

    private Frame accordingTo(
            ReadingContext ctx, List<Token> tokens, List<Mention> mentions, Mention[] at, int i, List<Frame> frames) {
        int[] np = nounPhrases.rightNounPhrase(tokens, i + 2);
        // "according to a confidential report by the International Atomic Energy Agency"
        int far = i + 2;
        while (far < tokens.size()
                && far < i + 16
                && !tokens.get(far).isPunct(',')
                && !tokens.get(far).isPunct('.')
                && !tokens.get(far).is("that")) {
            far++;
        }
        for (Mention m : mentions) {
            if (m.from() >= i + 2 && m.to() <= far && m.to() > np[1]) {
                np[1] = m.to();
                break;
            }
        }
        if (np[0] >= np[1]) {
            return null;
        }
        Frame f = new Frame();
        f.verbFrom = i;
        f.verbTo = i + 2;
        f.verbType = "NEUTRAL";
        f.verb = "according to";
        f.npFrom = np[0];
        f.npTo = np[1];
        f.speaker = speakers.resolveSpeaker(ctx, tokens, mentions, at, np[0], np[1], frames, i);
        if (f.speaker == null) {
            return null;
        }
        if (i <= 1) {
            int c = np[1];
            while (c < tokens.size() && tokens.get(c).isPunct(',')) {
                c++;
            }
            f.contentFrom = c;
            f.contentTo = trimTrailing(tokens, c, tokens.size());
        } else {
            f.contentFrom = 0;
            f.contentTo = trimTrailing(tokens, 0, i);
        }
        f.clausal = true;
        f.date = frameDate(ctx, tokens, f, frames);
        return f;
    }

    private void setContent(List<Token> tokens, Frame f, int end, boolean[] inQuote) {
        int c = end;
        // skip a time phrase or "in a statement" right after the verb
        int limit = Math.min(tokens.size(), end + 8);
        int k = c;
        while (k < limit
                && (DateResolver.isTimeWord(tokens.get(k))
                        || VERB_TAIL_WORDS.contains(tokens.get(k).lower()))) {
            k++;
        }
        if (k < tokens.size() && !tokens.get(k).is("that") && !tokens.get(k).quote() && f.verbType.equals("NEUTRAL")) {
            // "told reporters after the meeting in Dhaka that …": circumstances before the reported clause
            for (int j = k; j < Math.min(tokens.size(), k + 10); j++) {
                Token t = tokens.get(j);
                if (t.is("that")) {
                    k = j;
                    break;
                }
                if (t.isPunct(',')
                        || t.quote()
                        || lex.speechVerbs.containsWord(t.lower())
                        || BE.contains(t.lower())
                        || AUX.contains(t.lower()) && !t.is("in")) {
                    break;
                }
            }
        }
        if (k < tokens.size()
                && (tokens.get(k).is("that")
                        || tokens.get(k).isPunct(':')
                        || tokens.get(k).isPunct(','))) {
            c = k + 1;
            f.clausal = tokens.get(k).is("that") || tokens.get(k).isPunct(':');
            f.thatClause = f.clausal;
        } else if (k > c && k < tokens.size() && tokens.get(k).quote()) {
            c = k;
        } else if (k > c && k < tokens.size() && onlyTimeWords(tokens, c, k)) {
            c = k; // "said on Wednesday the findings were groundless"
        }
        if (c < tokens.size() && tokens.get(c).quote() && (c + 1 < tokens.size() && inQuote[c + 1])) {
            int[] q = quoteAt(tokens, c);
            if (q != null) {
                f.contentFrom = q[0];
                f.contentTo = q[1];
                f.quoteContent = true;
                return;
            }
        }
        // "…," X said: the quotation before the speaker
        int before = f.npFrom - 1;
        while (before >= 0 && tokens.get(before).isPunct(',')) {
            before--;
        }
        boolean nothingAfter = c >= tokens.size() || onlyTail(tokens, c) || !f.clausal;
        // (not for ", rejecting the account as …" after a quotation: that quotation is the previous speaker's)
        if (before >= 0 && tokens.get(before).quote() && nothingAfter && f.npFrom < f.npTo) {
            int[] q = quoteEndingAt(tokens, before);
            if (q != null) {
                f.contentFrom = q[0];
                f.contentTo = trimTrailing(tokens, q[0], q[1]);
                f.quoteContent = true;
                return;
            }
        }
        if (f.verbType.equals("NEUTRAL")
                && before >= 1
                && tokens.get(before + 1).isPunct(',')
                && (c >= tokens.size()
                        || onlyTail(tokens, c)
                        || onlyTail(tokens, end)
                        || circumstantialTail(tokens, end))
                && f.npFrom > 0
                && f.npFrom < f.npTo) {
            // "Bangladesh summoned the ambassador …, the foreign ministry said."
            int start = 0;
            for (int j = before; j >= 0; j--) {
                if (tokens.get(j).quote() || tokens.get(j).isPunct(';')) {
                    start = j + 1;
                    break;
                }
            }
            if (before + 1 - start >= 4) {
                f.contentFrom = start;
                f.contentTo = trimTrailing(tokens, start, before + 1);
                f.clausal = true;
                return;
            }
        }
        f.contentFrom = c;
        f.contentTo = trimTrailing(tokens, c, tokens.size());
        if (c < tokens.size() && tokens.get(c).is("as") && f.verb.startsWith("describ")) {
            f.contentFrom = c + 1; // "what Warsaw described as sabotage plots"
        } else if (c < tokens.size()
                && NON_CONTENT_OPENERS.contains(tokens.get(c).lower())
                && !(tokens.get(c).is("as") && !f.verbType.equals("NEUTRAL"))) {
            // but "rejected as groundless", "condemned as illegal": the complement of the verb
            f.contentTo = f.contentFrom; // "…, his office said, while a delegation …": not what was said
        }
        if (!f.clausal) {
            f.clausal = f.verbType.equals("NEUTRAL");
        }
    }

    /**
     * Whether the tokens from {@code c} hold no statement of their own: "in a statement.", "on Thursday.", "in a post on
     * social media, dismissing …" (a participle starts a statement of its own), but not "that …" or a quotation.
     */
    private boolean onlyTail(List<Token> tokens, int c) {
        for (int k = c; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is("while")
                    || t.is("adding")
                    || t.is("as") && k + 1 < tokens.size() && tokens.get(k + 1).is("saying")
                    || t.isPunct(',')
                            && k + 1 < tokens.size()
                            && tokens.get(k + 1).lower().endsWith("ing")) {
                return true;
            }
            if (t.is("that")
                    || t.quote()
                    || t.isPunct(':')
                    || lex.speechVerbs.containsWord(t.lower())
                    || BE.contains(t.lower())
                    || t.is("had")
                    || t.is("has")
                    || t.is("have")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Chad, he said, had no involvement in …": an attribution set between commas inside what was said; the words on
     * both sides are the statement.
     */
    private static void parenthetical(List<Token> tokens, Frame f, int end) {
        if (f.npFrom < 2 || f.npFrom >= f.npTo || !tokens.get(f.npFrom - 1).isPunct(',') || f.quoteContent) {
            return;
        }
        int after = end;
        while (after < tokens.size()
                && (DateResolver.isTimeWord(tokens.get(after))
                        || tokens.get(after).is("on"))) {
            after++;
        }
        if (after >= tokens.size() || !tokens.get(after).isPunct(',') || f.npTo - f.npFrom > 4) {
            return;
        }
        if (f.npFrom - 1 > 4) {
            return; // "Chad, he said," only: the words before are one short phrase
        }
        for (int k = 0; k < f.npFrom - 1; k++) {
            if (tokens.get(k).isPunct(',') || tokens.get(k).quote()) {
                return;
            }
        }
        f.contentFrom = 0;
        f.contentTo = trimTrailing(tokens, 0, tokens.size());
        f.clausal = true;
    }

    /**
     * A sentence of a transcript's answer ("Mao Ning: The so-called accusations are groundless."): the answering
     * official's statement, the whole sentence after the label being what was said.
     */
    Frame answer(ReadingContext ctx, List<Token> tokens, int from) {
        int to = trimTrailing(tokens, from, tokens.size());
        if (to - from < 3) {
            return null;
        }
        Frame f = new Frame();
        f.speaker = ctx.answering;
        f.verbType = "NEUTRAL";
        f.verb = "";
        f.contentFrom = from;
        f.contentTo = to;
        f.clausal = true;
        f.inherited = true;
        f.verbFrom = f.verbTo = tokens.size();
        f.npFrom = f.npTo = tokens.size();
        return f;
    }

    /** A paragraph that is one long quotation and names no speaker continues the last state speaker's words. */
    Frame continuedQuotation(ReadingContext ctx, List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).quote() || ctx.lastSpeaker == null || !ctx.lastSpeaker.isState()) {
            return null;
        }
        int[] q = quoteAt(tokens, 0);
        if (q == null) {
            return null;
        }
        Frame f = new Frame();
        f.speaker = ctx.lastSpeaker;
        f.verbType = "NEUTRAL";
        f.verb = "";
        f.contentFrom = q[0];
        f.contentTo = q[1];
        f.quoteContent = true;
        f.inherited = true;
        f.verbFrom = f.verbTo = tokens.size();
        f.npFrom = f.npTo = tokens.size();
        return f;
    }
}
