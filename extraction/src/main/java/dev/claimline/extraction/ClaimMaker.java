package dev.claimline.extraction;

import static dev.claimline.extraction.Grammar.ACCUSATION_NOUNS;
import static dev.claimline.extraction.Grammar.ACCUSATION_STEMS;
import static dev.claimline.extraction.Grammar.CLAIM_NOUNS;
import static dev.claimline.extraction.Grammar.DETERMINERS;
import static dev.claimline.extraction.Grammar.startsWithAny;
import static dev.claimline.extraction.Phrases.backgroundAdverb;
import static dev.claimline.extraction.Phrases.clauseStart;
import static dev.claimline.extraction.Phrases.clauses;
import static dev.claimline.extraction.Phrases.hypothetical;
import static dev.claimline.extraction.StatementDates.findOutsideQuotes;
import static dev.claimline.extraction.StatementDates.perfectTense;
import static dev.claimline.extraction.StatementDates.statementDate;

import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Turns a speech event into claims: its type from the verb and, for a plain "said", from what was said; the claimant
 * from the speaker; the accused and a denial's accuser from the content; the date from the dating stage.
 */
final class ClaimMaker {
    private static final Logger LOG = Logger.getLogger(ClaimMaker.class);

    private final ContentAnalyser content;
    private final MentionRoles roles;
    private final FallbackAccused fallback;

    ClaimMaker(ContentAnalyser content, MentionRoles roles, FallbackAccused fallback) {
        this.content = content;
        this.roles = roles;
        this.fallback = fallback;
    }

    /**
     * An official named without a country whose words deny something about a state that could be theirs ("Rwanda has
     * nothing to do with …") speaks for that state.
     */
    Frame settleSpeaker(List<Token> tokens, List<Mention> mentions, Mention[] at, Frame f) {
        if (!f.speaker.inferred() || f.contentTo <= f.contentFrom) {
            return f;
        }
        for (Mention m : mentions) {
            if (m.from() >= f.contentFrom
                    && m.from() <= f.contentFrom + 2
                    && !f.speaker.actors().contains(m.actor())
                    && !roles.accuserPosition(tokens, m)) {
                int[] first = clauses(tokens, f.contentFrom, f.contentTo).get(0);
                Content c = content.analyseContent(tokens, mentions, at, first[0], first[1], m.actor(), f);
                if (c.denialMarker && c.selfReference && c.agents(m.actor()).isEmpty()) {
                    Speaker s = f.speaker;
                    f.speaker = new Speaker(List.of(m.actor()), s.mention(), s.head(), s.from(), s.to());
                }
                break;
            }
        }
        return f;
    }

