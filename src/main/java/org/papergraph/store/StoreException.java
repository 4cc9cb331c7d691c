package org.papergraph.store;

/** A store that cannot be opened or used as asked; the message is meant for the user. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
