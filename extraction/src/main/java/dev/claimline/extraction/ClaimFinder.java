package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.CONTINUATION_NOUNS;
import static dev.claimline.extraction.Grammar.PRONOUNS;
import static dev.claimline.extraction.Phrases.quoteMask;
import static dev.claimline.extraction.Phrases.spanText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Reads an article sentence by sentence and turns its reported statements into draft claims. The stages, in order:
 *
 * <ol>
 *   <li>{@link ActorMentions}: which actor each name in a sentence stands for, in the article's context;
 *   <li>{@link FrameFinder}: the speech events of the sentence (speaker phrase, verb, what was said, the time phrase
 *       attached to the verb), with {@link NounPhrases} for the speaker phrase and {@link SpeakerResolver} for whose
 *       voice it is;
 *   <li>{@link ClaimMaker}: the claims of each event, with {@link ContentAnalyser} for type, accused and accuser,
 *       {@link StatementDates} for the date and {@link FallbackAccused} for allegations naming no one;
 *   <li>{@link AppositiveDenials}: ", an accusation Armenia rejected".
 * </ol>
 *
 * <p>What the article has said so far (speakers, dates, names) is kept in a {@link ReadingContext} per article, so the
 * finder and its stages are stateless and thread-safe. Only sentences that name an actor or continue a known speaker's
 * statement are analysed; the rest cost a tokenisation. Linking denials to allegations and merging repeated reports
 * happen afterwards, over the whole article ({@link DraftStage}).
 */
final class ClaimFinder {
    private static final Logger LOG = Logger.getLogger(ClaimFinder.class);

    private final ActorMatcher matcher;
    private final ActorMentions actorMentions;
    private final MentionRoles roles;
    private final SpeakerResolver speakers;
    private final FrameFinder frameFinder;
    private final ClaimMaker claimMaker;
    private final AppositiveDenials appositives;
    private final DefinedAcronyms acronyms;

    ClaimFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.matcher = new ActorMatcher(gazetteer);
        NounPhrases np = new NounPhrases(lexicon);
        this.roles = new MentionRoles(lexicon);
        this.actorMentions = new ActorMentions(matcher, lexicon);
        this.speakers = new SpeakerResolver(lexicon, np);
        this.frameFinder = new FrameFinder(lexicon, np, speakers);
        this.claimMaker = new ClaimMaker(new ContentAnalyser(lexicon, np, roles), roles, new FallbackAccused(roles));
        this.appositives = new AppositiveDenials(lexicon);
        this.acronyms = new DefinedAcronyms(lexicon);
    }

    List<Draft> find(String text, String title, LocalDate published) {
        ReadingContext ctx = new ReadingContext(published, text);
        List<Segmenter.Sentence> sentences = Segmenter.split(text, title);
        List<List<Mention>> found = new ArrayList<>(sentences.size());
        Set<Actor> named = new HashSet<>();
        Map<String, Actor> defined = new HashMap<>();
        Map<Actor, Integer> counts = new HashMap<>();
        for (Segmenter.Sentence s : sentences) {
            List<Mention> ms = actorMentions.withoutDocumentNames(s.tokens(), matcher.find(s.tokens()));
            acronyms.learn(s.tokens(), ms, defined);
            ms = DefinedAcronyms.withDefined(s.tokens(), ms, defined);
            found.add(ms);
            for (Mention m : ms) {
                if (m.alternatives().isEmpty()) {
                    named.add(m.actor());
                    if (m.actor().kind() == Actor.Kind.STATE) {
                        counts.merge(m.actor(), 1, Integer::sum);
                    }
                }
            }
        }
        ctx.mostNamed = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
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
                speakers.attributeBlockquote(
                        ctx, attribution, actorMentions.ownedInstitutions(ctx, attribution, found.get(si + 1)));
            }
            List<Token> tokens = s.tokens();
            List<Mention> mentions = actorMentions.withAnaphora(
                    ctx,
                    tokens,
                    actorMentions.ownedInstitutions(ctx, tokens, actorMentions.disambiguate(found.get(si), named)));
            Set<String> here = new LinkedHashSet<>();
            for (Mention m : mentions) {
                here.add(m.actor().code());
            }
            ctx.sentenceActors.add(here);
            if (si == 0 || s.opensParagraph()) {
                actorMentions.detectDateline(ctx, text, tokens, mentions);
            }
            Mention[] at = positions(tokens, mentions);
            int labelEnd = 0;
            if (si == 0 || s.opensParagraph()) {
                Speaker label = speakers.transcriptLabel(ctx, tokens, mentions, at);
                if (label != null) {
                    // a transcript: "Mao Ning: We firmly oppose …" answers without a speech verb; "Q:" asks
                    ctx.answering = label.isState() ? label : null;
                    if (label.isState() && ctx.briefingHost == null) {
                        ctx.briefingHost = label;
                    }
                    labelEnd = label.isState() ? labelEnd(tokens) : 0;
                }
            }
            speakers.meetOfficials(ctx, tokens, mentions, at);
            if (mentions.isEmpty() && !mayContinue(tokens) && ctx.answering == null) {
                continue;
            }
            Actor answering = actorMentions.answeringActor(tokens, mentions);
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
            analyseSentence(ctx, si, tokens, mentions, at, labelEnd);
            for (Mention m : mentions) {
                if (!roles.isPlace(tokens, m, mentions)) {
                    ctx.recentMentions.add(m);
                    ctx.recentMentionTexts.add(spanText(text, tokens, m.from(), m.to()));
                }
            }
        }
        return ctx.drafts;
    }

    private static boolean mayContinue(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.quote() || PRONOUNS.contains(t.lower()) || CONTINUATION_NOUNS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static Mention[] positions(List<Token> tokens, List<Mention> mentions) {
        Mention[] at = new Mention[tokens.size()];
        for (Mention m : mentions) {
            for (int k = m.from(); k < m.to(); k++) {
                at[k] = m;
            }
        }
        return at;
    }

    private static int labelEnd(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).isPunct(':')) {
                return k + 1;
            }
        }
        return 0;
    }

    private void analyseSentence(
            ReadingContext ctx, int si, List<Token> tokens, List<Mention> mentions, Mention[] at, int labelEnd) {
        boolean[] inQuote = quoteMask(tokens);
        List<Frame> frames = frameFinder.findFrames(ctx, tokens, mentions, at, inQuote);
        if (frames.isEmpty()) {
            Frame continued = frameFinder.continuedQuotation(ctx, tokens);
            if (continued == null && ctx.answering != null) {
                continued = frameFinder.answer(ctx, tokens, labelEnd);
            }
            if (continued != null) {
                frames.add(continued);
            }
        }
        int before = ctx.drafts.size();
        for (Frame f : frames) {
            if (f.speaker == null) {
                continue;
            }
            Speaker unsettled = f.speaker;
            claimMaker.settleSpeaker(tokens, mentions, at, f);
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
            claimMaker.makeClaims(ctx, si, tokens, mentions, at, inQuote, f);
        }
        appositives.appositiveDenials(ctx, si, tokens, mentions, at, before);
        for (int i = before; i < ctx.drafts.size(); i++) {
            Draft d = ctx.drafts.get(i);
            d.nearby.addAll(ctx.sentenceActors.get(si));
            if (si > 0) {
                d.nearby.addAll(ctx.sentenceActors.get(si - 1));
            }
        }
    }
}
