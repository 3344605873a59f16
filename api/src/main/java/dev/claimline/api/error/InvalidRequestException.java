package dev.claimline.api.error;

/** The request cannot be served as sent; answered with 400 and the message as the problem's detail. */
public class InvalidRequestException extends RuntimeException {
    /** @param detail a sentence naming the field or parameter and what is wrong with it */
    public InvalidRequestException(String detail) {
        super(detail);
    }
}
