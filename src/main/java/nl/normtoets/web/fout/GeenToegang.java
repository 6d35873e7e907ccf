package nl.normtoets.web.fout;

/** The user may not see this (e.g. a dossier of another team); answered with 403. */
public class GeenToegang extends RuntimeException {
    public GeenToegang(String message) {
        super(message);
    }
}
