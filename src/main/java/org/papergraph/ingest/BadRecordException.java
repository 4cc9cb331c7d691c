package org.papergraph.ingest;

/**
 * A record a source cannot turn into a {@link RawNote} (a field of the wrong type, a missing required field). Thrown
 * by the per-record mapping and caught by the reading loop, which rejects that record with this message and goes on.
 */
final class BadRecordException extends Exception {

    BadRecordException(String reason) {
        super(reason);
    }
}
