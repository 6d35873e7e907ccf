package nl.normtoets.review;

/** The dossierlezing checklist is unusable; the message names the file, line and field (never a value). */
public class DossierlezingFout extends RuntimeException {
    public DossierlezingFout(String message) {
        super(message);
    }

    public DossierlezingFout(String message, Throwable cause) {
        super(message, cause);
    }
}
