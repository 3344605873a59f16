package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    // a Thursday
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 9, 22);

    private static String resolve(String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        DateResolver.Found f = DateResolver.find(tokens, 0, tokens.size(), PUBLISHED);
        return f == null || f.date() == null ? null : f.date().toString();
    }

    @Test
    void weekdayIsTheMostRecentOneOnOrBeforePublication() {
        assertThat(resolve("the ministry said on Thursday")).isEqualTo("2022-09-22");
        assertThat(resolve("the ministry said on Monday")).isEqualTo("2022-09-19");
        assertThat(resolve("the ministry said on Friday")).isEqualTo("2022-09-16");
    }

    @Test
    void relativeDaysAndMonths() {
        assertThat(resolve("officials said yesterday")).isEqualTo("2022-09-21");
        assertThat(resolve("an accusation made earlier this month")).isEqualTo("2022-09");
        assertThat(resolve("the embassy said last month")).isEqualTo("2022-08");
    }

    @Test
    void explicitDatesAndMonthsWithoutYearAreNotInTheFuture() {
        assertThat(resolve("on October 10")).isEqualTo("2021-10-10");
        assertThat(resolve("on 14 March")).isEqualTo("2022-03-14");
        assertThat(resolve("on October 10, 2020")).isEqualTo("2020-10-10");
        assertThat(resolve("in August")).isEqualTo("2022-08");
        assertThat(resolve("in December")).isEqualTo("2021-12");
    }

    @Test
    void ordinaryWordsAreNotDates() {
        assertThat(resolve("the minister may visit")).isNull();
        assertThat(resolve("the march on the capital")).isNull();
    }
}
