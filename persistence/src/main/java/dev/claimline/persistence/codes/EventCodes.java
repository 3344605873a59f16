package dev.claimline.persistence.codes;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import java.util.Objects;

/**
 * A claim in the vocabularies of other event data, so Claimline's claims can be joined with GDELT, ICEWS (CAMEO) or
 * POLECAT (PLOVER) events. Derived from the claim's type and topic; the README has the table.
 *
 * @param cameo the CAMEO event code, as the string GDELT and ICEWS write it ("016", "1123")
 * @param cameoName the code's name in the CAMEO 1.1b3 codebook
 * @param plover the PLOVER event type, or null where PLOVER has none (it dropped CAMEO's comments)
 * @param ploverContext the PLOVER context the topic falls in, or null when the topic names none
 */
public record EventCodes(String cameo, String cameoName, String plover, String ploverContext) {
    public EventCodes {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(cameoName, "cameoName");
    }

    /** The codes of a claim of {@code type} on {@code topic}. */
    public static EventCodes of(ClaimType type, Topic topic) {
        Objects.requireNonNull(type, "type");
        String context = ploverContext(topic);
        return switch (type) {
            case ALLEGATION -> accusation(topic, context);
            case DENIAL -> new EventCodes("016", "Deny responsibility", "REJECT", context);
            case OTHER -> new EventCodes("010", "Make statement, not specified below", null, context);
        };
    }

    /** CAMEO 112 "Accuse", refined to 1122–1125 where the topic is one of their kinds of wrongdoing. */
    private static EventCodes accusation(Topic topic, String context) {
        return switch (topic == null ? Topic.OTHER : topic) {
            case HUMAN_RIGHTS -> new EventCodes("1122", "Accuse of human rights abuses", "ACCUSE", context);
            case INCURSION, CEASEFIRE_VIOLATION -> new EventCodes("1123", "Accuse of aggression", "ACCUSE", context);
            case CHEMICAL_WEAPONS -> new EventCodes("1124", "Accuse of war crimes", "ACCUSE", context);
            case ESPIONAGE -> new EventCodes("1125", "Accuse of espionage, treason", "ACCUSE", context);
            default -> new EventCodes("112", "Accuse, not specified below", "ACCUSE", context);
        };
    }

    /** The PLOVER context (from its table of general contexts) that the topic falls in. */
    static String ploverContext(Topic topic) {
        if (topic == null) {
            return null;
        }
        return switch (topic) {
            case ARMS_TRANSFERS, INCURSION, CEASEFIRE_VIOLATION, SABOTAGE, TROOP_DEPLOYMENT -> "military";
            case CYBERATTACK -> "cyber";
            case ESPIONAGE -> "intelligence";
            case ELECTION_INTERFERENCE -> "election";
            case HUMAN_RIGHTS -> "human_rights";
            case CHEMICAL_WEAPONS -> "cbrn";
            case DETENTION -> "legal";
            case TRADE -> "economic";
            case OTHER -> null;
        };
    }
}