    void makeClaims(
            ReadingContext ctx,
            int si,
            List<Token> tokens,
            List<Mention> mentions,
            Mention[] at,
            boolean[] inQuote,
            Frame f) {
        Actor claimant = f.speaker.actors().get(0);
        boolean perfectTense = perfectTense(tokens, f);
        int cf = f.contentFrom;
        int ct = f.contentTo;
        if (ct <= cf && !f.verbType.equals("ALLEGATION") && !f.verbType.equals("DENIAL")) {
            return;
        }
        Content c = content.analyseContent(tokens, mentions, at, cf, ct, claimant, f);
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
                    if (!f.passive && censuredClaim(tokens, cf, ct)) {
                        // "slammed Kyiv's accusation that …", "condemned the allegations as lies": the speaker rejects
                        // a claim; its author is the accuser, not the accused
                        Draft d = draft(
                                ctx, si, ClaimType.DENIAL, f, speakerActor, List.of(speakerActor), tokens, cf, ct, 0.8);
                        d.accuser = c.accuser;
                        d.accuserExplicit = c.accuserExplicit;
                        made.add(d);
                        Draft reported = reportedAllegation(ctx, si, tokens, f, c, speakerActor, cf, ct);
                        if (reported != null) {
                            made.add(reported);
                        }
                        break;
                    }
                    List<Actor> accused = f.passive ? patients(f, speakerActor) : c.objects(speakerActor);
                    if (accused.isEmpty()) {
                        accused = c.agents(speakerActor);
                    }
                    double conf = f.passive ? 0.8 : 0.85;
                    if (accused.isEmpty()
                            && !c.noOneNamed
                            && strongAccusation(f.verb)
                            && commonNounObject(tokens, cf, ct)) {
                        accused = fallback.fallbackAccused(ctx, tokens, mentions, speakerActor, cf, ct);
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
                                : content.analyseContent(tokens, mentions, at, clause[0], clause[1], claimant, f);
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
     * Whether the object of a censuring verb is a claim ("the Ukrainian president's accusation", "the allegations",
     * "what it called baseless reports"): a noun of accusation heads the words right after the verb, before any "of",
     * "for" or "over" that would introduce a wrongful act.
     */
    private static boolean censuredClaim(List<Token> tokens, int cf, int ct) {
        for (int k = cf; k < Math.min(ct, cf + 7); k++) {
            Token t = tokens.get(k);
            if (ACCUSATION_NOUNS.contains(t.lower())) {
                return k + 1 >= ct || !tokens.get(k + 1).is("'s");
            }
            if (t.is("of")
                    || t.is("for")
                    || t.is("over")
                    || t.is("against")
                    || t.is("that")
                    || t.quote()
                    || t.isPunct(',')) {
                return false;
            }
        }
        return false;
    }

    /**
     * "rejects the assertion, made by Venezuela's foreign minister on 9 April, that Guyana has handed its territory to
     * foreign bases": the allegation a denial answers is a claim of its own, by the state named as its source, dated by
     * the date given with it (or unknown).
     */
    private Draft reportedAllegation(
            ReadingContext ctx, int si, List<Token> tokens, Frame f, Content c, Actor denier, int cf, int ct) {
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
        for (String w : verb.split(" ")) {
            if (startsWithAny(ACCUSATION_STEMS, w)) {
                return true;
            }
        }
        return false;
    }

    /** The claims of a plain speech verb ("said", "told"), decided by what was said. */
    private List<Draft> neutralClaims(
            ReadingContext ctx,
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
            Mention first = null;
            for (Mention m : c.agentMentions) {
                if (!m.actor().equals(speakerActor)) {
                    first = m;
                    break;
                }
            }
            if (first != null && first.from() > c.evidenceAt) {
                // "there was no proof the Syrian military was involved": the speaker defends the one named
                made.add(
                        draft(ctx, si, ClaimType.DENIAL, f, speakerActor, List.of(first.actor()), tokens, cf, ct, 0.7));
                return made;
            }
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
        } else if (c.wrongful && c.anaphoricSubject && !c.noOneNamed && !hypothetical(tokens, cf, ct)) {
            List<Actor> accused = fallback.fallbackAccused(ctx, tokens, mentions, speakerActor, cf, ct);
            if (!accused.isEmpty()) {
                made.add(draft(ctx, si, ClaimType.ALLEGATION, f, speakerActor, accused, tokens, cf, ct, base - 0.15));
            }
        } else if (f.verb.equals("called") || f.verb.equals("calls") || f.verb.equals("described")) {
            // "over what it called hostile acts": the main clause names the accused
            if (c.wrongful) {
                List<Actor> accused = clauseActors(tokens, mentions, speakerActor, f.verbFrom);
                if (accused.isEmpty() && !c.noOneNamed) {
                    accused = fallback.fallbackAccused(ctx, tokens, mentions, speakerActor, cf, ct);
                }
                if (!accused.isEmpty()) {
                    made.add(
                            draft(ctx, si, ClaimType.ALLEGATION, f, speakerActor, accused, tokens, cf, ct, base - 0.1));
                }
            }
        }
        return made;
    }

    private Draft draft(
            ReadingContext ctx,
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
}
