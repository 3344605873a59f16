package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging repeated reports of one statement, and linking a denial to the allegation it answers. */
class DraftMergerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private static Actor actor(String code) {
        return GAZETTEER.byCode(code).orElseThrow();
    }

    private static Draft draft(ClaimType type, String claimant, String accused, String date, boolean explicit) {
        Draft d = new Draft();
        d.type = type;
        d.claimant = actor(claimant);
        d.accused = List.of(actor(accused));
        d.date = date == null ? null : ClaimDate.ofDay(LocalDate.parse(date));
        d.dateExplicit = explicit;
        d.confidence = 0.8;
        return d;
    }

    @Test
    void repeatsOfOneStatementMergeKeepingTheDateTheArticleGives() {
        Draft headline = draft(ClaimType.ALLEGATION, "NO", "RU", null, false);
        Draft lead = draft(ClaimType.ALLEGATION, "NO", "RU", "2024-05-13", true);
        lead.confidence = 0.9;
        List<Draft> merged = new DraftMerger().apply(List.of(headline, lead));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).date).isEqualTo(ClaimDate.ofDay(LocalDate.of(2024, 5, 13)));
        assertThat(merged.get(0).confidence).isEqualTo(0.93, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void twoDatesTheArticleGivesAreTwoStatementsAndOtherClaimantsNeverMerge() {
        List<Draft> drafts = List.of(
                draft(ClaimType.ALLEGATION, "NO", "RU", "2024-05-13", true),
                draft(ClaimType.ALLEGATION, "NO", "RU", "2024-05-10", true),
                draft(ClaimType.ALLEGATION, "FI", "RU", "2024-05-13", true),
                draft(ClaimType.DENIAL, "RU", "RU", "2024-05-13", true));
        assertThat(new DraftMerger().apply(drafts)).hasSize(4);
    }

    @Test
    void manyClaimsMergeInLinearTimeAndKeepTheirOrder() {
        List<Draft> drafts = new ArrayList<>();
        String[] codes = {"US", "RU", "CN", "UA", "GB", "FR", "DE", "IR", "KP", "JP"};
        for (int i = 0; i < 20_000; i++) {
            drafts.add(
                    draft(ClaimType.ALLEGATION, codes[i % codes.length], codes[(i + 1) % codes.length], null, false));
        }
        long start = System.nanoTime();
        List<Draft> merged = new DraftMerger().apply(drafts);
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(2_000_000_000L);
        assertThat(merged).hasSize(codes.length);
        assertThat(merged).extracting(d -> d.claimant.code()).containsExactly(codes);
    }

    @Test
    void aDenialIsLinkedToTheAllegationAgainstTheDenierNamedNearby() {
        Draft byUkraine = draft(ClaimType.ALLEGATION, "UA", "RU", null, false);
        byUkraine.sentence = 0;
        Draft byPoland = draft(ClaimType.ALLEGATION, "PL", "RU", null, false);
        byPoland.sentence = 1;
        Draft denial = draft(ClaimType.DENIAL, "RU", "RU", null, false);
        denial.sentence = 5;
        new AccuserLinker().apply(List.of(byUkraine, byPoland, denial));
        assertThat(denial.accuser.code()).isEqualTo("PL"); // the latest before it
        denial.nearby.add("UA");
        denial.accuser = null;
        new AccuserLinker().apply(List.of(byUkraine, byPoland, denial));
        assertThat(denial.accuser.code()).isEqualTo("UA"); // named in or just before its sentence
    }
}
