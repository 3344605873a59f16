package dev.claimline.api.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted (its quotes doubled) when it
 * holds a comma, a quote, a line break or leading or trailing space. Null is written as an empty field.
 */
public final class Csv {
    private Csv() {}

    public static void writeRecord(Writer out, List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object field = fields.get(i);
            if (field != null) {
                out.write(quoted(field.toString()));
            }
        }
        out.write("\r\n");
    }

    static String quoted(String field) {
        boolean quote = field.isEmpty()
                ? false
                : field.indexOf(',') >= 0
                        || field.indexOf('"') >= 0
                        || field.indexOf('\n') >= 0
                        || field.indexOf('\r') >= 0
                        || Character.isWhitespace(field.charAt(0))
                        || Character.isWhitespace(field.charAt(field.length() - 1));
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
