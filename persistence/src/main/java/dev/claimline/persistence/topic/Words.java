package dev.claimline.persistence.topic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case words of letters and digits, accents removed: {@code "Korea's cease-fire"} is {@code
 * [korea, s, cease, fire]}. The one tokenisation the topic lexicon and the comparison of reports share.
 */
public final class Words {
    private Words() {}

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Lower-cases with the root locale, for data files. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
