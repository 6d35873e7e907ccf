package nl.normtoets.norm;

/** The norm catalog is unusable or incomplete; the message names the indicator and the field. */
public class CatalogusFout extends RuntimeException {
    public CatalogusFout(String message) {
        super(message);
    }

    public CatalogusFout(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Rethrows the catalog error behind a rule failure, if that is what it is. Callers that isolate failures per
     * dossier (or per organisation) call this first: a catalog error is nobody's data's fault and stops the run.
     */
    public static void herwerpOorzaak(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CatalogusFout fout) {
                throw fout;
            }
        }
    }
}
