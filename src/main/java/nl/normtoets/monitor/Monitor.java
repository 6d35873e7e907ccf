package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.norm.Normcatalogus;

/** One-shot use of the monitor (the CLI): evaluate all dossiers on a day and return the overview. */
public final class Monitor {

    /** Default horizon for "due soon", in days. */
    public static final int STANDAARD_HORIZON = 7;

    private Monitor() {
    }

    public static Monitoroverzicht overzicht(Normcatalogus catalogus, LocalDate peildatum, int horizon,
                                             List<Dossier> dossiers) {
        try (Testmonitor m = new Testmonitor(catalogus, peildatum, horizon, dossiers)) {
            return m.overzicht();
        }
    }
}
