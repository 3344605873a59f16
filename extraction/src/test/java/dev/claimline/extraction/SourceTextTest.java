package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void plainTextMapsToItself() {
        SourceText s = SourceText.of("Plain text, no markup.");
        assertThat(s.text()).isEqualTo("Plain text, no markup.");
        assertThat(s.sourceSpan(6, 10)).containsExactly(6, 10);
    }

    @Test
    void htmlIsReducedToTextAndSpansPointIntoTheRawBody() {
        String html =
                "<p>Tom &amp; Jerry said it was &quot;false&quot;.</p><figure><figcaption>Photo</figcaption></figure>"
                        + "<p>Second <em>paragraph</em>.</p>";
        SourceText s = SourceText.of(html);
        assertThat(s.text()).contains("Tom & Jerry said it was \"false\".").contains("Second paragraph.");
        assertThat(s.text()).doesNotContain("Photo").doesNotContain("<");
        int at = s.text().indexOf("Jerry said");
        int[] span = s.sourceSpan(at, at + "Jerry said".length());
        assertThat(html.substring(span[0], span[1])).isEqualTo("Jerry said");
        int amp = s.text().indexOf("& Jerry");
        int[] entity = s.sourceSpan(amp, amp + 1);
        assertThat(html.substring(entity[0], entity[1])).isEqualTo("&amp;");
        int par = s.text().indexOf("Second paragraph");
        int[] across = s.sourceSpan(par, par + "Second paragraph".length());
        assertThat(html.substring(across[0], across[1])).isEqualTo("Second <em>paragraph");
    }

    @Test
    void htmlNestedTensOfThousandsDeepIsReadWithoutOverflowingTheStack() {
        String html = "<div>".repeat(50_000) + "<p>Deep inside.</p>";

        SourceText s = SourceText.of(html);

        assertThat(s.text().strip()).isEqualTo("Deep inside.");
        int at = s.text().indexOf("Deep");
        assertThat(html.substring(s.source(at), s.source(at) + 4)).isEqualTo("Deep");
    }
}
