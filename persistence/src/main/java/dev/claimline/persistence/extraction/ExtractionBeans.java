package dev.claimline.persistence.extraction;

import dev.claimline.extraction.ClaimExtractor;
import dev.claimline.extraction.Gazetteer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java extraction engine and its gazetteer injectable; both are built once and shared. */
@Singleton
public class ExtractionBeans {
    @Produces
    @Singleton
    ClaimExtractor claimExtractor() {
        return ClaimExtractor.create();
    }

    /** The states and organisations the extractor knows, to check codes and name them. */
    @Produces
    @Singleton
    Gazetteer gazetteer(ClaimExtractor extractor) {
        return extractor.gazetteer();
    }
}
