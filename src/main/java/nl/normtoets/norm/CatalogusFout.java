package nl.normtoets.norm;

/** The norm catalog is unusable or incomplete; the message names the indicator and the field. */
public class CatalogusFout extends RuntimeException {
    public CatalogusFout(String message) {
        super(message);
    }

    public CatalogusFout(String message, Throwable cause) {
        super(message, cause);
    }
}
