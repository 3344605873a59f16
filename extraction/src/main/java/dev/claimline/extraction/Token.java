package dev.claimline.extraction;

/**
 * One token of the text: a half-open range {@code [start, end)} of the prepared text and its characters.
 *
 * @param text the characters of the token
 * @param lower the lower-cased characters, for lexicon look-ups
 * @param start the offset of the first character in the prepared text
 * @param end the offset after the last character
 * @param quote {@code true} for a double quotation mark (straight or curly)
 */
record Token(String text, String lower, int start, int end, boolean quote) {
    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    boolean isPunct(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }
}
