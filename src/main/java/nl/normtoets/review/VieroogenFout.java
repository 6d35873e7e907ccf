package nl.normtoets.review;

/**
 * A reviewer tried to review a dossier they work (or worked) on, or a dossier not in the sample. The message names
 * the dossier id, never the reviewer's name.
 */
public class VieroogenFout extends RuntimeException {
    public VieroogenFout(String message) {
        super(message);
    }
}
