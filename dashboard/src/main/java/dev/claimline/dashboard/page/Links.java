package dev.claimline.dashboard.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The addresses of the dashboard's pages, with their query strings encoded. */
public final class Links {
    private Links() {}

    public static String pair(String a, String b) {
        return "/dyads/" + encode(a) + "/" + encode(b);
    }

    public static String country(String code) {
        return "/countries/" + encode(code);
    }

    public static String article(long id) {
        return "/articles/" + id;
    }

    public static String claim(long id) {
        return "/claims/" + id;
    }

    public static Query query() {
        return new Query(new LinkedHashMap<>());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Query parameters in order; blank values are left out. Immutable: {@link #with} returns a new query. */
    public record Query(Map<String, String> parameters) {
        public Query {
            parameters = new LinkedHashMap<>(parameters);
        }

        public Query with(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(parameters);
            if (value == null || value.isBlank()) {
                copy.remove(name);
            } else {
                copy.put(name, value);
            }
            return new Query(copy);
        }

        public Query with(String name, int value) {
            return with(name, Integer.toString(value));
        }

        public Query without(String name) {
            return with(name, (String) null);
        }

        /** {@code path} with this query: {@code /dyads/GR/TR?from=2024-01}. */
        public String on(String path) {
            return path + this;
        }

        /** {@code ?a=1&b=2}, or empty. */
        @Override
        public String toString() {
            if (parameters.isEmpty()) {
                return "";
            }
            StringBuilder query = new StringBuilder("?");
            parameters.forEach((name, value) -> {
                if (query.length() > 1) {
                    query.append('&');
                }
                query.append(encode(name)).append('=').append(encode(value));
            });
            return query.toString();
        }
    }
}
