package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.AUX;
import static dev.claimline.extraction.Grammar.DETERMINERS;
import static dev.claimline.extraction.Grammar.GROUP_VOICE_HEADS;
import static dev.claimline.extraction.Grammar.INSTITUTION_HEADS;
import static dev.claimline.extraction.Grammar.MODIFIER_OFFICIAL_WORDS;
import static dev.claimline.extraction.Grammar.NP_WORDS;
import static dev.claimline.extraction.Grammar.PRONOUNS;
import static dev.claimline.extraction.Phrases.spanText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speaker attribution: the state or organisation a speaker phrase speaks for. A phrase naming an actor speaks for it
 * ("Azerbaijan's defence ministry"); a pronoun, "the ministry" or a known surname for an earlier speaker; an official
 * without a country for the state the sentence, the article's dateline or its earlier speakers give; anyone else
 * (companies, analysts, anonymous diplomats) is a non-state voice.
 */
final class SpeakerResolver {
    private final Lexicon lex;
    private final NounPhrases nounPhrases;

    SpeakerResolver(Lexicon lex, NounPhrases nounPhrases) {
        this.lex = lex;
        this.nounPhrases = nounPhrases;
    }

    Speaker resolveSpeaker(
            ReadingContext ctx,
            List<Token> tokens,
            List<Mention> mentions,
            Mention[] at,
            int from,
            int to,
            List<Frame> frames,
            int verb) {
        Speaker s = resolve(ctx, tokens, mentions, at, from, to, frames, verb);
        boolean pronoun = to - from == 1 && PRONOUNS.contains(tokens.get(from).lower());
        if (s != null && !pronoun && !impersonal(tokens, at, to)) {
            ctx.lastPerson = s; // "he" and "she" refer to people, not to "New Zealand said" or "the ministry said"
        }
        return s;
    }

    /** A phrase naming an actor or an institution ("New Zealand", "Russia's defence ministry"), not a person. */
    private static boolean impersonal(List<Token> tokens, Mention[] at, int to) {
        return at[to - 1] != null
                || INSTITUTION_HEADS.contains(tokens.get(to - 1).lower())
                || tokens.get(to - 1).is("statement");
    }

