package dev.claimline.dashboard.page;

/** A page that does not exist: answered with the HTML 404 page, whatever the API would answer. */
public class PageNotFoundException extends RuntimeException {
    public PageNotFoundException(String message) {
        super(message);
    }
}
