package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article's cast (acronyms it defines, officials it introduces, transcript labels) and the frame shapes of round
 * four (see BENCHMARKS.md), each in a short article of our own words.
 */
class CastAndFramesTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();
    // a Wednesday
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static List<String> summary(String body) {
        return EXTRACTOR.extract(Article.of("", body, PUBLISHED)).claims().stream()
                .filter(c -> c.type() != ClaimType.OTHER)
                .map(c -> c.type() + " " + c.claimant().code() + "->"
                        + String.join(
                                ",",
                                c.accused().stream().map(Actor::code).sorted().toList())
                        + (c.accuser() != null ? " by " + c.accuser().code() : ""))
                .toList();
    }

    @Test
    void anAcronymTheArticleDefinesForAStatesBodySpeaksForThatState() {
        String body = "Officers of the Kenyan Coast Guard Service (KCGS) boarded the trawler on Sunday.\n\n"
                + "A KCGS spokesman accused Somalia of sending armed escorts with the fishing fleet.";
        assertThat(summary(body)).containsExactly("ALLEGATION KE->SO");
    }

    @Test
    void anAcronymOfACompanyIsNoStateVoice() {
        String body = "The Turkish Petroleum Corporation (TPAO) will drill a second well.\n\n"
                + "A TPAO spokesman accused Greece of harassing its survey ship.";
        assertThat(summary(body)).isEmpty();
    }

    @Test
    void aReportingVerbAfterACommaAttributesTheClauseBeforeIt() {
        String body = "Georgia firmly rejects the assertions made by Russia's security service about a sabotage plot, "
                + "said foreign ministry spokeswoman Nino Beridze.";
        assertThat(summary(body)).contains("DENIAL GE->GE by RU");
    }

    @Test
    void censuringAnAccusationRejectsItAndAnswersItsAuthor() {
        String body = "Hungary's government on Tuesday condemned the Romanian prime minister's accusation that "
                + "Budapest had funded separatist groups, calling it a slander.";
        assertThat(summary(body)).contains("DENIAL HU->HU by RO").doesNotContain("ALLEGATION HU->RO");
    }

    @Test
    void censuringAStatesConductStaysAnAccusation() {
        String body = "Hungary's government on Tuesday condemned Romania for closing the border crossing.";
        assertThat(summary(body)).containsExactly("ALLEGATION HU->RO");
    }

    @Test
    void speakersListedWithCommasAreEachAClaimant() {
        String body = "Norway, Finland and Sweden accused Russia on Monday of jamming satellite signals over the "
                + "Arctic.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("ALLEGATION NO->RU", "ALLEGATION FI->RU", "ALLEGATION SE->RU");
    }

    @Test
    void aTranscriptAnswerIsTheLabelledOfficialsStatement() {
        String body = "Foreign Ministry Spokesperson Wei Lan held the regular press conference on Tuesday.\n\n"
                + "Q: Vietnam says Chinese ships blocked its fishermen near the islands. What is your comment?\n\n"
                + "Wei Lan: The Vietnamese claims are groundless. China firmly opposes this smear.\n\n"
                + "Q: Another question on trade.\n\n"
                + "Wei Lan: China welcomes more trade with all partners.";
        assertThat(summary(body)).containsExactlyInAnyOrder("ALLEGATION VN->CN", "DENIAL CN->CN by VN");
    }

    @Test
    void aQuestionLabelIsNoStateVoice() {
        String body = "Q: Do you think Russia is behind the cable damage?\n\n"
                + "Reporter: Some say Russia cut the cable. Is that so?";
        assertThat(summary(body)).isEmpty();
    }

    @Test
    void heAfterASentenceAboutAStatesOfficialIsThatOfficial() {
        String body = "Azerbaijan's president spoke to reporters in Baku on Thursday. He accused Armenia of moving "
                + "troops to the border.";
        assertThat(summary(body)).containsExactly("ALLEGATION AZ->AM");
    }

    @Test
    void aStatesOwnRejectionInsideReportedWordsIsADenial() {
        String body = "Colonel Lina Farouk, spokeswoman for Jordan's army, said on Tuesday that Jordan \"rejects the "
                + "invented story\" told by Syria about shelling across the border.";
        assertThat(summary(body)).contains("DENIAL JO->JO");
    }

    @Test
    void aUnOfficeSpeaksForTheUnitedNations() {
        String body = "OHCHR said on Monday that Myanmar's army had shelled villages in Rakhine.";
        assertThat(summary(body)).containsExactly("ALLEGATION UN->MM");
    }
}
