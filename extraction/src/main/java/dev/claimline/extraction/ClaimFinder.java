package dev.claimline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The extraction engine: reads an article sentence by sentence, finds reported statements (a speaker, a speech verb
 * and what was said), attributes each to the state or organisation whose voice it is, decides whether it is an
 * allegation, a denial or another statement, finds whose conduct it is about and when it was made, then links each
 * denial to the allegation it answers and merges repeated reports of one statement.
 *
 * <p>Only sentences that name an actor or continue a known speaker's statement are analysed; the rest cost a
 * tokenisation.
 */
final class ClaimFinder {
    private static final Set<String> IRREGULAR_PARTICIPLES = Lexicon.grammar("irregular-participles");
    private static final Set<String> PRONOUNS = Lexicon.grammar("pronouns");
    private static final Set<String> ANAPHORIC_HEADS = Lexicon.grammar("anaphoric-heads");
    private static final Set<String> SELF = Lexicon.grammar("self");
    private static final Set<String> AUX = Lexicon.grammar("aux");
    private static final Set<String> NP_WORDS = Lexicon.grammar("np-words");
    private static final Set<String> CLAIM_NOUNS = Lexicon.grammar("claim-nouns");
    private static final Set<String> AMBIGUOUS_VERBS = Lexicon.grammar("ambiguous-verbs");
    private static final Set<String> COMMUNICATION_VERBS = Lexicon.grammar("communication-verbs");
    private static final Set<String> SUBORDINATORS = Lexicon.grammar("subordinators");
    private static final Set<String> DETERMINERS = Lexicon.grammar("determiners");
    private static final Set<String> BE = Lexicon.grammar("be");
    private static final Set<String> NEGATORS = Lexicon.grammar("negators");

    private static final Logger LOG = Logger.getLogger(ClaimFinder.class);

    private final ActorMatcher matcher;
    private final Lexicon lex;

    ClaimFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.matcher = new ActorMatcher(gazetteer);
        this.lex = lexicon;
    }

    /** A claim being built, before accusers are linked and repeats merged. */
    static final class Draft {
        ClaimType type;
        Speaker speaker;
        Actor claimant;
        List<Actor> accused;
        Actor accuser;
        boolean accuserExplicit;
        ClaimDate date;
        boolean dateExplicit;
        int evidenceFrom;
        int evidenceTo;
        double confidence;
        int sentence;
        /** The date was settled where the draft was made (a reported allegation), not by its frame. */
        boolean ownDate;
        /** Reported as earlier background ("has previously accused"): a statement of its own, never merged by date. */
        boolean background;

        Set<String> nearby = new LinkedHashSet<>();
    }

    /** A speech event found in a sentence. */
    private static final class Frame {
        int verbFrom;
        int verbTo;
        String verbType;
        String verb;
        int npFrom;
        int npTo;
        Speaker speaker;
        int contentFrom;
        int contentTo;
        boolean quoteContent;
        boolean clausal;
        boolean passive;
        boolean thatClause;
        /** The word opening the clause the speaker is in ("after", "since"), or "". */
        String clauseOpener = "";
        /** The lower-case word before the verb, or "". */
        String wordBefore = "";

        boolean inherited;
        List<Mention> passivePatients = List.of();
        DateResolver.Found date;
    }

    /** What is known about the article so far, as it is read in order. */
    private static final class Context {
        final LocalDate published;
        final String text;
        Speaker lastSpeaker;
        final List<Speaker> speakers = new ArrayList<>();
        final Map<String, Speaker> persons = new HashMap<>();
        final List<Mention> recentMentions = new ArrayList<>();
        final List<String> recentMentionTexts = new ArrayList<>();
        final Map<String, ClaimDate> lastDate = new HashMap<>();
        ClaimDate lastStatementDate;
        /** The day the article's news happened: its first statement dated within two days of publication. */
        ClaimDate newsDay;

        Actor datelineActor;
        final List<Draft> drafts = new ArrayList<>();
        final List<Set<String>> sentenceActors = new ArrayList<>();
        final Map<String, Actor> owners = new HashMap<>();

        Context(LocalDate published, String text) {
            this.published = published;
            this.text = text;
        }
    }

    List<Draft> find(String text, String title, LocalDate published) {
        Context ctx = new Context(published, text);
        List<Segmenter.Sentence> sentences = Segmenter.split(text, title);
        List<List<Mention>> found = new ArrayList<>(sentences.size());
        Set<Actor> named = new java.util.HashSet<>();
        for (Segmenter.Sentence s : sentences) {
            List<Mention> ms = withoutDocumentNames(s.tokens(), matcher.find(s.tokens()));
            found.add(ms);
            for (Mention m : ms) {
                if (m.alternatives().isEmpty()) {
                    named.add(m.actor());
                }
            }
        }
        for (int si = 0; si < sentences.size(); si++) {
            Segmenter.Sentence s = sentences.get(si);
            if (s.attribution()) {
                ctx.sentenceActors.add(Set.of());
                continue; // read with the quotation before it
            }
            if (si + 1 < sentences.size()
                    && sentences.get(si + 1).attribution()
                    && !s.tokens().isEmpty()
                    && s.tokens().get(0).quote()) {
                List<Token> attribution = sentences.get(si + 1).tokens();
                attributeBlockquote(ctx, attribution, ownedInstitutions(ctx, attribution, found.get(si + 1)));
            }
            List<Token> tokens = s.tokens();
            List<Mention> mentions =
                    withAnaphora(ctx, tokens, ownedInstitutions(ctx, tokens, disambiguate(found.get(si), named)));
            Set<String> here = new LinkedHashSet<>();
            for (Mention m : mentions) {
                here.add(m.actor().code());
            }
            ctx.sentenceActors.add(here);
            if (si == 0 || s.opensParagraph()) {
                detectDateline(ctx, text, tokens, mentions);
            }
            if (mentions.isEmpty() && !mayContinue(tokens)) {
                continue;
            }
            Actor answering = answeringActor(tokens, mentions);
            if (answering != null) {
                // "Kigali's answer came on Thursday.", "China's defence ministry gave its own account …": the next
                // unnamed official speaks for that state
                ctx.lastSpeaker = new Speaker(List.of(answering), answering.name(), null, 0, 0);
            }
            if (LOG.isTraceEnabled()) {
                LOG.trace("sentence "
                        + text.substring(
                                tokens.get(0).start(),
                                tokens.get(tokens.size() - 1).end()));
            }
            analyseSentence(ctx, si, tokens, mentions);
            for (Mention m : mentions) {
                if (!isPlace(tokens, m, mentions)) {
                    ctx.recentMentions.add(m);
                    ctx.recentMentionTexts.add(spanText(text, tokens, m.from(), m.to()));
                }
            }
        }
        return ctx.drafts;
    }

    private static final Set<String> DOCUMENT_NOUNS = Lexicon.grammar("document-nouns");

    /** "the South" alone is South Korea; "the South Waziristan" or "the North Atlantic" is part of another name. */
    private static boolean compassPart(List<Token> tokens, Mention m) {
        String w = tokens.get(m.to() - 1).text();
        return (w.equals("North") || w.equals("South"))
                && m.to() < tokens.size()
                && tokens.get(m.to()).isCapitalized();
    }

    /** "the United Nations Convention on the Law of the Sea" names a treaty, not the United Nations. */
    private static List<Mention> withoutDocumentNames(List<Token> tokens, List<Mention> mentions) {
        List<Mention> out = null;
        for (Mention m : mentions) {
            boolean document = m.actor().kind() == Actor.Kind.ORGANISATION
                            && m.to() < tokens.size()
                            && tokens.get(m.to()).isCapitalized()
                            && DOCUMENT_NOUNS.contains(tokens.get(m.to()).lower())
                    || compassPart(tokens, m);
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
    private static List<Mention> disambiguate(List<Mention> mentions, Set<Actor> named) {
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
            all.sort(java.util.Comparator.comparing(a -> a.kind() == Actor.Kind.ORGANISATION ? 0 : 1));
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

    private static final Set<String> ANSWER_WORDS =
            Set.of("answer", "account", "response", "reply", "version", "rebuttal", "retort");

    /** A sentence opened by a state that announces its answer, without a speech verb of its own. */
    private Actor answeringActor(List<Token> tokens, List<Mention> mentions) {
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
    private List<Mention> withAnaphora(Context ctx, List<Token> tokens, List<Mention> mentions) {
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
            Actor actor = byHeadNoun(ctx, tokens, i, i + 2);
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
        out.sort(java.util.Comparator.comparingInt(Mention::from));
        return out;
    }

    /**
     * "Pakistan's Foreign Office … the Foreign Office": an institution another state's name claimed earlier in the
     * article stays that state's, though the gazetteer gives the bare name to another (the UK's Foreign Office).
     */
    private static List<Mention> ownedInstitutions(Context ctx, List<Token> tokens, List<Mention> mentions) {
        List<Mention> out = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.kind() != Gazetteer.AliasKind.INSTITUTION) {
                continue;
            }
            String name = spanText(ctx.text, tokens, m.from(), m.to()).toLowerCase(java.util.Locale.ROOT);
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

    /** The speaker named under a quotation ("— Foreign Office spokesman Tariq Mahmood") becomes the last speaker. */
    private void attributeBlockquote(Context ctx, List<Token> tokens, List<Mention> mentions) {
        if (tokens.isEmpty()) {
            return;
        }
        Mention[] at = new Mention[tokens.size()];
        for (Mention m : mentions) {
            for (int k = m.from(); k < m.to(); k++) {
                at[k] = m;
            }
        }
        Speaker s = resolveSpeaker(ctx, tokens, mentions, at, 0, tokens.size(), new ArrayList<>(), tokens.size());
        if (s != null) {
            ctx.lastSpeaker = s;
        }
    }

    private void detectDateline(Context ctx, String text, List<Token> tokens, List<Mention> mentions) {
        if (ctx.datelineActor != null || tokens.isEmpty()) {
            return;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, tokens.get(0).start() - 1)) + 1;
        int[] dl = Segmenter.dateline(
                text, lineStart, tokens.get(tokens.size() - 1).end());
        if (dl == null) {
            return;
        }
        List<Token> head = Tokenizer.tokenize(text, dl[0], dl[1]);
        for (Mention m : matcher.find(capitalise(head))) {
            if (m.kind() == Gazetteer.AliasKind.CAPITAL && m.alternatives().isEmpty()) {
                ctx.datelineActor = m.actor();
                return;
            }
        }
    }

    private static List<Token> capitalise(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            String s = t.text();
            String c = s.length() > 1 ? s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT) : s;
            out.add(new Token(c, t.lower(), t.start(), t.end(), t.quote()));
        }
        return out;
    }

    private static boolean mayContinue(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.quote()
                    || PRONOUNS.contains(t.lower())
                    || t.is("ministry")
                    || t.is("spokesperson")
                    || t.is("spokesman")
                    || t.is("spokeswoman")
                    || t.is("minister")
                    || t.is("statement")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- sentence analysis

    private void analyseSentence(Context ctx, int si, List<Token> tokens, List<Mention> mentions) {
        boolean[] inQuote = quoteMask(tokens);
        Mention[] at = new Mention[tokens.size()];
        for (Mention m : mentions) {
            for (int k = m.from(); k < m.to(); k++) {
                at[k] = m;
            }
        }
        List<Frame> frames = findFrames(ctx, tokens, mentions, at, inQuote);
        if (frames.isEmpty()) {
            // a paragraph that is one long quotation continues the last speaker's words
            if (!tokens.isEmpty() && tokens.get(0).quote() && ctx.lastSpeaker != null && ctx.lastSpeaker.isState()) {
                int[] q = quoteAt(tokens, 0);
                if (q != null) {
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
                    frames.add(f);
                }
            }
        }
        int before = ctx.drafts.size();
        for (Frame f : frames) {
            if (f.speaker == null) {
                continue;
            }
            Speaker unsettled = f.speaker;
            settleSpeaker(tokens, mentions, at, f);
            if (f.speaker != unsettled) {
                // ", dismissing the accusations …" continues the settled speaker
                for (Frame g : frames) {
                    if (g != f && g.inherited && g.speaker == unsettled) {
                        g.speaker = f.speaker;
                    }
                }
            }
            ctx.lastSpeaker = f.speaker;
            if (ctx.newsDay == null
                    && f.date != null
                    && f.date.date() != null
                    && f.date.date().precision() == ClaimDate.Precision.DAY
                    && !f.date.date().day().isBefore(ctx.published.minusDays(2))) {
                ctx.newsDay = f.date.date();
            }
            if (f.date != null && f.date.date() != null && f.speaker.isState()) {
                // the speaker spoke then, whether or not this statement is a claim: "NATO said on Friday …"
                for (Actor a : f.speaker.actors()) {
                    ctx.lastDate.put(a.code(), f.date.date());
                }
            }
            if (!f.speaker.isState()) {
                continue;
            }
            ctx.speakers.add(f.speaker);
            makeClaims(ctx, si, tokens, mentions, at, inQuote, f);
        }
        appositiveDenials(ctx, si, tokens, mentions, at, before);
        for (int i = before; i < ctx.drafts.size(); i++) {
            Draft d = ctx.drafts.get(i);
            d.nearby.addAll(ctx.sentenceActors.get(si));
            if (si > 0) {
                d.nearby.addAll(ctx.sentenceActors.get(si - 1));
            }
        }
    }

    private static boolean[] quoteMask(List<Token> tokens) {
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
    private static int[] quoteAt(List<Token> tokens, int open) {
        for (int k = open + 1; k < tokens.size(); k++) {
            if (tokens.get(k).quote()) {
                return new int[] {open + 1, k};
            }
        }
        return tokens.size() > open + 1 ? new int[] {open + 1, tokens.size()} : null;
    }

    /** The inside of the quotation closing at token {@code close}, or null. */
    private static int[] quoteEndingAt(List<Token> tokens, int close) {
        for (int k = close - 1; k >= 0; k--) {
            if (tokens.get(k).quote()) {
                return new int[] {k + 1, close};
            }
        }
        return close > 0 ? new int[] {0, close} : null;
    }

    // ---------------------------------------------------------------- frames

    private List<Frame> findFrames(
            Context ctx, List<Token> tokens, List<Mention> mentions, Mention[] at, boolean[] inQuote) {
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
                int[] np = leftNounPhrase(tokens, i);
                if (np[0] < np[1]) {
                    ghost.speaker = resolveSpeaker(ctx, tokens, mentions, at, np[0], np[1], frames, i);
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
                int[] np = continuation ? new int[] {i, i} : leftNounPhrase(tokens, i);
                f.npFrom = np[0];
                f.npTo = np[1];
                boolean participle = t.lower().endsWith("ing") && np[0] == np[1] || continuation;
                int[] quoted = quotedAsSaying(tokens, i);
                if (quoted != null) {
                    // "KCNA quoted a defence ministry official as saying …": the official speaks
                    f.npFrom = quoted[0];
                    f.npTo = quoted[1];
                    f.speaker = resolveSpeaker(ctx, tokens, mentions, at, quoted[0], quoted[1], frames, i);
                    if (f.speaker == null || !f.speaker.isState()) {
                        f.speaker = frames.isEmpty() ? f.speaker : frames.get(frames.size() - 1).speaker;
                    }
                } else if (np[0] < np[1]) {
                    f.speaker = resolveSpeaker(ctx, tokens, mentions, at, np[0], np[1], frames, i);
                } else if (participle && !frames.isEmpty()) {
                    f.speaker = frames.get(frames.size() - 1).speaker;
                    f.inherited = true;
                } else if (participle) {
                    f.speaker = sentenceSubject(ctx, tokens, mentions, at, frames, i);
                    f.inherited = true;
                } else if (f.verbType.equals("NEUTRAL")
                        && i > 0
                        && (tokens.get(i - 1).quote()
                                || tokens.get(i - 1).isPunct(',')
                                        && i > 1
                                        && tokens.get(i - 2).quote())) {
                    // inverted: "…," said the ministry
                    int[] right = rightNounPhrase(tokens, end);
                    if (right[0] < right[1]) {
                        f.npFrom = right[0];
                        f.npTo = right[1];
                        f.speaker = resolveSpeaker(ctx, tokens, mentions, at, right[0], right[1], frames, i);
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
        // a frame's content ends where the next frame's speaker begins
        for (int k = 0; k + 1 < frames.size(); k++) {
            Frame a = frames.get(k);
            Frame b = frames.get(k + 1);
            if (!a.quoteContent && !a.passive && a.contentTo > b.npFrom && b.npFrom >= a.contentFrom) {
                int cut = b.npFrom < b.npTo ? b.npFrom : b.verbFrom;
                a.contentTo = Math.max(a.contentFrom, trimTrailing(tokens, a.contentFrom, cut));
            }
        }
        return frames;
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

    private static boolean negated(List<Token> tokens, int i) {
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

    private static boolean passive(List<Token> tokens, int i) {
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

    /** "Y was accused by X of …": the speaker is the agent after "by", the accused the subject. */
    private boolean passiveFrame(
            Context ctx, List<Token> tokens, List<Mention> mentions, Mention[] at, Frame f, List<Frame> frames) {
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
        int[] np = rightNounPhrase(tokens, by + 1);
        if (np[0] >= np[1]) {
            return false;
        }
        f.passive = true;
        f.npFrom = np[0];
        f.npTo = np[1];
        f.speaker = resolveSpeaker(ctx, tokens, mentions, at, np[0], np[1], frames, f.verbFrom);
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
            Context ctx, List<Token> tokens, List<Mention> mentions, Mention[] at, int i, List<Frame> frames) {
        int[] np = rightNounPhrase(tokens, i + 2);
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
        f.speaker = resolveSpeaker(ctx, tokens, mentions, at, np[0], np[1], frames, i);
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
                        || tokens.get(k).is("on")
                        || tokens.get(k).is("in")
                        || tokens.get(k).is("a")
                        || tokens.get(k).is("statement")
                        || tokens.get(k).is("written")
                        || tokens.get(k).is("reporters")
                        || tokens.get(k).is("journalists")
                        || tokens.get(k).is("told"))) {
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
        if (before >= 0 && tokens.get(before).quote() && nothingAfter) {
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
                && (tokens.get(c).is("while")
                        || tokens.get(c).is("as")
                        || tokens.get(c).is("after")
                        || tokens.get(c).is("before")
                        || tokens.get(c).is("when")
                        || tokens.get(c).is("although"))) {
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

    /** "…, Ukraine's air force said on Monday, in a wave of attacks that …": what follows only sets the scene. */
    private static boolean circumstantialTail(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size()
                && (DateResolver.isTimeWord(tokens.get(k)) || tokens.get(k).is("on"))) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).isPunct(',')) {
            return false;
        }
        k++;
        return k < tokens.size()
                && (tokens.get(k).is("in")
                        || tokens.get(k).is("amid")
                        || tokens.get(k).is("after")
                        || tokens.get(k).is("during")
                        || tokens.get(k).is("following"));
    }

    private static int circumstanceEnd(List<Token> tokens, int from) {
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

    private static boolean onlyTimeWords(List<Token> tokens, int from, int to) {
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

    private static int trimTrailing(List<Token> tokens, int from, int to) {
        int e = to;
        while (e > from) {
            Token t = tokens.get(e - 1);
            if (t.isPunct('.')
                    || t.isPunct(',')
                    || t.isPunct(';')
                    || t.isPunct(':')
                    || t.quote()
                    || t.isPunct('\u2014')
                    || t.is("with")
                    || t.is("and")
                    || t.is("but")
                    || t.is("while")
                    || t.is("which")
                    || t.is("as")) {
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

    private static int clauseStart(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.quote() || t.is("that") || SUBORDINATORS.contains(t.lower()) && !t.is("and")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The speaker phrase left of a verb: {@code [from, to)}; empty when there is none. */
    private int[] leftNounPhrase(List<Token> tokens, int verb) {
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
            if (npWord(t)) {
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

    private boolean npWord(Token t) {
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

    /** "quoted X as saying" / "cited X as saying": the phrase X, or null. */
    private static int[] quotedAsSaying(List<Token> tokens, int verb) {
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
        if (from >= to || !lex.officialNouns.containsWord(tokens.get(from).lower())) {
            return false;
        }
        Token t = tokens.get(k);
        String w = t.lower();
        boolean possessiveBefore =
                k > 0 && (tokens.get(k - 1).is("'s") || tokens.get(k - 1).is("\u2019s"));
        return possessiveBefore
                && t.isWord()
                && !t.isCapitalized()
                && !w.endsWith("ed")
                && !w.endsWith("ing")
                && !w.endsWith("ly")
                && !lex.speechVerbs.containsWord(w)
                && !AUX.contains(w)
                && !BE.contains(w);
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

    private static boolean listAhead(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("and") || tokens.get(k).is("or")) {
                return tokens.get(from).isCapitalized();
            }
        }
        return false;
    }

    /** The index of the comma opening ", who …" / ", which …" left of {@code k}, or -1. */
    private static int relativeClauseStart(List<Token> tokens, int k) {
        for (int j = k; j >= Math.max(1, k - 20); j--) {
            if ((tokens.get(j).is("who") || tokens.get(j).is("which"))
                    && tokens.get(j - 1).isPunct(',')) {
                return j - 1;
            }
        }
        return -1;
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
            if (lex.officialNouns.containsWord(w)
                    || lex.nonStateNouns.contains(w)
                    || w.equals("head")
                    || w.equals("director")
                    || w.equals("adviser")
                    || w.equals("advisor")) {
                return true;
            }
        }
        return false;
    }

    /** ", for its part," before a verb: the index of the opening comma, or -1. */
    private static int commaAdverbial(List<Token> tokens, int closing) {
        for (int k = closing - 1; k >= Math.max(0, closing - 14); k--) {
            if (tokens.get(k).isPunct(',')) {
                String inner = joinLower(tokens, k + 1, closing);
                if (inner.startsWith("for its part")
                        || inner.startsWith("for their part")
                        || inner.startsWith("in turn")
                        || inner.startsWith("meanwhile")
                        || inner.startsWith("however")
                        || inner.startsWith("in a ")
                        || inner.startsWith("in response")
                        || inner.startsWith("in an ")
                        || inner.startsWith("too")
                        || inner.startsWith("on ")
                        || inner.startsWith("speaking")
                        || inner.startsWith("separately")
                        || inner.split(" ")[0].endsWith("ing") && !inner.startsWith("during")) {
                    return k;
                }
                return -1;
            }
        }
        return -1;
    }

    private static String joinLower(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(k).lower());
        }
        return b.toString();
    }

    /** The speaker phrase right of a verb or preposition ("said the ministry", "according to Iranian media"). */
    private int[] rightNounPhrase(List<Token> tokens, int start) {
        int k = start;
        while (k < tokens.size() && npWord(tokens.get(k)) && !tokens.get(k).is("that")) {
            k++;
        }
        return new int[] {start, k};
    }

    // ---------------------------------------------------------------- speakers

    private Speaker resolveSpeaker(
            Context ctx,
            List<Token> tokens,
            List<Mention> mentions,
            Mention[] at,
            int from,
            int to,
            List<Frame> frames,
            int verb) {
        String text = spanText(ctx.text, tokens, from, to);
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String head = null;
        boolean official = false;
        boolean nonState = false;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (at[k] != null) {
                continue;
            }
            if (lex.nonStateNouns.contains(w)) {
                nonState = true;
            }
            if (lex.officialNouns.containsWord(w)
                    && !w.equals("state")
                    && !w.equals("foreign")
                    && !w.equals("defence")
                    && !w.equals("defense")
                    && !w.equals("interior")) {
                official = true;
                head = w;
            }
        }
        if (nonState) {
            Speaker s = Speaker.nonState(text, start, end);
            registerPerson(ctx, tokens, at, from, to, s);
            return s;
        }
        List<Actor> actors = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.from() >= from && m.to() <= to) {
                Token prev = m.from() > 0 ? tokens.get(m.from() - 1) : null;
                if (prev != null
                        && (prev.is("in") || prev.is("at") || prev.is("to") || prev.is("from"))
                        && m.from() > from) {
                    continue;
                }
                if (m.kind() == Gazetteer.AliasKind.DEMONYM
                        && m.to() < to
                        && tokens.get(m.to()).lower().startsWith("-")) {
                    continue;
                }
                if (!actors.contains(m.actor())) {
                    boolean coordinated = !actors.isEmpty()
                            && m.from() > from
                            && tokens.get(m.from() - 1).is("and");
                    if (actors.isEmpty() || coordinated) {
                        actors.add(m.actor());
                    }
                }
            }
        }
        if (!actors.isEmpty()) {
            Speaker s = new Speaker(actors, text, head, start, end);
            registerPerson(ctx, tokens, at, from, to, s);
            return s;
        }
        // a pronoun or an anaphoric phrase: "he", "it", "the ministry", "the statement", a known surname
        if (to - from == 1 && PRONOUNS.contains(tokens.get(from).lower())) {
            if (tokens.get(from).is("it") || tokens.get(from).is("they")) {
                Speaker subject = sentenceSubject(ctx, tokens, mentions, at, frames, from);
                if (subject != null) {
                    return withMention(subject, text, start, end);
                }
            }
            if (!frames.isEmpty() && frames.get(frames.size() - 1).speaker != null) {
                return withMention(frames.get(frames.size() - 1).speaker, text, start, end);
            }
            return ctx.lastSpeaker == null ? null : withMention(ctx.lastSpeaker, text, start, end);
        }
        for (int k = to - 1; k >= from; k--) {
            Token t = tokens.get(k);
            if (t.isCapitalized() && ctx.persons.containsKey(t.text())) {
                Speaker known = ctx.persons.get(t.text());
                return new Speaker(known.actors(), text, known.head(), start, end, false);
            }
        }
        if (official) {
            // "officials in Kyiv said": the government seated there
            for (Mention m : mentions) {
                if (m.from() > from
                        && m.to() <= to
                        && m.kind() == Gazetteer.AliasKind.CAPITAL
                        && tokens.get(m.from() - 1).is("in")) {
                    return new Speaker(List.of(m.actor()), text, head, start, end);
                }
            }
        }
        if (official && anonymousPlural(tokens, from, to)) {
            return Speaker.nonState(text, start, end); // "Diplomats said", "officials said": anonymous sources
        }
        if (official) {
            Actor carried = carriedBy(tokens, mentions, verb);
            Speaker resolved = null;
            if (carried != null) {
                resolved = new Speaker(List.of(carried), text, head, start, end);
            } else {
                Actor byHead = byHeadNoun(ctx, tokens, from, to);
                Speaker previous = frames.isEmpty() ? null : frames.get(frames.size() - 1).speaker;
                if (byHead != null) {
                    resolved = new Speaker(List.of(byHead), text, head, start, end);
                } else if (previous != null && previous.isState()) {
                    resolved = withMention(previous, text, start, end);
                } else if (openingPlace(tokens, mentions, from) != null) {
                    // "In Tokyo, the chief cabinet secretary told …"
                    resolved = new Speaker(List.of(openingPlace(tokens, mentions, from)), text, head, start, end);
                } else if (continuedInstitution(ctx, tokens, from, to) != null) {
                    // "ministry spokeswoman He Lin" after "China's commerce ministry said": the same ministry
                    resolved = withMention(continuedInstitution(ctx, tokens, from, to), text, start, end);
                } else if (hasPersonName(tokens, at, from, to) && introducedState(ctx) != null) {
                    // "Foreign Minister Carlos Yánez said": a newly introduced official speaks for the state the
                    // article is datelined in or opened with, not necessarily for the last speaker
                    resolved = new Speaker(List.of(introducedState(ctx)), text, head, start, end);
                } else if (ctx.lastSpeaker == null && subjectActor(tokens, mentions, from) != null) {
                    // "Bangladesh summoned the envoy …, the foreign ministry said."
                    resolved = new Speaker(List.of(subjectActor(tokens, mentions, from)), text, head, start, end);
                } else if (ctx.lastSpeaker != null) {
                    resolved = withMention(ctx.lastSpeaker, text, start, end).asInferred();
                } else if (ctx.datelineActor != null) {
                    resolved = new Speaker(List.of(ctx.datelineActor), text, head, start, end).asInferred();
                }
            }
            if (resolved != null) {
                if (carried == null && hasPersonName(tokens, at, from, to)) {
                    resolved = resolved.asInferred();
                }
                registerPerson(ctx, tokens, at, from, to, resolved);
            }
            return resolved;
        }
        // an unknown name: a speaker the gazetteer does not know is not a state voice
        if (tokens.get(from).isCapitalized() || tokens.get(to - 1).isCapitalized()) {
            Speaker s = Speaker.nonState(text, start, end);
            registerPerson(ctx, tokens, at, from, to, s);
            return s;
        }
        return null;
    }

    private static boolean anonymousPlural(List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        boolean determiner = DETERMINERS.contains(first.lower()) || first.is("some") || first.is("several");
        return !determiner
                && !first.is("its")
                && last.lower().endsWith("s")
                && !last.lower().endsWith("ss")
                && to - from <= 3
                && (!last.isCapitalized() || to - from == 1);
    }

    /** The actor opening the sentence, when it opens with one: "Bangladesh summoned …". */
    private static Actor subjectActor(List<Token> tokens, List<Mention> mentions, int before) {
        for (Mention m : mentions) {
            if (m.from() <= 1 && m.to() <= before && m.kind() != Gazetteer.AliasKind.DEMONYM) {
                return m.actor();
            }
        }
        return null;
    }

    /** The state of a capital the sentence opens with as its place ("In Tokyo, …"), when the speaker follows it. */
    private static Actor openingPlace(List<Token> tokens, List<Mention> mentions, int speakerFrom) {
        if (tokens.isEmpty() || !tokens.get(0).is("in")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.from() == 1
                    && m.kind() == Gazetteer.AliasKind.CAPITAL
                    && m.to() < tokens.size()
                    && tokens.get(m.to()).isPunct(',')
                    && m.to() < speakerFrom) {
                return m.actor();
            }
        }
        return null;
    }

    /** A recent state speaker whose mention names the same institution ("ministry") as this phrase, or null. */
    private Speaker continuedInstitution(Context ctx, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (!INSTITUTION_HEADS.contains(w)) {
                continue;
            }
            // only the speaker just heard: a statement announced in between ("Kigali's answer came") moves on
            Speaker sp = ctx.lastSpeaker;
            if (sp != null
                    && sp.isState()
                    && sp.mention().toLowerCase(java.util.Locale.ROOT).contains(w)) {
                return sp;
            }
        }
        return null;
    }

    private static final Set<String> INSTITUTION_HEADS = Lexicon.grammar("institution-heads");

    private boolean hasPersonName(List<Token> tokens, Mention[] at, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (at[k] == null
                    && t.isCapitalized()
                    && t.isWord()
                    && !lex.officialNouns.containsWord(t.lower())
                    && !NP_WORDS.contains(t.lower())
                    && !t.text().equals(t.text().toUpperCase())) {
                return true;
            }
        }
        return false;
    }

    /** The state an article's unqualified officials belong to: its dateline's, else its first state speaker's. */
    private static Actor introducedState(Context ctx) {
        if (ctx.datelineActor != null && ctx.datelineActor.kind() == Actor.Kind.STATE) {
            return ctx.datelineActor;
        }
        for (Speaker s : ctx.speakers) {
            if (s.isState() && s.actors().get(0).kind() == Actor.Kind.STATE) {
                return s.actors().get(0);
            }
        }
        return null;
    }

    private static Speaker withMention(Speaker s, String mention, int from, int to) {
        return new Speaker(s.actors(), mention, s.head(), from, to, s.inferred());
    }

    /** "… carried by the official Korean Central News Agency": state media in the sentence speak for their state. */
    private static Actor carriedBy(List<Token> tokens, List<Mention> mentions, int verb) {
        for (Mention m : mentions) {
            if (m.kind() == Gazetteer.AliasKind.MEDIA) {
                return m.actor();
            }
        }
        return null;
    }

    /** "the Commission" after "the European Commission": the last actor named with the same head noun. */
    private Actor byHeadNoun(Context ctx, List<Token> tokens, int from, int to) {
        String last = tokens.get(to - 1).lower();
        for (int k = ctx.recentMentionTexts.size() - 1; k >= 0; k--) {
            String mt = ctx.recentMentionTexts.get(k).toLowerCase(java.util.Locale.ROOT);
            if (mt.endsWith(" " + last)) {
                return ctx.recentMentions.get(k).actor();
            }
        }
        for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
            Speaker s = ctx.speakers.get(k);
            if (last.equals(s.head()) && tokens.get(from).is("the")) {
                return s.actors().get(0);
            }
        }
        return null;
    }

    private void registerPerson(Context ctx, List<Token> tokens, Mention[] at, int from, int to, Speaker s) {
        for (int k = to - 1; k >= from; k--) {
            Token t = tokens.get(k);
            if (at[k] == null
                    && t.isCapitalized()
                    && t.isWord()
                    && !lex.officialNouns.containsWord(t.lower())
                    && !NP_WORDS.contains(t.lower())
                    && k > from) {
                ctx.persons.put(t.text(), s);
                return;
            }
        }
    }

    /** The subject of the sentence the frame is in: its first noun phrase, skipping a leading time phrase. */
    private Speaker sentenceSubject(
            Context ctx, List<Token> tokens, List<Mention> mentions, Mention[] at, List<Frame> frames, int before) {
        if (!frames.isEmpty() && frames.get(0).speaker != null) {
            return frames.get(0).speaker;
        }
        int k = 0;
        while (k < before
                && (DateResolver.isTimeWord(tokens.get(k))
                        || tokens.get(k).is("in")
                        || tokens.get(k).is("on")
                        || tokens.get(k).isPunct(','))) {
            k++;
        }
        int e = k;
        while (e < before
                && npWord(tokens.get(e))
                && !PRONOUNS.contains(tokens.get(e).lower())) {
            e++;
        }
        for (int x = e; x < Math.min(before, e + 5); x++) {
            Token t = tokens.get(x);
            if (lex.speechVerbs.containsWord(t.lower()) || AUX.contains(t.lower()) || !t.isWord()) {
                break;
            }
            if (lex.nonStateNouns.contains(t.lower())) {
                return Speaker.nonState(
                        spanText(ctx.text, tokens, k, x + 1),
                        tokens.get(k).start(),
                        tokens.get(x).end());
            }
        }
        for (int x = k; x < e; x++) {
            if (lex.nonStateNouns.contains(tokens.get(x).lower())) {
                return Speaker.nonState(
                        spanText(ctx.text, tokens, k, e),
                        tokens.get(k).start(),
                        tokens.get(e - 1).end());
            }
        }
        if (e > k) {
            List<Actor> actors = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.from() >= k && m.to() <= e) {
                    actors.add(m.actor());
                    break;
                }
            }
            if (!actors.isEmpty()) {
                return new Speaker(
                        actors,
                        spanText(ctx.text, tokens, k, e),
                        null,
                        tokens.get(k).start(),
                        tokens.get(e - 1).end());
            }
            Actor byHead = byHeadNoun(ctx, tokens, k, e);
            if (byHead != null) {
                return new Speaker(
                        List.of(byHead),
                        spanText(ctx.text, tokens, k, e),
                        null,
                        tokens.get(k).start(),
                        tokens.get(e - 1).end());
            }
        }
        return ctx.lastSpeaker;
    }

    // ---------------------------------------------------------------- dates

    private DateResolver.Found frameDate(Context ctx, List<Token> tokens, Frame f, List<Frame> frames) {
        int zoneFrom = f.passive ? 0 : clauseStart(tokens, Math.min(f.npFrom, f.verbFrom));
        if (!f.quoteContent && f.contentTo <= f.npFrom && f.contentTo > f.contentFrom) {
            zoneFrom = f.npFrom; // "…, the ministry said on Monday": the words before are what was said
        }
        if (f.inherited && f.npFrom == f.npTo && !frames.isEmpty()) {
            zoneFrom = f.verbFrom; // ", adding that …": the words before belong to the statement it continues
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
            found = findOutsideQuotes(tokens, f.contentFrom, f.contentTo, ctx.published);
        }
        if (found == null && !frames.isEmpty() && appositiveAnswer(tokens, f.npFrom)) {
            found = frames.get(frames.size() - 1).date; // ", an account the Philippines called a lie"
        }
        if (found == null && f.inherited && !frames.isEmpty()) {
            found = frames.get(frames.size() - 1).date;
        }
        return found;
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

    private static DateResolver.Found findOutsideQuotes(List<Token> tokens, int from, int to, LocalDate pub) {
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

    private static final Set<String> PLAIN_PRESENT = Set.of(
            "say", "allege", "accuse", "deny", "claim", "insist", "reject", "blame", "maintain", "argue", "warn");

    /** "… would deny", "did not say": a plain verb after an auxiliary is not the present tense. */
    private boolean modalBefore(Frame f) {
        return AUX_BEFORE_PLAIN.contains(f.wordBefore);
    }

    private static final Set<String> AUX_BEFORE_PLAIN =
            Set.of("to", "will", "would", "did", "does", "do", "may", "might", "can", "could", "should", "must");

    /** "a day after Tallinn accused …": a statement set apart from the day's news. */
    private static boolean subordinateClause(Frame f) {
        return f.clauseOpener.equals("after")
                || f.clauseOpener.equals("before")
                || f.clauseOpener.equals("since")
                || f.clauseOpener.equals("until");
    }

    private ClaimDate statementDate(Context ctx, Frame f, Actor claimant) {
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
                || v.startsWith("says")
                || v.startsWith("hits")
                || v.startsWith("lashes")
                || v.startsWith("points")
                || v.startsWith("calls");
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

    // ---------------------------------------------------------------- claims

    /**
     * An official named without a country whose words deny something about a state that could be theirs ("Rwanda has
     * nothing to do with …") speaks for that state.
     */
    private Frame settleSpeaker(List<Token> tokens, List<Mention> mentions, Mention[] at, Frame f) {
        if (!f.speaker.inferred() || f.contentTo <= f.contentFrom) {
            return f;
        }
        for (Mention m : mentions) {
            if (m.from() >= f.contentFrom
                    && m.from() <= f.contentFrom + 2
                    && !f.speaker.actors().contains(m.actor())
                    && !accuserPosition(tokens, m)) {
                int[] first = clauses(tokens, f.contentFrom, f.contentTo).get(0);
                Content c = analyseContent(tokens, mentions, at, first[0], first[1], m.actor(), f);
                if (c.denialMarker && c.selfReference && c.agents(m.actor()).isEmpty()) {
                    Speaker s = f.speaker;
                    f.speaker = new Speaker(List.of(m.actor()), s.mention(), s.head(), s.from(), s.to());
                }
                break;
            }
        }
        return f;
    }

    private void makeClaims(
            Context ctx, int si, List<Token> tokens, List<Mention> mentions, Mention[] at, boolean[] inQuote, Frame f) {
        Actor claimant = f.speaker.actors().get(0);
        boolean perfectTense = f.verbFrom > 0
                && !f.passive
                && (tokens.get(f.verbFrom - 1).is("has")
                        || tokens.get(f.verbFrom - 1).is("have")
                        || f.verbFrom > 1
                                && (tokens.get(f.verbFrom - 2).is("has")
                                        || tokens.get(f.verbFrom - 2).is("have"))
                                && tokens.get(f.verbFrom - 1).lower().endsWith("ly")
                        || f.verbFrom > 2
                                && tokens.get(f.verbFrom - 3).is("has")
                                && tokens.get(f.verbFrom - 2).is("in"));
        int cf = f.contentFrom;
        int ct = f.contentTo;
        if (ct <= cf && !f.verbType.equals("ALLEGATION") && !f.verbType.equals("DENIAL")) {
            return;
        }
        Content c = analyseContent(tokens, mentions, at, cf, ct, claimant, f);
        for (Actor speakerActor : f.speaker.actors()) {
            List<Draft> made = new ArrayList<>();
            switch (f.verbType) {
                case "DENIAL" -> {
                    boolean deny = f.verb.startsWith("den");
                    if (deny || c.claimNoun || f.clausal || c.denialMarker || f.passive || f.verb.startsWith("hit")) {
                        Draft d = draft(
                                ctx,
                                si,
                                ClaimType.DENIAL,
                                f,
                                speakerActor,
                                List.of(speakerActor),
                                tokens,
                                cf,
                                ct,
                                0.85);
                        d.accuser = c.accuser;
                        d.accuserExplicit = c.accuserExplicit;
                        if (f.verb.startsWith("hit") && c.object != null) {
                            d.accuser = c.object;
                            d.accuserExplicit = true;
                        }
                        made.add(d);
                        Draft reported = reportedAllegation(ctx, si, tokens, f, c, speakerActor, cf, ct);
                        if (reported != null) {
                            made.add(reported);
                        }
                    }
                }
                case "ALLEGATION" -> {
                    List<Actor> accused = f.passive ? patients(f, speakerActor) : c.objects(speakerActor);
                    if (accused.isEmpty()) {
                        accused = c.agents(speakerActor);
                    }
                    double conf = f.passive ? 0.8 : 0.85;
                    if (accused.isEmpty() && strongAccusation(f.verb) && commonNounObject(tokens, cf, ct)) {
                        accused = fallbackAccused(ctx, tokens, mentions, speakerActor, cf, ct);
                        conf = 0.65;
                    }
                    if (!accused.isEmpty()) {
                        made.add(draft(ctx, si, ClaimType.ALLEGATION, f, speakerActor, accused, tokens, cf, ct, conf));
                    }
                }
                case "OTHER" -> {
                    List<Actor> targets = c.objects(speakerActor);
                    if (targets.isEmpty()) {
                        targets = c.agents(speakerActor);
                    }
                    if (!targets.isEmpty()) {
                        made.add(draft(ctx, si, ClaimType.OTHER, f, speakerActor, targets, tokens, cf, ct, 0.75));
                    }
                }
                default -> {
                    for (int[] clause : clauses(tokens, cf, ct)) {
                        Content cc = clause[0] == cf && clause[1] == ct
                                ? c
                                : analyseContent(tokens, mentions, at, clause[0], clause[1], claimant, f);
                        made.addAll(
                                neutralClaims(ctx, si, tokens, mentions, f, speakerActor, cc, clause[0], clause[1]));
                    }
                }
            }
            boolean background = backgroundAdverb(tokens, f.verbFrom);
            for (Draft d : made) {
                if (d.ownDate) {
                    ctx.drafts.add(d);
                    continue;
                }
                d.background = background && f.date == null;
                d.date = perfectTense && f.date == null ? null : statementDate(ctx, f, speakerActor);
                d.dateExplicit = f.date != null && !f.date.sameAsPrevious();
                if (d.date != null) {
                    ctx.lastDate.put(speakerActor.code(), d.date);
                    ctx.lastStatementDate = d.date;
                }
                ctx.drafts.add(d);
            }
        }
    }

    /**
     * "rejects the assertion, made by Venezuela's foreign minister on 9 April, that Guyana has handed its territory to
     * foreign bases": the allegation a denial answers is a claim of its own, by the state named as its source, dated by
     * the date given with it (or unknown).
     */
    private Draft reportedAllegation(
            Context ctx, int si, List<Token> tokens, Frame f, Content c, Actor denier, int cf, int ct) {
        if (!c.accuserExplicit || c.accuser == null || c.accuser.equals(denier)) {
            return null;
        }
        int noun = -1;
        for (int k = cf; k < ct; k++) {
            if (CLAIM_NOUNS.contains(tokens.get(k).lower())) {
                noun = k;
                break;
            }
        }
        if (noun < 0) {
            return null;
        }
        int that = -1;
        for (int k = noun + 1; k < Math.min(ct, noun + 25); k++) {
            if (tokens.get(k).is("that")) {
                that = k;
                break;
            }
        }
        if (that < 0 || that + 2 >= ct) {
            return null;
        }
        Draft d = new Draft();
        d.type = ClaimType.ALLEGATION;
        d.claimant = c.accuser;
        d.speaker = new Speaker(
                List.of(c.accuser),
                c.accuser.name(),
                null,
                tokens.get(noun).start(),
                tokens.get(noun).end());
        d.accused = List.of(denier);
        d.sentence = si;
        d.evidenceFrom = tokens.get(that + 1).start();
        d.evidenceTo = tokens.get(ct - 1).end();
        d.confidence = 0.6;
        d.ownDate = true;
        DateResolver.Found found = findOutsideQuotes(tokens, noun, that, ctx.published);
        if (found != null && found.date() != null) {
            d.date = found.date();
            d.dateExplicit = true;
        }
        return d;
    }

    /** "accused the aircraft of …" (a thing to resolve), not "blamed the Arakan Army" (a named non-state group). */
    private static boolean commonNounObject(List<Token> tokens, int cf, int ct) {
        if (cf >= ct) {
            return true;
        }
        int k = cf;
        if (DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < ct && !tokens.get(k).isCapitalized();
    }

    /** Verbs that accuse even when their object names no state ("accused the aircraft of …"). */
    private static boolean strongAccusation(String verb) {
        return verb.startsWith("accus")
                || verb.startsWith("blam")
                || verb.startsWith("alleg")
                || verb.contains("blame")
                || verb.contains("finger")
                || verb.startsWith("charg");
    }

    /** The claims of a plain speech verb ("said", "told"), decided by what was said. */
    private List<Draft> neutralClaims(
            Context ctx,
            int si,
            List<Token> tokens,
            List<Mention> mentions,
            Frame f,
            Actor speakerActor,
            Content c,
            int cf,
            int ct) {
        List<Draft> made = new ArrayList<>();

        List<Actor> agents = c.agents(speakerActor);
        if (LOG.isTraceEnabled()) {
            LOG.tracef(
                    "    content [%d,%d) agents=%s wrongful=%s denial=%s self=%s claimNoun=%s",
                    cf, ct, agents, c.wrongful, c.denialMarker, c.selfReference, c.claimNoun);
        }
        if (c.noEvidence && !agents.isEmpty()) {
            // "Finland had provided no evidence": the speaker rejects the other side's case
            Draft d = draft(ctx, si, ClaimType.DENIAL, f, speakerActor, List.of(speakerActor), tokens, cf, ct, 0.7);
            d.accuser = agents.get(0);
            made.add(d);
            return made;
        }
        boolean denial = c.denialMarker && (c.selfReference || c.claimNoun || agents.isEmpty() || c.negatedWrongful);
        double base = f.quoteContent ? 0.9 : 0.75;
        if (denial) {
            List<Actor> defended = c.defended != null && !c.claimNoun ? List.of(c.defended) : List.of(speakerActor);
            Draft d = draft(ctx, si, ClaimType.DENIAL, f, speakerActor, defended, tokens, cf, ct, base - 0.05);
            d.accuser = c.accuser;
            d.accuserExplicit = c.accuserExplicit;
            if (d.accuser == null && !agents.isEmpty() && c.claimNoun) {
                d.accuser = agents.get(0);
            }
            made.add(d);
            if (c.counterAgents != null && !c.counterAgents.isEmpty()) {
                made.add(draft(
                        ctx, si, ClaimType.ALLEGATION, f, speakerActor, c.counterAgents, tokens, cf, ct, base - 0.1));
            }
        } else if (c.wrongful && !agents.isEmpty()) {
            made.add(draft(ctx, si, ClaimType.ALLEGATION, f, speakerActor, agents, tokens, cf, ct, base));
        } else if (c.wrongful && c.anaphoricSubject && !hypothetical(tokens, cf, ct)) {
            List<Actor> accused = fallbackAccused(ctx, tokens, mentions, speakerActor, cf, ct);
            if (!accused.isEmpty()) {
                made.add(draft(ctx, si, ClaimType.ALLEGATION, f, speakerActor, accused, tokens, cf, ct, base - 0.15));
            }
        } else if (f.verb.equals("called") || f.verb.equals("calls") || f.verb.equals("described")) {
            // "over what it called hostile acts": the main clause names the accused
            if (c.wrongful) {
                List<Actor> accused = clauseActors(tokens, mentions, speakerActor, f.verbFrom);
                if (accused.isEmpty()) {
                    accused = fallbackAccused(ctx, tokens, mentions, speakerActor, cf, ct);
                }
                if (!accused.isEmpty()) {
                    made.add(
                            draft(ctx, si, ClaimType.ALLEGATION, f, speakerActor, accused, tokens, cf, ct, base - 0.1));
                }
            }
        }
        return made;
    }

    /**
     * Splits what was said into clauses that can each carry a claim: "…, and that …", "…; …", "… but …", and the
     * sentences of a quotation.
     */
    private static List<int[]> clauses(List<Token> tokens, int cf, int ct) {
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

    /**
     * "the partnership would help …", "it was too early to say who was responsible": a prospect or an open question,
     * not an account of anyone's conduct.
     */
    private static boolean hypothetical(List<Token> tokens, int cf, int ct) {
        for (int k = cf; k < ct; k++) {
            String w = tokens.get(k).lower();
            if (w.equals("unclear")
                    || w.equals("whether")
                    || w.startsWith("concern")
                    || w.equals("early") && k > cf && tokens.get(k - 1).is("too")
                    || w.equals("who") && k + 1 < ct && tokens.get(k + 1).is("was")) {
                return true;
            }
        }
        for (int k = cf; k < Math.min(ct, cf + 6); k++) {
            String w = tokens.get(k).lower();
            if (w.equals("would")
                    || w.equals("will")
                    || w.equals("could")
                    || w.equals("may")
                    || w.equals("might")
                    || w.equals("should")) {
                return true;
            }
        }
        return false;
    }

    private static boolean backgroundAdverb(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("previously")
                    || w.equals("repeatedly")
                    || w.equals("long")
                    || w.equals("often")
                    || w.equals("frequently")
                    || w.equals("regularly")
                    || w.equals("past")) {
                return true;
            }
        }
        return false;
    }

    private Draft draft(
            Context ctx,
            int si,
            ClaimType type,
            Frame f,
            Actor claimant,
            List<Actor> accused,
            List<Token> tokens,
            int cf,
            int ct,
            double conf) {
        Draft d = new Draft();
        d.type = type;
        d.speaker = f.speaker;
        d.claimant = claimant;
        d.accused = accused;
        d.sentence = si;
        if (ct > cf) {
            d.evidenceFrom = tokens.get(cf).start();
            d.evidenceTo = tokens.get(ct - 1).end();
        } else {
            d.evidenceFrom = tokens.get(f.verbFrom).start();
            d.evidenceTo = tokens.get(Math.min(tokens.size(), f.verbTo) - 1).end();
        }
        double c = conf - (f.inherited ? 0.05 : 0.0);
        d.confidence = Math.max(0.05, Math.min(0.99, c));
        return d;
    }

    private static List<Actor> patients(Frame f, Actor claimant) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : f.passivePatients) {
            if (!m.actor().equals(claimant) && !out.contains(m.actor())) {
                out.add(m.actor());
            }
        }
        return out;
    }

    private List<Actor> clauseActors(List<Token> tokens, List<Mention> mentions, Actor claimant, int before) {
        List<Actor> out = new ArrayList<>();
        int start = clauseStart(tokens, before);
        for (Mention m : mentions) {
            if (m.from() >= start && m.to() <= before && !m.actor().equals(claimant) && !out.contains(m.actor())) {
                out.add(m.actor());
            }
        }
        return out;
    }

    /**
     * When an allegation names no one ("the jets entered its airspace", "the same actor"), it is about whoever the
     * article's allegations are about: the accused of the latest allegation, then the latest denier, then any actor
     * the claim's own words name, then the latest actor named before it.
     */
    private List<Actor> fallbackAccused(
            Context ctx, List<Token> tokens, List<Mention> mentions, Actor claimant, int cf, int ct) {
        for (int k = ctx.drafts.size() - 1; k >= 0; k--) {
            Draft d = ctx.drafts.get(k);
            if (d.type == ClaimType.ALLEGATION) {
                List<Actor> acc = new ArrayList<>(d.accused);
                acc.remove(claimant);
                if (!acc.isEmpty()) {
                    return acc;
                }
                if (d.accused.contains(claimant) && !d.claimant.equals(claimant) && namedNearby(ctx, d.claimant)) {
                    return List.of(d.claimant); // the accused answers the accuser just named
                }
                break;
            }
        }
        for (int k = ctx.drafts.size() - 1; k >= 0; k--) {
            Draft d = ctx.drafts.get(k);
            if (d.type == ClaimType.DENIAL && !d.claimant.equals(claimant)) {
                return List.of(d.claimant);
            }
        }
        for (Mention m : mentions) {
            if (m.from() >= cf && m.to() <= ct && !m.actor().equals(claimant)) {
                return List.of(m.actor());
            }
        }
        // earlier in the same sentence: "a Chinese jet released flares …, calling the manoeuvre unsafe"
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.to() <= cf && !m.actor().equals(claimant) && !isPlace(tokens, m, mentions)) {
                return List.of(m.actor());
            }
        }
        for (int k = ctx.recentMentions.size() - 1; k >= Math.max(0, ctx.recentMentions.size() - 6); k--) {
            Actor a = ctx.recentMentions.get(k).actor();
            if (!a.equals(claimant)) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /** Whether the actor is named in the sentence being read or the one before it. */
    private static boolean namedNearby(Context ctx, Actor actor) {
        int n = ctx.sentenceActors.size();
        for (int k = Math.max(0, n - 2); k < n; k++) {
            if (ctx.sentenceActors.get(k).contains(actor.code())) {
                return true;
            }
        }
        return false;
    }

    /** What the words of a statement say about whom. */
    private final class Content {
        final List<Mention> agentMentions = new ArrayList<>();
        final List<Mention> objectMentions = new ArrayList<>();
        Actor object;
        boolean selfReference;
        boolean denialMarker;
        boolean negatedWrongful;
        boolean wrongful;
        boolean claimNoun;
        boolean anaphoricSubject;
        Actor accuser;
        boolean accuserExplicit;
        List<Actor> counterAgents;
        Actor defended;
        boolean noEvidence;

        List<Actor> agents(Actor claimant) {
            return actorsOf(agentMentions, claimant);
        }

        List<Actor> objects(Actor claimant) {
            return actorsOf(objectMentions, claimant);
        }

        private List<Actor> actorsOf(List<Mention> ms, Actor claimant) {
            List<Actor> out = new ArrayList<>();
            for (Mention m : ms) {
                if (!m.actor().equals(claimant) && !out.contains(m.actor())) {
                    out.add(m.actor());
                }
            }
            return out;
        }
    }

    private Content analyseContent(
            List<Token> tokens, List<Mention> mentions, Mention[] at, int cf, int ct, Actor claimant, Frame f) {
        Content c = new Content();
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
                            && !otherSubjectBefore(mentions, claimant, cf, b)) {
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
        if (!c.denialMarker
                && (c.selfReference || ownForcesOnly(tokens, mentions, cf, ct))
                && lex.justifications.matchAny(tokens, cf, ct)) {
            // "the Chinese pilot's response had been professional, legitimate and restrained"
            c.denialMarker = true;
        }
        for (int k = cf + 1; k < ct; k++) {
            String w = tokens.get(k).lower();
            String p = tokens.get(k - 1).lower();
            if ((w.equals("evidence") || w.equals("proof"))
                    && (p.equals("no") || p.equals("without") || p.equals("any"))) {
                c.noEvidence = true;
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
                        isPlace(tokens, m, mentions),
                        isPatient(tokens, m, ct),
                        addressee(tokens, m),
                        victimOfWrongful(tokens, m, cf),
                        wrongfulNear(tokens, m, cf, ct));
            }
            if (isPlace(tokens, m, mentions) || isPatient(tokens, m, ct) || addressee(tokens, m)) {
                continue;
            }
            if (f.verbType.equals("NEUTRAL")
                    && (victimOfWrongful(tokens, m, cf) || !incursion && !wrongfulNear(tokens, m, cf, ct))) {
                continue;
            }
            if (c.claimNoun && accuserPosition(tokens, m)) {
                continue;
            }
            c.agentMentions.add(m);
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
                    && !w.equals("behind")
                    && !w.startsWith("condemn")
                    && !w.startsWith("denounc")
                    && !w.startsWith("critici")) {
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

    private static final Set<String> TERRITORY = Lexicon.grammar("territory");

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

    private static final Set<String> ADVERBIAL_MARKERS = Lexicon.grammar("adverbial-markers");

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
                        || tokens.get(p).is("completely")
                        || tokens.get(p).is("entirely")
                        || tokens.get(p).is("totally")
                        || tokens.get(p).is("wholly")
                        || tokens.get(p).is("utterly")
                        || tokens.get(p).is("absolutely")
                        || tokens.get(p).is("pure")
                        || tokens.get(p).is("complete")
                        || tokens.get(p).is("and")
                        || tokens.get(p).isPunct(',')
                        || tokens.get(p).is("deeply")
                        || tokens.get(p).is("simply"))) {
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
        return BE.contains(w)
                || w.equals("as")
                || w.equals("called")
                || w.equals("calling")
                || w.equals("call")
                || w.equals("calls")
                || w.equals("describing")
                || w.equals("described")
                || w.equals("branded")
                || w.equals("dismissed")
                || w.equals("rejected")
                || w.equals("remain")
                || w.equals("remains")
                || w.equals("seem")
                || w.equals("sounds")
                || w.equals("with")
                || w.equals("these")
                || w.equals("such")
                || w.equals("spreading")
                || w.equals("spread")
                || w.equals("of")
                || w.equals("mere");
    }

    /** "We will not allow Belgrade to …": a resolve about the future, not an account of conduct. */
    private static boolean modal(List<Token> tokens, int cf, int ct) {
        for (int k = cf; k < ct; k++) {
            String w = tokens.get(k).lower();
            if (w.equals("will")
                    || w.equals("would")
                    || w.equals("could")
                    || w.equals("might")
                    || w.equals("should")
                    || w.equals("must")
                    || w.equals("may")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OWN_FORCES =
            Set.of("navy", "army", "military", "forces", "troops", "sailors", "soldiers", "pilots", "police", "guard");

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
                && !tokens.get(cf + 1).is("one")
                && !tokens.get(cf + 1).is("indication")
                && !tokens.get(cf + 1).is("comment")
                && !tokens.get(cf + 1).is("immediate");
    }

    private boolean wrongfulIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isCapitalized() && lex.isWrongful(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int clauseBoundaryAfter(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';')
                    || t.isPunct('.')
                    || t.is("but")
                    || t.is("instead")
                    || t.is("rather")
                    || t.is("whereas")
                    || t.is("while")
                    || t.is("it") && k + 1 < to && tokens.get(k + 1).is("was") && k > from) {
                return k;
            }
        }
        return to;
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

    private static boolean coordinatedWith(List<Token> tokens, Mention a, Mention b) {
        int gap = b.from() - a.to();
        if (gap == 1) {
            Token t = tokens.get(a.to());
            return t.is("and") || t.isPunct(',') || t.is("or");
        }
        return gap == 2
                && tokens.get(a.to()).isPunct(',')
                && tokens.get(a.to() + 1).is("and");
    }

    private boolean accuserPosition(List<Token> tokens, Mention m) {
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

    private void accuserOfClaimNoun(
            Content c, List<Token> tokens, List<Mention> mentions, Mention[] at, int k, int ct) {
        if (c.accuserExplicit) {
            return;
        }
        // "Greek accusations", "the Greek statements", "Tallinn's claims"
        int p = k - 1;
        if (p >= 0 && (tokens.get(p).is("'s") || tokens.get(p).is("\u2019s"))) {
            p--;
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
            while (e < ct && npWord(tokens.get(e)) && !tokens.get(e).is("that")) {
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

    private boolean isPlace(List<Token> tokens, Mention m, List<Mention> mentions) {
        int p = m.from() - 1;
        while (p >= 0
                && (tokens.get(p).is("the")
                        || !tokens.get(p).isCapitalized()
                                && tokens.get(p)
                                        .lower()
                                        .matches(
                                                "(northern|southern|eastern|western|central|north|south|east|west|occupied|disputed|neighbouring|neighboring)"))) {
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
            if (lex.placeNouns.contains(n)) {
                return true;
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
    private static boolean isPatient(List<Token> tokens, Mention m, int ct) {
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
                    || tokens.get(k).is("that")
                    || tokens.get(k).is("and") && k == m.to()) {
                return false;
            }
        }
        return false;
    }

    /** "called NATO Secretary-General X", "summoned the Turkish ambassador": addressed, not accused. */
    private boolean addressee(List<Token> tokens, Mention m) {
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
            return n.equals("secretary-general")
                    || n.equals("ally")
                    || n.equals("allies")
                    || n.equals("member")
                    || n.equals("members");
        }
        return false;
    }

    // ---------------------------------------------------------------- appositive denials

    /** ", an accusation Armenia swiftly rejected": a denial of the allegation made earlier in the sentence. */
    private void appositiveDenials(
            Context ctx, int si, List<Token> tokens, List<Mention> mentions, Mention[] at, int before) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (!(w.equals("accusation")
                    || w.equals("allegation")
                    || w.equals("charge")
                    || w.equals("claim")
                    || w.equals("accusations")
                    || w.equals("allegations")
                    || w.equals("charges")
                    || w.equals("claims"))) {
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

    private static String spanText(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
