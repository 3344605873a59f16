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

    @Test
    void nestedAttributionGivesTheQuotedOfficialsState() {
        String body = "State news agency KCNA quoted a spokesman for the defence ministry as saying that South Korean "
                + "drones had violated the airspace over the capital on Sunday.";
        assertThat(summary(body)).containsExactly("ALLEGATION KP->KR null");
    }

    @Test
    void quotationRunningIntoTheNextParagraphKeepsItsSpeaker() {
        String body =
                "Chile's foreign minister said on Monday that Argentina had installed a beacon on Chilean soil.\n\n"
                        + "\"This is a clear violation of our sovereignty,\" she said. \"We expect it removed.\n\n"
                        + "\"Buenos Aires knew exactly what it was doing when it sent the navy there.\"";
        List<ExtractedClaim> claims = extract(body);
        assertThat(claims).allSatisfy(c -> assertThat(c.claimant().code()).isEqualTo("CL"));
        assertThat(summary(body)).containsExactly("ALLEGATION CL->AR 2024-05-13");
    }

    @Test
    void accordingToAttributesTheWordsThatFollowOrPrecede() {
        String body = "According to Iran's foreign ministry, British diplomats had been spying on missile tests, "
                + "the ministry's statement said on Tuesday.";
        assertThat(summary(body)).containsExactly("ALLEGATION IR->GB 2024-05-14");
    }

    @Test
    void institutionsAndSeatsOfPowerSpeakForTheirState() {
        assertThat(summary("The Pentagon said on Monday that Iranian drones had attacked a US base in Syria."))
                .containsExactly("ALLEGATION US->IR 2024-05-13");
        assertThat(summary("The Foreign Office dismissed the Iranian reports on Tuesday as a fabrication."))
                .containsExactly("DENIAL GB->GB by IR 2024-05-14");
        assertThat(summary("The Kremlin said on Friday that Estonia was inventing a pretext for escalation."))
                .containsExactly("ALLEGATION RU->EE 2024-05-10");
    }

    @Test
    void theMinistryAddedRefersBackToTheLastSpeaker() {
        String body = "Belarus's foreign ministry said on Tuesday that the Lithuanian accusations were absurd.\n\n"
                + "The ministry added that Lithuanian drones had crossed into Belarusian airspace twice in April.";
        assertThat(summary(body)).contains("DENIAL BY->BY by LT 2024-05-14", "ALLEGATION BY->LT 2024-05-14");
    }

    @Test
    void statementDateIsNotTheDateOfTheEventItDescribes() {
        String body = "Azerbaijan's defence ministry said on Tuesday that Armenian units had opened fire on April 2.";
        assertThat(summary(body)).containsExactly("ALLEGATION AZ->AM 2024-05-14");
    }

    @Test
    void sameDayAndEarlierThisMonthAreResolved() {
        String body = "Warsaw blamed Moscow earlier this month for the drone incursion, an accusation the Kremlin "
                + "rejected.\n\nEstonia accused Russia on Monday of jamming GPS signals. Moscow denied it on the same "
                + "day.";
        assertThat(summary(body))
                .contains("ALLEGATION PL->RU 2024-05", "DENIAL RU->RU by PL 2024-05", "ALLEGATION EE->RU 2024-05-13");
    }

    @Test
    void theAccusedAreThoseWhoseConductIsAtIssueNotEveryStateNamed() {
        String body = "Sudan's foreign ministry said on Monday that the United Arab Emirates had shipped weapons to "
                + "the rebels through Chad for use in Darfur, after talks in Geneva collapsed.";
        List<String> s = summary(body);
        assertThat(s).hasSize(1);
        assertThat(s.get(0)).startsWith("ALLEGATION SD->").contains("AE").doesNotContain("CH");
    }

    @Test
    void aSharedNameResolvesToTheActorTheArticleIsAbout() {
        String body = "The European Union said on Monday that Chinese carmakers had received illegal subsidies. "
                + "Brussels said the subsidies had distorted the market.";
        assertThat(extract(body))
                .allSatisfy(c -> assertThat(c.claimant().code()).isEqualTo("EU"));
    }

    @Test
    void anonymousDiplomatsAndBackgroundAreHandled() {
        String body = "Diplomats said France was preparing sanctions against Mali.\n\n"
                + "Mali's government accused France on Monday of arming jihadist groups. Bamako has previously accused "
                + "Paris of spying on its army.";
        assertThat(summary(body)).containsExactlyInAnyOrder("ALLEGATION ML->FR 2024-05-13", "ALLEGATION ML->FR null");
    }

    @Test
    void parentheticalAttributionAndOfficialsPlacedByTheirCapital() {
        String body = "Sudan accused Chad on Monday of letting weapons cross its border.\n\n"
                + "In N'Djamena, government spokesman Idriss Mahamat struck a similar tone on Tuesday. Chad, he said, "
                + "had no involvement in any weapons transfers.";
        assertThat(summary(body)).contains("ALLEGATION SD->TD 2024-05-13", "DENIAL TD->TD by SD 2024-05-14");
    }

    @Test
    void anAllegationReportedInsideADenialIsAClaimOfItsOwn() {
        String body =
                "The Government of Guyana rejects the assertion, made by the foreign minister of Venezuela on 9 May, "
                        + "that Guyana has handed its territory to foreign military bases.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("DENIAL GY->GY by VE 2024-05-15", "ALLEGATION VE->GY 2024-05-09");
    }

    @Test
    void theFollowingDayCountsFromTheStatementBefore() {
        String body = "Mali's government accused Ukraine on Monday of arming rebels in the north. Ukraine's foreign "
                + "ministry rejected the accusation as absurd the following day.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("ALLEGATION ML->UA 2024-05-13", "DENIAL UA->UA by ML 2024-05-14");
    }

    @Test
    void anOfficialIntroducedByNameSpeaksForTheStateItsOwnDenialNames() {
        String body =
                "KINSHASA, May 14 (Wire) - Congo's government said on Tuesday that Rwandan troops had crossed the "
                        + "border near Goma.\n\nRwanda has no involvement in the fighting, government spokeswoman Alice Uwera "
                        + "said on Tuesday, dismissing the accusations as a recycled fiction.";
        assertThat(summary(body)).contains("ALLEGATION CD->RW 2024-05-14", "DENIAL RW->RW by CD 2024-05-14");
    }

    @Test
    void aPossessiveIsNotAPassive() {
        String body = "The European Union said on Wednesday that it condemned Russia's continued attempts to "
                + "destabilise Moldova.";
        assertThat(summary(body)).containsExactly("ALLEGATION EU->RU 2024-05-15");
    }

    @Test
    void institutionsWithModifiersAndTheSourceOfRejectedClaims() {
        String body = "Egypt's foreign ministry said on Sunday that Ethiopia had filled the dam without consulting its "
                + "neighbours, calling it a flagrant violation of their agreement.\n\nEthiopia's water ministry said "
                + "the filling was lawful. \"Egypt's claims are baseless,\" ministry spokesman Tesfaye Alemu said on "
                + "Monday.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("ALLEGATION EG->ET 2024-05-12", "DENIAL ET->ET by EG 2024-05-13");
    }

    @Test
    void aResolveAboutOnesOwnTerritoryIsNotAnAllegation() {
        String body = "\"We will not allow Belgrade to dictate what happens on our territory,\" Kosovo's interior "
                + "minister said on Tuesday.";
        assertThat(summary(body)).isEmpty();
    }

    @Test
    void noEvidenceRejectsTheOtherSidesCaseAndOpenQuestionsAccuseNoOne() {
        String body =
                "Finland said on Tuesday that a Russian tanker had damaged an undersea cable. Kremlin spokesman Dmitry "
                        + "Peskov said on Wednesday that Finland had provided no evidence.\n\nSweden said it was too early to say "
                        + "who was responsible.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("ALLEGATION FI->RU 2024-05-14", "DENIAL RU->RU by FI 2024-05-15");
    }

    @Test
    void aBlockquoteFooterNamesTheSpeakerAndInstitutionsKeepTheirState() {
        String body =
                "<p>India's foreign ministry said on Saturday that the attackers had been trained in Pakistan.</p>"
                        + "<p>Pakistan&#8217;s Foreign Office on Tuesday rejected the Indian accusation.</p><blockquote><p>&ldquo;We "
                        + "have never allowed our territory to be used against any country.&rdquo;</p><footer>&mdash; Foreign "
                        + "Office spokesman Tariq Hassan</footer></blockquote>";
        List<ExtractedClaim> claims = extract(body);
        assertThat(claims).noneMatch(c -> c.claimant().code().equals("GB"));
        assertThat(summary(body))
                .containsExactlyInAnyOrder("ALLEGATION IN->PK 2024-05-11", "DENIAL PK->PK by IN 2024-05-14");
    }
}
