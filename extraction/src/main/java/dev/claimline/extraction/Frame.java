package dev.claimline.extraction;

import java.util.List;

/** A speech event found in a sentence. */
final class Frame {
    int verbFrom;
    int verbTo;
    String verbType;
    String verb;
    int npFrom;
    int npTo;
    Speaker speaker;
    int contentFrom;
    int contentTo;
    boolean quoteContent;
    boolean clausal;
    boolean passive;
    boolean thatClause;
    /** "…, said the ministry": the speaker follows the verb, the statement precedes it. */
    boolean inverted;
    /** The word opening the clause the speaker is in ("after", "since"), or "". */
    String clauseOpener = "";
    /** The lower-case word before the verb, or "". */
    String wordBefore = "";

    boolean inherited;
    List<Mention> passivePatients = List.of();
    DateResolver.Found date;
}
