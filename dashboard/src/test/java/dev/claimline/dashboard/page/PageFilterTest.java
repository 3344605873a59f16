package dev.claimline.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageFilterTest {
    @Test
    void monthsAndDaysMakeAnInclusivePeriod() {
        PageFilter filter = PageFilter.read("2024-03", "2024-04-10", "denial", "arms-transfers");

        assertThat(filter.fromDay()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(filter.toDay()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(filter.claimType()).isEqualTo(ClaimType.DENIAL);
        assertThat(filter.topicValue()).isEqualTo(Topic.ARMS_TRANSFERS);
        assertThat(filter.query().toString()).isEqualTo("?from=2024-03&to=2024-04-10&type=DENIAL&topic=ARMS_TRANSFERS");
        assertThat(filter.periodLabel()).isEqualTo("from March 2024 to 10 Apr 2024");
        assertThat(filter.problems()).isEmpty();
    }

    @Test
    void whatCannotBeReadIsLeftOutAndSaid() {
        PageFilter filter = PageFilter.read("2024-13", "someday", "rumour", "weather");

        assertThat(filter.active()).isFalse();
        assertThat(filter.query().toString()).isEmpty();
        assertThat(filter.problems()).hasSize(4);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsIgnored() {
        PageFilter filter = PageFilter.read("2024-05", "2024-01", null, null);

        assertThat(filter.fromDay()).isNull();
        assertThat(filter.problems()).singleElement().asString().contains("starts (2024-05) after it ends");
    }

    @Test
    void withoutATypeOtherStatementsAreLeftOutAndUndatedClaimsOnlyWithoutAPeriod() {
        LocalDate day = LocalDate.of(2024, 3, 5);
        assertThat(PageFilter.NONE.admits(ClaimType.ALLEGATION, Topic.OTHER, null))
                .isTrue();
        assertThat(PageFilter.NONE.admits(ClaimType.OTHER, Topic.OTHER, day)).isFalse();
        PageFilter march = PageFilter.read("2024-03", "2024-03", null, null);
        assertThat(march.admits(ClaimType.DENIAL, Topic.OTHER, day)).isTrue();
        assertThat(march.admits(ClaimType.DENIAL, Topic.OTHER, null)).isFalse();
        assertThat(march.admits(ClaimType.DENIAL, Topic.OTHER, day.plusMonths(1)))
                .isFalse();
    }
}
