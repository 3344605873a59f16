package dev.claimline.dashboard.form;

import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Cross-site request forgery protection for the dashboard's form, by double submission: the form page sets a random
 * token in a cookie that only this site's pages can send ({@code SameSite=Strict}, {@code HttpOnly}, limited to the
 * form's path) and writes the same token into a hidden field; a submission is accepted only when field and cookie
 * agree, and not when the browser says it comes from another site ({@code Sec-Fetch-Site}). Nothing is kept on the
 * server, so any replica accepts what another one served.
 *
 * <p>Written for this one form rather than taken from quarkus-rest-csrf so that a stale or missing token can be answered
 * with the form and the pasted text still in it, and so that the JSON API stays untouched.
 */
public final class CsrfTokens {
    public static final String COOKIE = "claimline-csrf";
    public static final String FIELD = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private CsrfTokens() {}

    /** The token a form page uses: the browser's, when it has a well-formed one, otherwise a new one. */
    public static String tokenFor(String cookie) {
        if (cookie != null && TOKEN.matcher(cookie).matches()) {
            return cookie;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie carrying {@code token}, for {@code path}; {@code secure} when the page was served over HTTPS. */
    public static NewCookie cookie(String token, String path, boolean secure) {
        return new NewCookie.Builder(COOKIE)
                .value(token)
                .path(path)
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    /**
     * Whether a submission may be trusted: the field equals the cookie, and the browser does not report another site.
     */
    public static boolean accepts(String cookie, String field, String fetchSite) {
        if (fetchSite != null && (fetchSite.equals("cross-site") || fetchSite.equals("same-site"))) {
            return false;
        }
        if (cookie == null || field == null || !TOKEN.matcher(cookie).matches()) {
            return false;
        }
        return MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }
}
