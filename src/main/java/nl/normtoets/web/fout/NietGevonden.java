package nl.normtoets.web.fout;

/** No such audit or dossier (audits live in memory and are gone after a restart); answered with 404. */
public class NietGevonden extends RuntimeException {
    public NietGevonden(String message) {
        super(message);
    }
}
