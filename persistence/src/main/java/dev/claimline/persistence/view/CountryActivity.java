package dev.claimline.persistence.view;

import java.util.List;

/**
 * What one country or organisation said and had said about it.
 *
 * @param allegationsMade its allegations against others
 * @param allegationsReceived others' allegations that accuse it
 * @param denialsMade its denials
 * @param denialsReceived others' denials that answer it
 * @param counterparts the actors it has most claims with, most first
 */
public record CountryActivity(
        long allegationsMade,
        long allegationsReceived,
        long denialsMade,
        long denialsReceived,
        List<Counterpart> counterparts) {
    public CountryActivity {
        counterparts = List.copyOf(counterparts);
    }

    public long total() {
        return allegationsMade + allegationsReceived + denialsMade + denialsReceived;
    }
}
