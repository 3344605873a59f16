package dev.claimline.api.embedded;

/** The embedded PostgreSQL could not be started; the message says why in words a user can act on. */
public class EmbeddedDatabaseException extends RuntimeException {
    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
