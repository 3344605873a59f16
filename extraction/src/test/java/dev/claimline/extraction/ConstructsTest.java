package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructs found by scoring a blind set of articles (see BENCHMARKS.md), each in a short article of our own words:
 * datelines, names, pronouns, appositions, dates, denials, and the states that are not the accused.
 */
class ConstructsTest {
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

    // ---------------------------------------------------------------- text and names

    @Test
    void aDatelineNamingTwoCitiesIsStrippedAndItsDateDatesNothing() {
        String body = "VILNIUS/RIGA, May 15 (Baltic Wire) - Lithuania's foreign ministry said in a statement late on "
                + "Monday that Russian jets had violated its airspace.";
        assertThat(summary(body)).containsExactly("ALLEGATION LT->RU 2024-05-13");
    }

    @Test
    void anInitialismBeforeANameDoesNotEndTheSentence() {
        String body = "Sailors seized a cargo of rockets on May 2, in what U.S. Central Command said on Monday was "
                + "an attempt by Iran to smuggle weapons to the Houthis.";
        assertThat(summary(body)).containsExactly("ALLEGATION US->IR 2024-05-13");
    }

    @Test
    void aNameAndASuffixInOneWordNameTheStateBehindTheThing() {
        String body = "Japan's defence ministry said on Monday that a North Korea-flagged tanker had received oil at "
                + "sea in violation of sanctions.";
        assertThat(summary(body)).containsExactly("ALLEGATION JP->KP 2024-05-13");
    }

    @Test
    void watersNamedAfterAStateAreNotThatState() {
        String body = "Estonia said on Tuesday that Russian jets had entered its airspace over the Gulf of Finland. "
                + "Vietnam said on Tuesday that Chinese ships had rammed a fishing boat in the South China Sea.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("ALLEGATION EE->RU 2024-05-14", "ALLEGATION VN->CN 2024-05-14");
    }

    @Test
    void aCoastGuardIsAnInstitutionNotAPlace() {
        String body = "The Philippine foreign ministry said on Monday that Chinese coast guard vessels had fired water "
                + "cannon at a supply boat.";
        assertThat(summary(body)).containsExactly("ALLEGATION PH->CN 2024-05-13");
    }

    // ---------------------------------------------------------------- speakers

    @Test
    void aNameWithTheFamilyNameFirstIsRecognisedByEitherPart() {
        String body = "China's foreign ministry spokesman Wang Lei told reporters on Monday that Japan's claims were "
                + "baseless.\n\nWang said Japanese patrol planes had violated Chinese airspace.";
        assertThat(extract(body))
                .allSatisfy(c -> assertThat(c.claimant().code()).isEqualTo("CN"));
        assertThat(summary(body))
                .containsExactlyInAnyOrder("DENIAL CN->CN by JP 2024-05-13", "ALLEGATION CN->JP 2024-05-13");
    }

