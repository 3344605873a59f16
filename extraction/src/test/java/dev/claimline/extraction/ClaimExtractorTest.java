package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short articles of our own, each exercising one construct the extractor must handle. */
class ClaimExtractorTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();
    // a Wednesday
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static List<ExtractedClaim> extract(String body) {
        return EXTRACTOR.extract(Article.of("", body, PUBLISHED)).claims();
    }

    private static List<String> summary(String body) {
        return extract(body).stream()
                .filter(c -> c.type() != ClaimType.OTHER)
                .map(c -> c.type() + " " + c.claimant().code() + "->"
                        + String.join(
                                ",",
                                c.accused().stream().map(Actor::code).sorted().toList())
                        + (c.accuser() != null ? " by " + c.accuser().code() : "")
                        + " " + c.date())
                .toList();
    }

    @Test
    void reportedAllegationAndQuotedDenialAreLinked() {
        String body =
                "Norway's foreign ministry said on Monday that Russian military aircraft had violated its airspace "
                        + "over the Barents Sea.\n\n\"We have never sent any aircraft into Norwegian airspace,\" the Russian "
                        + "embassy in Oslo said in a statement on Tuesday.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("ALLEGATION NO->RU 2024-05-13", "DENIAL RU->RU by NO 2024-05-14");
    }

    @Test
    void capitalAsSpeakerIsAnActorButCapitalAsPlaceIsNot() {
        assertThat(summary("Hanoi accused Beijing on Tuesday of ramming a fishing boat."))
                .containsExactly("ALLEGATION VN->CN 2024-05-14");
        assertThat(summary("Talks in Beijing ended on Tuesday without agreement, officials in Hanoi said."))
                .isEmpty();
    }

    @Test
    void passiveVoiceNamesTheAccuserAfterBy() {
        assertThat(summary("Serbia was accused by Kosovo on Friday of massing troops near the border."))
                .containsExactly("ALLEGATION XK->RS 2024-05-10");
    }

    @Test
    void denialWithoutTheWordDenyAndCounterAccusationInOneSentence() {
        String body =
                "Caracas called the Guyanese accusations baseless on Wednesday. Venezuela's foreign ministry said "
                        + "the claims were a fabrication and accused Guyana of provoking a crisis to please foreign oil companies.";
        assertThat(summary(body)).contains("DENIAL VE->VE by GY 2024-05-15", "ALLEGATION VE->GY 2024-05-15");
    }

    @Test
    void negationsAreNotDenials() {
        String body =
                "Poland's defence ministry declined to comment on the reports. There was no immediate reaction from "
                        + "Moscow. The Kremlin did not say whether it would respond.";
        assertThat(summary(body)).isEmpty();
    }

    @Test
    void nonStateSpeakersMakeNoClaims() {
        String body =
                "A Chinese drone maker rejected as false claims that Russia's army uses its products. Analysts at a "
                        + "think tank said Iran was supplying drones to Russia. The opposition party accused the government of "
                        + "lying.";
        assertThat(summary(body)).isEmpty();
    }

    @Test
    void laterPronounRefersBackToTheLastSpeaker() {
        String body =
                "Lithuania's interior minister said on Tuesday that Belarus had flown hundreds of balloons across "
                        + "the border.\n\nThe campaign was a hybrid attack on Lithuania, she said.";
        List<ExtractedClaim> claims = extract(body);
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.claimant().code())
                .isEqualTo("LT"));
        assertThat(summary(body)).containsExactly("ALLEGATION LT->BY 2024-05-14");
    }

    @Test
    void readMoreLinesAndCaptionsAreNotContent() {
        String body = "READ MORE: Japan accuses China of sending a drone over its islands\n\nPhoto: A coast guard ship "
                + "near the islands. (File)\n\nThe weather was calm on Tuesday.";
        assertThat(extract(body)).isEmpty();
    }

    @Test
    void evidenceIsAnExactSpanOfTheBody() {
        String body = "By A. Writer | Wire\n\nEstonia said on Friday that Russian jets had entered its airspace. "
                + "\"This is unacceptable,\" the foreign minister said.";
        for (ExtractedClaim c : extract(body)) {
            assertThat(body.substring(c.evidence().start(), c.evidence().end()))
                    .isEqualTo(c.evidence().text());
            assertThat(c.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(summary(body)).containsExactly("ALLEGATION EE->RU 2024-05-10");
    }

    @Test
    void htmlBodiesAreReadAndOffsetsPointIntoTheHtml() {
        String body = "<p>Japan&#8217;s defence ministry said on Monday that a Chinese drone had entered Japanese "
                + "airspace.</p><figure><figcaption>China denies everything</figcaption></figure>";
        List<ExtractedClaim> claims = extract(body);
        assertThat(summary(body)).containsExactly("ALLEGATION JP->CN 2024-05-13");
        ExtractedClaim c = claims.get(0);
        assertThat(body.substring(c.evidence().start(), c.evidence().end()))
                .isEqualTo(c.evidence().text());
        assertThat(c.evidence().text()).doesNotContain("<");
    }
}
