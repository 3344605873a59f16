package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The roles that keep a named actor from being the accused: place, victim of a passive, addressee, claim source. */
class MentionRolesTest {
    private static final ActorMatcher MATCHER = new ActorMatcher(Gazetteer.standard());
    private static final MentionRoles ROLES = new MentionRoles(Lexicon.standard());

    private record Sentence(List<Token> tokens, List<Mention> mentions) {
        Mention of(String code) {
            return mentions.stream()
                    .filter(m -> m.actor().code().equals(code))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Sentence read(String s) {
        List<Token> t = Tokenizer.tokenize(s, 0, s.length());
        return new Sentence(t, MATCHER.find(t));
    }

    @Test
    void aNameAfterAPlacePrepositionOrInAListOfPlacesIsAPlace() {
        Sentence s = read("Russia struck targets in northern Syria and flew over Lithuania, Poland and Sweden.");
        assertThat(ROLES.isPlace(s.tokens(), s.of("SY"), s.mentions())).isTrue();
        assertThat(ROLES.isPlace(s.tokens(), s.of("PL"), s.mentions())).isTrue();
        assertThat(ROLES.isPlace(s.tokens(), s.of("RU"), s.mentions())).isFalse();
    }

    @Test
    void theSubjectOfAPassiveIsItsVictim() {
        Sentence s = read("Czech institutions had been targeted by hackers.");
        assertThat(MentionRoles.isPatient(s.tokens(), s.of("CZ"), s.tokens().size()))
                .isTrue();
        Sentence active = read("Czech hackers had targeted the ministry.");
        assertThat(MentionRoles.isPatient(
                        active.tokens(), active.of("CZ"), active.tokens().size()))
                .isFalse();
    }

    @Test
    void theAddressedAndTheSourceOfAClaimAreNotAccused() {
        Sentence summoned = read("Dhaka summoned the Turkish ambassador.");
        assertThat(ROLES.addressee(summoned.tokens(), summoned.of("TR"))).isTrue();
        Sentence ally = read("It called on a NATO ally to act.");
        assertThat(ROLES.addressee(ally.tokens(), ally.of("NATO"))).isTrue();
        Sentence claims = read("It rejected Greek accusations of violations.");
        assertThat(ROLES.accuserPosition(claims.tokens(), claims.of("GR"))).isTrue();
        Sentence by = read("It rejected claims by Egypt that it had filled the dam.");
        assertThat(ROLES.accuserPosition(by.tokens(), by.of("EG"))).isTrue();
    }
}
