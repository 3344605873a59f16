package dev.claimline.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Gazetteer;
import org.junit.jupiter.api.Test;

class ActorSearchTest {
    private final ActorSearch search = new ActorSearch(Gazetteer.standard());

    @Test
    void findsActorsByEveryNameUsersType() {
        assertThat(codes("KP")).containsExactly("KP");
        assertThat(codes("pyongyang")).containsExactly("KP");
        assertThat(codes("the Kremlin")).containsExactly("RU");
        assertThat(codes("Kremlin")).containsExactly("RU");
        assertThat(codes("north korean")).contains("KP");
        assertThat(codes("Türkiye")).containsExactly("TR");
    }

    @Test
    void wordsThatNameNoActorFindNone() {
        ActorSearch.Result result = search.find("drones");

        assertThat(result.actors()).isEmpty();
        assertThat(search.find("  ").query()).isEmpty();
    }

    private java.util.List<String> codes(String query) {
        return search.find(query).actors().stream().map(Actor::code).toList();
    }
}