    private Speaker resolve(
            ReadingContext ctx,
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
            if (lex.officialNouns.containsWord(w) && !MODIFIER_OFFICIAL_WORDS.contains(w)) {
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
                            && (tokens.get(m.from() - 1).is("and")
                                    || tokens.get(m.from() - 1).isPunct(',') && listGoesOn(tokens, mentions, m, to));
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
            if ((tokens.get(from).is("he") || tokens.get(from).is("she")) && ctx.lastPerson != null) {
                return withMention(ctx.lastPerson, text, start, end);
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
        if (official && GROUP_VOICE_HEADS.contains(head) && unknownGroupBefore(tokens, at, from, to)) {
            return Speaker.nonState(text, start, end); // "a Houthi spokesman", "Hamas officials": a group's voice
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
                Actor byHead = ctx.byHeadNoun(tokens, from, to);
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

    /**
     * A capitalised name the gazetteer does not know right before the official noun ("a Houthi spokesman", "Wagner
     * commanders"): the official speaks for that group. Not a title ("Vice President", "Coast Guard spokesman").
     */
    private boolean unknownGroupBefore(List<Token> tokens, Mention[] at, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            Token t = tokens.get(k);
            if (at[k] == null
                    && t.isCapitalized()
                    && t.isWord()
                    && !lex.officialNouns.containsWord(t.lower())
                    && lex.officialNouns.match(tokens, k) == null
                    && !NP_WORDS.contains(t.lower())
                    && lex.officialNouns.containsWord(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
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
    private Speaker continuedInstitution(ReadingContext ctx, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (!INSTITUTION_HEADS.contains(w)) {
                continue;
            }
            // only the speaker just heard: a statement announced in between ("Kigali's answer came") moves on
            Speaker sp = ctx.lastSpeaker;
            if (sp != null
                    && sp.isState()
                    && sp.mention().toLowerCase(Locale.ROOT).contains(w)) {
                return sp;
            }
        }
        return null;
    }

    /** "Britain, France and Germany": a comma joins a list of speakers only if the list ends in "and" + a name. */
    private static boolean listGoesOn(List<Token> tokens, List<Mention> mentions, Mention m, int to) {
        for (Mention n : mentions) {
            if (n.from() > m.from() && n.to() <= to && tokens.get(n.from() - 1).is("and")) {
                return true;
            }
        }
        return false;
    }

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
    private static Actor introducedState(ReadingContext ctx) {
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

    static Speaker withMention(Speaker s, String mention, int from, int to) {
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

    /**
     * Remembers the person a speaker phrase names under every part of the name ("Lin Hao" is later "Lin" when the
     * family name comes first, "Stepanyan" when it comes last).
     */
    private void registerPerson(ReadingContext ctx, List<Token> tokens, Mention[] at, int from, int to, Speaker s) {
        int last = -1;
        for (int k = to - 1; k > from; k--) {
            if (namePart(tokens, at, k)) {
                last = k;
                break;
            }
        }
        if (last < 0) {
            return;
        }
        int first = last;
        while (first - 1 >= from && namePart(tokens, at, first - 1)) {
            first--;
        }
        for (int k = first; k <= last; k++) {
            if (k > from || last > first) {
                ctx.persons.put(tokens.get(k).text(), s);
            }
        }
    }

    private boolean namePart(List<Token> tokens, Mention[] at, int k) {
        Token t = tokens.get(k);
        return at[k] == null
                && t.isCapitalized()
                && t.isWord()
                && !lex.officialNouns.containsWord(t.lower())
                && !NP_WORDS.contains(t.lower());
    }

    /**
     * The article's cast: an official introduced by title and name, whether or not the sentence reports speech
     * ("Foreign Ministry spokesperson Mao Ning hosted the briefing", "Lin Jian, a spokesperson at the Chinese foreign
     * ministry, …"), is remembered with the state the title names (or, failing one, the state the article is
     * introduced with), so that "Mao Ning:" or "Lin said" later speaks for it. Names already known keep their state.
     */
    void meetOfficials(ReadingContext ctx, List<Token> tokens, List<Mention> mentions, Mention[] at) {
        // "Turkey's president answered on Thursday …": the official the sentence is about is who "he" is next
        int[] subject = nounPhrases.rightNounPhrase(tokens, 0);
        if (subject[1] > subject[0] && subject[1] - subject[0] <= 8) {
            String head = tokens.get(subject[1] - 1).lower();
            Mention owner = null;
            for (Mention m : mentions) {
                if (m.from() >= subject[0] && m.to() <= subject[1]) {
                    owner = m;
                    break;
                }
            }
            if (owner != null
                    && lex.officialNouns.containsWord(head)
                    && !INSTITUTION_HEADS.contains(head)
                    && !MODIFIER_OFFICIAL_WORDS.contains(head)) {
                ctx.lastPerson = new Speaker(
                        List.of(owner.actor()),
                        spanText(ctx.text, tokens, subject[0], subject[1]),
                        head,
                        tokens.get(subject[0]).start(),
                        tokens.get(subject[1] - 1).end());
            }
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!lex.officialNouns.containsWord(t.lower()) || MODIFIER_OFFICIAL_WORDS.contains(t.lower())) {
                continue;
            }
            int name = k + 1;
            int end = name;
            while (end < tokens.size() && end < name + 4 && namePart(tokens, at, end)) {
                end++;
            }
            if (end > name && !ctx.persons.containsKey(tokens.get(end - 1).text())) {
                // "Chinese Foreign Ministry spokesperson Mao Ning": the title's own words name the state
                int from = k;
                while (from > 0
                        && k - from < 6
                        && (at[from - 1] != null
                                || tokens.get(from - 1).isCapitalized()
                                || tokens.get(from - 1).is("'s")
                                || tokens.get(from - 1).is("of")
                                || tokens.get(from - 1).is("the"))) {
                    from--;
                }
                register(ctx, tokens, mentions, at, from, k + 1, name, end);
                continue;
            }
            if (k >= 3 && tokens.get(k - 1).is("a")
                    || k >= 3 && tokens.get(k - 1).is("the")) {
                // "Lin Jian, a spokesperson at the Chinese foreign ministry,": an apposition after the name
                int comma = k - 2;
                if (comma >= 1 && tokens.get(comma).isPunct(',') && namePart(tokens, at, comma - 1)) {
                    int first = comma - 1;
                    while (first > 0 && comma - first < 4 && namePart(tokens, at, first - 1)) {
                        first--;
                    }
                    if (!ctx.persons.containsKey(tokens.get(comma - 1).text())) {
                        int to = k + 1;
                        while (to < tokens.size() && !tokens.get(to).isPunct(',') && to < k + 9) {
                            to++;
                        }
                        register(ctx, tokens, mentions, at, k - 1, to, first, comma);
                    }
                }
            }
        }
    }

    private void register(
            ReadingContext ctx,
            List<Token> tokens,
            List<Mention> mentions,
            Mention[] at,
            int titleFrom,
            int titleTo,
            int nameFrom,
            int nameTo) {
        Actor actor = null;
        for (Mention m : mentions) {
            if (m.from() >= titleFrom
                    && m.to() <= titleTo
                    && !(m.from() > 0 && tokens.get(m.from() - 1).is("in"))) {
                actor = m.actor();
                break;
            }
        }
        boolean inferred = actor == null;
        if (actor == null) {
            // "Spokesperson Mao Ning hosted the briefing": whose official is known only if the name labels an answer
            for (int k = nameFrom; k < nameTo; k++) {
                ctx.officials.add(tokens.get(k).text());
            }
            return;
        }
        String head = tokens.get(titleTo - 1).lower();
        Speaker s = new Speaker(
                List.of(actor),
                spanText(ctx.text, tokens, nameFrom, nameTo),
                head,
                tokens.get(nameFrom).start(),
                tokens.get(nameTo - 1).end(),
                inferred);
        for (int k = nameFrom; k < nameTo; k++) {
            ctx.persons.putIfAbsent(tokens.get(k).text(), s);
        }
    }

    /**
     * A transcript's speaker label opening a paragraph ("Mao Ning:", "Spokesperson Zakharova:", "A:"): the state voice
     * whose answer follows, or {@link Speaker#nonState} for a question ("Q:", "Reuters:", "Journalist:"); null when
     * the paragraph opens with no label (a dateline such as "RAWALPINDI, Jan 17:" is none).
     */
    Speaker transcriptLabel(ReadingContext ctx, List<Token> tokens, List<Mention> mentions, Mention[] at) {
        int colon = -1;
        for (int k = 0; k < Math.min(tokens.size(), 6); k++) {
            Token t = tokens.get(k);
            if (t.isPunct(':')) {
                colon = k;
                break;
            }
            if (!t.isWord()
                    || !t.isCapitalized() && !lex.officialNouns.containsWord(t.lower())
                    || Character.isDigit(t.text().charAt(0))) {
                return null;
            }
            if (t.text().length() > 1 && t.text().equals(t.text().toUpperCase()) && at[k] != null) {
                return null; // "WASHINGTON:" datelines a report
            }
        }
        if (colon < 1 || colon + 1 >= tokens.size()) {
            return null;
        }
        String text = spanText(ctx.text, tokens, 0, colon);
        int start = tokens.get(0).start();
        int end = tokens.get(colon - 1).end();
        if (colon == 1 && (tokens.get(0).is("a") || tokens.get(0).is("answer"))) {
            Speaker host = ctx.briefingHost != null ? ctx.briefingHost : hostOf(ctx);
            return host == null ? Speaker.nonState(text, start, end) : withMention(host, text, start, end);
        }
        for (int k = colon - 1; k >= 0; k--) {
            Speaker known = ctx.persons.get(tokens.get(k).text());
            if (known != null) {
                return known.isState() ? withMention(known, text, start, end) : Speaker.nonState(text, start, end);
            }
        }
        boolean official = ctx.officials.contains(tokens.get(colon - 1).text());
        for (int k = 0; k < colon; k++) {
            official |= lex.officialNouns.containsWord(tokens.get(k).lower());
        }
        if (official) {
            Actor actor = null;
            for (Mention m : mentions) {
                if (m.to() <= colon) {
                    actor = m.actor();
                    break;
                }
            }
            if (actor == null && ctx.briefingHost != null) {
                return withMention(ctx.briefingHost, text, start, end);
            }
            if (actor == null) {
                // a transcript's official whose title names no state: the dateline's, else the state the transcript
                // names most (its questions name the accusers once each; its answers name their own state)
                actor = ctx.datelineActor != null ? ctx.datelineActor : ctx.mostNamed;
            }
            if (actor != null) {
                return new Speaker(List.of(actor), text, tokens.get(colon - 1).lower(), start, end, true);
            }
        }
        return Speaker.nonState(text, start, end); // "Q:", "Reuters:", "Journalist:"
    }

    /** Who answers a transcript's "A:": the last official introduced by name, else the state the article opens with. */
    private static Speaker hostOf(ReadingContext ctx) {
        Speaker host = null;
        for (Speaker s : ctx.persons.values()) {
            if (s.isState() && (host == null || s.from() > host.from())) {
                host = s;
            }
        }
        if (host != null) {
            return host;
        }
        Actor state = introducedState(ctx);
        return state == null ? null : new Speaker(List.of(state), state.name(), null, 0, 0, true);
    }

    /** The subject of the sentence the frame is in: its first noun phrase, skipping a leading time phrase. */
    Speaker sentenceSubject(
            ReadingContext ctx,
            List<Token> tokens,
            List<Mention> mentions,
            Mention[] at,
            List<Frame> frames,
            int before) {
        if (!frames.isEmpty() && frames.get(0).speaker != null) {
            return frames.get(0).speaker;
        }
        int k = 0;
        if (!tokens.isEmpty() && lex.placePrepositions.contains(tokens.get(0).lower())) {
            // "In a statement on Monday, the French foreign ministry went further, saying …"
            for (int c = 1; c < Math.min(before, 12); c++) {
                if (tokens.get(c).isPunct(',')) {
                    k = c + 1;
                    break;
                }
            }
        }
        while (k < before
                && (DateResolver.isTimeWord(tokens.get(k))
                        || tokens.get(k).is("in")
                        || tokens.get(k).is("on")
                        || tokens.get(k).isPunct(','))) {
            k++;
        }
        int e = k;
        while (e < before
                && nounPhrases.npWord(tokens.get(e))
                && !PRONOUNS.contains(tokens.get(e).lower())) {
            e++;
        }
        for (int x = e; x < Math.min(before, e + 5); x++) {
            Token t = tokens.get(x);
            if (lex.speechVerbs.containsWord(t.lower()) || AUX.contains(t.lower()) || !t.isWord()) {
                break;
            }
            if (at[x] == null && lex.nonStateNouns.contains(t.lower())) {
                return Speaker.nonState(
                        spanText(ctx.text, tokens, k, x + 1),
                        tokens.get(k).start(),
                        tokens.get(x).end());
            }
        }
        for (int x = k; x < e; x++) {
            if (at[x] == null && lex.nonStateNouns.contains(tokens.get(x).lower())) { // not the "Union" of a name
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
            Actor byHead = ctx.byHeadNoun(tokens, k, e);
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

    /** The speaker named under a quotation ("— Foreign Office spokesman Tariq Mahmood") becomes the last speaker. */
    void attributeBlockquote(ReadingContext ctx, List<Token> tokens, List<Mention> mentions) {
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
}
