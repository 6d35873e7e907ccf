package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.OrganisatieFeiten;

/** One-shot use of the monitor (the CLI): evaluate all dossiers on a day and return the overview. */
public final class Monitor {

    /** Default horizon for "due soon", in days. */
    public static final int STANDAARD_HORIZON = 7;

    private Monitor() {
    }

    public static Monitoroverzicht overzicht(Normcatalogus catalogus, LocalDate peildatum, int horizon,
                                             List<Dossier> dossiers) {
        return overzicht(catalogus, peildatum, horizon, dossiers, null);
    }

    /** The morning list with workload (FTE from {@code feiten}, may be null) and work stock. */
    public static Monitoroverzicht overzicht(Normcatalogus catalogus, LocalDate peildatum, int horizon,
                                             List<Dossier> dossiers, OrganisatieFeiten feiten) {
        try (Testmonitor m = new Testmonitor(catalogus, peildatum, horizon, dossiers)) {
            return volledig(m, catalogus, feiten);
        }
    }

    /** The running monitor's overview with the steering figures, computed on its current dossiers. */
    public static Monitoroverzicht volledig(Testmonitor m, Normcatalogus catalogus, OrganisatieFeiten feiten) {
        synchronized (m) {
            List<Dossier> actueel = m.dossiers();
            return m.overzicht().met(Werklast.bereken(catalogus, m.peildatum(), actueel, feiten),
                    Werkvoorraad.bereken(catalogus, m.peildatum(), actueel, m::bevindingen));
        }
    }
}
