package nl.normtoets.ingest;

/** The input as a whole cannot be audited (not JSON, no peildatum); the run stops with exit code 2. */
public class OnbruikbareInvoer extends RuntimeException {
    public OnbruikbareInvoer(String message) {
        super(message);
    }

    public OnbruikbareInvoer(String message, Throwable cause) {
        super(message, cause);
    }
}
