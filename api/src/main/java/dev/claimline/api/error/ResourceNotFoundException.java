package dev.claimline.api.error;

/** The request names something that does not exist; answered with 404 and the message as the problem's detail. */
public class ResourceNotFoundException extends RuntimeException {
    /** @param detail a sentence saying what was not found */
    public ResourceNotFoundException(String detail) {
        super(detail);
    }
}