    @Test
    void heAndSheReferToTheLastPersonNotToAStateThatSpokeSince() {
        String body =
                "China's foreign ministry spokeswoman Mao Ling said on Tuesday that Britain's accusations were baseless."
                        + "\n\nNew Zealand said on Tuesday that Chinese hackers had breached its parliament's network.\n\n"
                        + "\"These claims are fabricated,\" she said.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder(
                        "DENIAL CN->CN by GB 2024-05-14",
                        "ALLEGATION NZ->CN 2024-05-14",
                        "DENIAL CN->CN by NZ 2024-05-14");
    }

    @Test
    void aSpokesmanOfAGroupTheGazetteerDoesNotKnowIsNotAStateVoice() {
        String body = "Kenya's army said on Monday that its troops had been attacked near the border.\n\n"
                + "A Shabaab spokesman said Ethiopian soldiers had killed civilians in the raid.";
        assertThat(summary(body)).isEmpty();
    }

    @Test
    void anOfficialWhoSpeaksIsTheSpeakerOfTheRelativeClause() {
        String body = "South Korea said on Monday that North Korea had launched a spy satellite.\n\n"
                + "North Korea's state news agency KCNA on Tuesday carried a statement by a foreign ministry spokesman who "
                + "called Seoul's claim \"a sheer fabrication.\"";
        assertThat(summary(body)).contains("DENIAL KP->KP by KR 2024-05-14");
    }

    @Test
    void aStateDescribedByAnAppositionIsTheSpeakerAndItsOfficialFollows() {
        String body = "The watchdog said on Tuesday that Syrian aircraft had dropped chlorine on a town.\n\n"
                + "Iran, Syria's closest regional ally, also dismissed the findings. Its ambassador to the watchdog said "
                + "on Tuesday that Tehran accused the watchdog of bias.";
        assertThat(extract(body))
                .filteredOn(c -> c.type() == ClaimType.DENIAL)
                .extracting(c -> c.claimant().code())
                .containsOnly("IR");
    }

    @Test
    void aPluralPossessiveStaysInsideTheSpeakerPhrase() {
        String body = "A report by the Organisation for the Prohibition of Chemical Weapons' Fact-Finding Mission "
                + "concluded on Monday that Syrian forces had used chlorine against civilians.";
        assertThat(summary(body)).containsExactly("ALLEGATION OPCW->SY 2024-05-13");
    }

    @Test
    void aSentenceOpenedByAPlacePhraseHasItsSubjectAfterTheComma() {
        String body = "In a statement on Monday, the French foreign ministry went further, saying the disinformation "
                + "network was run by the Russian state.";
        assertThat(summary(body)).containsExactly("ALLEGATION FR->RU 2024-05-13");
    }

    @Test
    void modifiersOfAnInstitutionBelongToItsSpeakerPhrase() {
        String body = "Pakistan's defence minister said on Monday that India was sponsoring terrorism in Balochistan."
                + "\n\nIndia's external affairs ministry spokesman dismissed the minister's remarks on Tuesday as "
                + "\"baseless propaganda.\"\n\nMali's military-led government accused Algeria on Monday of shooting down "
                + "a drone.";
        assertThat(summary(body))
                .contains(
                        "ALLEGATION PK->IN 2024-05-13",
                        "DENIAL IN->IN by PK 2024-05-14",
                        "ALLEGATION ML->DZ 2024-05-13");
    }

    // ---------------------------------------------------------------- denials

    @Test
    void rejectedAsGroundlessNamesTheRejectedChargesAndTheirSource() {
        String body = "China on Tuesday rejected as \"groundless\" US charges, filed in court on Monday, that hackers "
                + "working for its security ministry had targeted American companies.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("DENIAL CN->CN by US 2024-05-14", "ALLEGATION US->CN 2024-05-13");
    }

    @Test
    void whatItCalledNamesTheObjectOfTheOuterVerb() {
        String body = "India said on Sunday that Pakistan had sheltered the militants who attacked an army base.\n\n"
                + "Pakistan's foreign office rejected what it called India's \"irresponsible\" accusations in a "
                + "statement on Monday.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("ALLEGATION IN->PK 2024-05-12", "DENIAL PK->PK by IN 2024-05-13");
    }

    @Test
    void aParticipleAfterAQuotationRejectsWhatFollowsIt() {
        String body = "India's army said on Wednesday that Pakistani troops had fired on its posts.\n\n"
                + "Pakistan's military said on Wednesday that its soldiers had responded \"in self-defence,\" rejecting "
                + "the Indian account as \"a blatant lie.\"";
        assertThat(summary(body)).contains("DENIAL PK->PK by IN 2024-05-15");
        assertThat(extract(body))
                .filteredOn(c -> c.type() == ClaimType.DENIAL)
                .extracting(c -> c.evidence().text())
                .containsExactly("the Indian account as \"a blatant lie");
    }

    @Test
    void playingNoRoleAndNotEngagingInSuchActivitiesAreDenials() {
        String body = "Venezuela accused Colombia on Monday of training the attackers.\n\n"
                + "Colombia's foreign ministry said on Tuesday that the government had \"played no role\" in the raid."
                + "\n\nBelarus's foreign ministry said on Tuesday that Minsk \"does not engage in such activities.\"";
        assertThat(summary(body)).contains("DENIAL CO->CO by VE 2024-05-14", "DENIAL BY->BY 2024-05-14");
    }

    @Test
    void hostageTakingDeniedAndRemarksRejected() {
        String body = "France accused Iran on Monday of taking its citizens hostage.\n\n"
                + "Iran's foreign ministry spokesman on Tuesday rejected France's remarks. \"The Islamic Republic does not "
                + "take anyone hostage,\" he said.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder("ALLEGATION FR->IR 2024-05-13", "DENIAL IR->IR by FR 2024-05-14");
    }

    @Test
    void anIntentionAboutTheFutureIsNotADenial() {
        String body = "Uruguay's president said on Tuesday that his country would not block a common offer.";
        assertThat(summary(body)).isEmpty();
    }

    @Test
    void lyingOnTerritoryIsAPlaceNotAFalsehood() {
        String body = "Tajikistan's border service said on Thursday that the water intake, which it said lies on Tajik "
                + "territory, had been shelled by Kyrgyz forces.";
        assertThat(summary(body)).noneMatch(c -> c.startsWith("DENIAL"));
    }

    @Test
    void noProofThatAnAllyDidItDefendsTheAlly() {
        String body = "The watchdog said on Tuesday that Syrian aircraft had dropped chlorine on a town.\n\n"
                + "Russia's envoy said on Tuesday that there was no proof the Syrian military was involved.";
        assertThat(summary(body)).contains("DENIAL RU->SY 2024-05-14");
    }

    @Test
    void aLawfulActAgainstAnotherStatesIntrudersIsAnAllegationNotADenial() {
        String body = "China's coast guard said on Saturday that it had acted in accordance with the law after "
                + "Philippine vessels had illegally intruded into Chinese waters.";
        assertThat(summary(body)).containsExactly("ALLEGATION CN->PH 2024-05-11");
        assertThat(summary("\"If the Philippines continues down this path, China will take necessary measures,\" "
                        + "China's foreign ministry said on Tuesday."))
                .isEmpty();
    }

    // ---------------------------------------------------------------- the accused

    @Test
    void theAccusedAnswersItsAccuserNotThoseAccusedWithIt() {
        String body = "Venezuela accused the United States and Colombia on Monday of backing a raid on its coast.\n\n"
                + "Colombia's foreign ministry rejected the allegations on Monday.\n\n"
                + "In Washington, a State Department spokeswoman said on Tuesday that the raid was not an American "
                + "operation. \"This is a disinformation campaign to distract from the regime's failures,\" she said.";
        assertThat(summary(body))
                .contains("ALLEGATION US->VE 2024-05-14")
                .doesNotContain("ALLEGATION US->CO 2024-05-14");
    }

    @Test
    void accusingNoOneByNameAccusesNoOne() {
        String body = "Russia accused Ukraine on Monday of shelling the plant.\n\n"
                + "Observers said on Tuesday that the vote had been marred by illicit foreign funding. The European "
                + "Commission said on Tuesday that the attacks had been reckless, without naming any government.";
        assertThat(summary(body)).containsExactly("ALLEGATION RU->UA 2024-05-13");
    }

    @Test
    void aCountrysPressIsNotItsState() {
        String body = "The Chinese embassy in Canberra accused some Australian newspapers on Wednesday of spreading "
                + "hysteria about China.";
        assertThat(summary(body)).isEmpty();
    }

    @Test
    void theSubjectBeforeAnInsertedPhraseIsTheVictimOfAPassive() {
        String body = "Germany's interior ministry said on Friday that Russian hackers had breached party accounts. "
                + "Defence companies, as well as firms supplying Ukraine, were also targeted, the ministry said.";
        assertThat(summary(body)).containsExactly("ALLEGATION DE->RU 2024-05-10");
    }

    @Test
    void theNextSentenceNamingMoreOfTheAccusedReportsTheSameStatement() {
        String body =
                "WARSAW, May 10 (Wire) - Polish police have detained two men suspected of spying for Belarus, the "
                        + "interior minister said on Thursday. \"Minsk and Moscow are running an aggressive hybrid operation against "
                        + "Poland,\" he said.";
        assertThat(summary(body)).containsExactly("ALLEGATION PL->BY,RU 2024-05-09");
    }

    @Test
    void feelingsAndDemandsAboutAnUnnamedCulpritAccuseNoOne() {
        String body = "India accused Pakistan on Sunday of sheltering the attackers.\n\n"
                + "China's foreign ministry said it was \"shocked\" by the attack. France said those responsible for "
                + "the attack must be punished.";
        assertThat(summary(body)).containsExactly("ALLEGATION IN->PK 2024-05-12");
    }

    // ---------------------------------------------------------------- dates

    @Test
    void anAccusationIsDatedByItsVerbNotByTheActItNames() {
        String body = "Norway on Tuesday blamed Russia for a sabotage plot in March.\n\n"
                + "Denmark last October accused Russia of jamming signals.\n\n"
                + "France had earlier blamed Russia for a cyberattack in June.";
        assertThat(summary(body))
                .containsExactlyInAnyOrder(
                        "ALLEGATION NO->RU 2024-05-14", "ALLEGATION DK->RU 2023-10", "ALLEGATION FR->RU null");
    }

    @Test
    void aPastPerfectReportedByADatedStatementHasItsDate() {
        String body = "The Russian embassy said on Friday that its envoy had rejected the German accusations as "
                + "unfounded.";
        assertThat(summary(body)).containsExactly("DENIAL RU->RU by DE 2024-05-10");
    }

    @Test
    void aStateWeighingInOnADayDatesItsNextStatement() {
        String body = "Manila accused Beijing on Sunday of blocking a supply boat.\n\n"
                + "The United States weighed in on Saturday night. The State Department said Chinese ships had "
                + "obstructed lawful navigation.";
        assertThat(summary(body)).contains("ALLEGATION US->CN 2024-05-11");
    }
}
