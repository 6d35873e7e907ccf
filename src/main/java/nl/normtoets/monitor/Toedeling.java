package nl.normtoets.monitor;

import java.time.LocalDate;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Toewijzing;

/**
 * Where a dossier belongs on the peildatum, for the views: team, regio, gemeente and the worker of the active
 * assignment (pseudonymous ids only). {@code medewerker} is null when nobody is assigned.
 */
public record Toedeling(String team, String medewerker, String regio, String gemeente) {

    public static Toedeling van(Dossier d, LocalDate peildatum) {
        String medewerker = d.actieveToewijzing(peildatum).map(Toewijzing::medewerker).orElse(null);
        return new Toedeling(d.team(), medewerker, d.regio(), d.gemeente());
    }
}
