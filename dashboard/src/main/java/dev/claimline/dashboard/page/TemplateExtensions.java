package dev.claimline.dashboard.page;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the pages name and link claims and their parts, e.g. {@code {claim.type.label}}, {@code {claim.headline}}. */
@TemplateExtension
final class TemplateExtensions {
    private TemplateExtensions() {}

    static String label(ClaimType type) {
        return switch (type) {
            case ALLEGATION -> "Allegation";
            case DENIAL -> "Denial";
            case OTHER -> "Other statement";
        };
    }

    /** What the actors a claim is about are to its claimant. */
    static String accusedLabel(ClaimType type) {
        return switch (type) {
            case ALLEGATION -> "Accused";
            case DENIAL -> "Defending";
            case OTHER -> "About";
        };
    }

    /** "31,514". */
    static String number(long n) {
        return Formats.number(n);
    }

    /** "1 claim", "31,514 claims". */
    static String count(long n, String singular, String plural) {
        return Formats.count(n, singular, plural);
    }

    static String cssClass(ClaimType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** "Arms transfers". */
    static String title(Topic topic) {
        return Formats.capitalized(topic.label());
    }

    /** The claim's topic in words, or null when it has none the lexicon knows. */
    static String topicLabel(StoredClaim claim) {
        return claim.topic() == Topic.OTHER ? null : title(claim.topic());
    }

    static String display(ClaimDate date) {
        return Formats.date(date);
    }

    static String display(LocalDate day) {
        return Formats.day(day);
    }

    static String display(YearMonth month) {
        return Formats.month(month);
    }

    /** The claim's date in words, or "undated". */
    static String dateLabel(StoredClaim claim) {
        return Formats.date(claim.date());
    }

    /** "Greece accuses Turkey", "Turkey denies Greece's allegation", "Russia denies". */
    static String headline(StoredClaim claim) {
        String claimant = claim.claimant().name();
        return switch (claim.type()) {
            case ALLEGATION -> claim.accused().isEmpty()
                    ? claimant + " alleges"
                    : claimant + " accuses " + names(claim);
            case DENIAL -> claim.accuser() == null
                    ? claimant + " denies"
                    : claimant + " denies " + possessive(claim.accuser().name()) + " allegation";
            case OTHER -> claim.accused().isEmpty() ? claimant + " says" : claimant + " on " + names(claim);
        };
    }

    /**
     * Where to read the claim among the others between the same two actors: its permanent address, which leads to the
     * period and page of the pair that hold it; its article when it has no pair.
     */
    static String pairHref(StoredClaim claim) {
        return counterpart(claim) == null
                ? Links.article(claim.article().id()) + "#claim-" + claim.id()
                : Links.claim(claim.id());
    }

    /** The claim's permanent address: it leads to the claim on its pair's page. */
    static String permalink(StoredClaim claim) {
        return Links.claim(claim.id());
    }

    /** The other side of the claim's first pair: its first accused for an allegation, its accuser for a denial. */
    static ActorRef counterpart(StoredClaim claim) {
        String self = claim.claimant().code();
        return switch (claim.type()) {
            case ALLEGATION -> claim.accused().stream()
                    .filter(a -> !a.code().equals(self))
                    .findFirst()
                    .orElse(null);
            case DENIAL -> claim.accuser() != null && !claim.accuser().code().equals(self) ? claim.accuser() : null;
            case OTHER -> null;
        };
    }

    static String countryHref(ActorRef actor) {
        return Links.country(actor.code());
    }

    static String countryHref(Actor actor) {
        return Links.country(actor.code());
    }

    /** How many articles besides the first report the claim. */
    static int otherReports(StoredClaim claim) {
        return Math.max(0, claim.mentions().size() - 1);
    }

    private static String names(StoredClaim claim) {
        return claim.accused().stream().map(ActorRef::name).collect(Collectors.joining(", "));
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "’" : name + "’s";
    }
}
