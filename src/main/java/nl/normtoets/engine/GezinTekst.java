package nl.normtoets.engine;

/**
 * The words of "every dossier of the family must comply" (1a.2-D): the deciding dossier's words, naming it when it is
 * another dossier than the one judged, and the family's count.
 */
final class GezinTekst extends Toelichting {
    private final Toelichting ergste;
    private final String anderDossier;
    private final String gezin;
    private final int dossiers;
    private final long tekort;

    /** {@code anderDossier}: the deciding dossier when it is not the one judged, else null. */
    GezinTekst(Toelichting ergste, String anderDossier, String gezin, int dossiers, long tekort) {
        this.ergste = ergste;
        this.anderDossier = anderDossier;
        this.gezin = gezin;
        this.dossiers = dossiers;
        this.tekort = tekort;
    }

    @Override
    public String tekst() {
        String samen = " (gezin " + gezin + ": " + dossiers + " dossiers, " + tekort + " te laat of zonder taxatie)";
        return anderDossier == null ? ergste.tekst() + samen
                : "Dossier " + anderDossier + " van hetzelfde gezin: " + ergste.tekst() + samen;
    }
}
