package nl.normtoets.engine;

import java.time.LocalDate;

import nl.normtoets.norm.Termijn;

/**
 * The words of a recent-event check ({@link Toets.RecentToets}), written from its evidence when read: the last time
 * it happened against the window before the peildatum.
 */
final class RecentTekst extends Toelichting {

    /** Which of the check's cases applied; each has its own words. */
    enum Geval {
        AFGESLOTEN(Uitkomst.NIET_VAN_TOEPASSING),
        TE_JONG_VOOR_INDICATOR(Uitkomst.NOG_NIET_TOETSBAAR),
        RECENT(Uitkomst.VOLDOET),
        NOG_NIET_NODIG(Uitkomst.NOG_NIET_TOETSBAAR),
        TE_LANG_GELEDEN(Uitkomst.TEKORT),
        NOOIT(Uitkomst.TEKORT);

        final Uitkomst uitkomst;

        Geval(Uitkomst uitkomst) {
            this.uitkomst = uitkomst;
        }
    }

    private final Geval geval;
    private final String wat;
    private final Termijn termijn;
    private final RecentBewijs bewijs;

    RecentTekst(Geval geval, String wat, Termijn termijn, RecentBewijs bewijs) {
        this.geval = geval;
        this.wat = wat;
        this.termijn = termijn;
        this.bewijs = bewijs;
    }

    @Override
    public String tekst() {
        LocalDate peildatum = bewijs.peildatum();
        LocalDate start = bewijs.startdatum();
        LocalDate laatste = bewijs.laatste().orElse(null);
        return switch (geval) {
            case AFGESLOTEN -> "Dossier beëindigd op " + bewijs.einddatum().orElseThrow()
                    + "; de actualiteit wordt alleen bij lopende dossiers getoetst.";
            case TE_JONG_VOOR_INDICATOR -> "Dossier loopt sinds " + start + ", korter dan " + termijn
                    + "; deze indicator geldt pas voor dossiers die langer lopen (vanaf " + termijn.einde(start) + ").";
            case RECENT -> "Laatste " + wat + " op " + laatste + ", "
                    + Toets.aantalDagen(Toets.dagen(laatste, peildatum)) + " voor de peildatum; binnen " + termijn + ".";
            case NOG_NIET_NODIG -> "Dossier loopt sinds " + start + ", korter dan " + termijn + "; nog geen " + wat
                    + " nodig (uiterlijk " + termijn.einde(start) + ").";
            case TE_LANG_GELEDEN -> "Laatste " + wat + " op " + laatste + ", "
                    + Toets.aantalDagen(Toets.dagen(laatste, peildatum)) + " voor de peildatum; langer dan " + termijn
                    + " geleden.";
            case NOOIT -> "Geen " + wat + " geregistreerd sinds de start op " + start + " ("
                    + Toets.dagen(start, peildatum) + " dagen); vereist binnen " + termijn + ".";
        };
    }
}
