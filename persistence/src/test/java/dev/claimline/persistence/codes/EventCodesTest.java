package dev.claimline.persistence.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodesTest {
    @ParameterizedTest
    @CsvSource({
        "HUMAN_RIGHTS, 1122, human_rights",
        "INCURSION, 1123, military",
        "CEASEFIRE_VIOLATION, 1123, military",
        "CHEMICAL_WEAPONS, 1124, cbrn",
        "ESPIONAGE, 1125, intelligence",
        "ARMS_TRANSFERS, 112, military",
        "CYBERATTACK, 112, cyber",
        "TRADE, 112, economic",
    })
    void allegationsAreAccusationsRefinedByTopic(Topic topic, String cameo, String context) {
        EventCodes codes = EventCodes.of(ClaimType.ALLEGATION, topic);

        assertThat(codes.cameo()).isEqualTo(cameo);
        assertThat(codes.plover()).isEqualTo("ACCUSE");
        assertThat(codes.ploverContext()).isEqualTo(context);
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void denialsDenyResponsibilityOnEveryTopic(Topic topic) {
        EventCodes codes = EventCodes.of(ClaimType.DENIAL, topic);

        assertThat(codes.cameo()).isEqualTo("016");
        assertThat(codes.cameoName()).isEqualTo("Deny responsibility");
        assertThat(codes.plover()).isEqualTo("REJECT");
    }

    @Test
    void otherStatementsAreStatementsWithoutAPloverType() {
        EventCodes codes = EventCodes.of(ClaimType.OTHER, Topic.OTHER);

        assertThat(codes.cameo()).isEqualTo("010");
        assertThat(codes.plover()).isNull();
        assertThat(codes.ploverContext()).isNull();
        assertThat(EventCodes.of(ClaimType.ALLEGATION, Topic.OTHER).cameoName())
                .isEqualTo("Accuse, not specified below");
    }
}
