package dev.claimline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What is known about the article so far, as it is read in order. */
final class ReadingContext {
    final LocalDate published;
    final String text;
    Speaker lastSpeaker;
    /** The last speaker named as a person (an official, a spokesman, an analyst): who "he" and "she" are. */
    Speaker lastPerson;
    /** In a transcript, the state voice whose answer the current paragraphs are ("Mao Ning:", "A:"), or null. */
    Speaker answering;
    /** In a transcript, the official who answers the questions. */
    Speaker briefingHost;
    /** The state the article names most often: whose an official introduced with no country most likely is. */
    Actor mostNamed;

    final List<Speaker> speakers = new ArrayList<>();
    final Map<String, Speaker> persons = new HashMap<>();
    /** Names of officials introduced by a title that names no state ("Spokesperson Mao Ning"). */
    final java.util.Set<String> officials = new java.util.HashSet<>();

    final List<Mention> recentMentions = new ArrayList<>();
    final List<String> recentMentionTexts = new ArrayList<>();
    final Map<String, ClaimDate> lastDate = new HashMap<>();
    ClaimDate lastStatementDate;
    /** The day the article's news happened: its first statement dated within two days of publication. */
    ClaimDate newsDay;

    Actor datelineActor;
    final List<Draft> drafts = new ArrayList<>();
    final List<Set<String>> sentenceActors = new ArrayList<>();
    final Map<String, Actor> owners = new HashMap<>();

    ReadingContext(LocalDate published, String text) {
        this.published = published;
        this.text = text;
    }

    /** "the Commission" after "the European Commission": the last actor named with the same head noun. */
    Actor byHeadNoun(List<Token> tokens, int from, int to) {
        String last = tokens.get(to - 1).lower();
        for (int k = recentMentionTexts.size() - 1; k >= 0; k--) {
            String mt = recentMentionTexts.get(k).toLowerCase(Locale.ROOT);
            if (mt.endsWith(" " + last)) {
                return recentMentions.get(k).actor();
            }
        }
        for (int k = speakers.size() - 1; k >= 0; k--) {
            Speaker s = speakers.get(k);
            if (last.equals(s.head()) && tokens.get(from).is("the")) {
                return s.actors().get(0);
            }
        }
        return null;
    }
}
