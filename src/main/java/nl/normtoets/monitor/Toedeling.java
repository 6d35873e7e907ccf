package nl.normtoets.monitor;

import java.time.LocalDate;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Toewijzing;

/**
 * Where a dossier belongs on the peildatum, for the views: team, regio, gemeente, the worker of the active
 * assignment (pseudonymous ids only), the maatregel and the werkwijze of that assignment (VAST, CCP, CRT).
 * {@code medewerker} and {@code werkwijze} are null when nobody is assigned.
 */
public record Toedeling(String team, String medewerker, String regio, String gemeente, String maatregel,
                        String werkwijze) {

    public Toedeling(String team, String medewerker, String regio, String gemeente) {
        this(team, medewerker, regio, gemeente, null, null);
    }

    public static Toedeling van(Dossier d, LocalDate peildatum) {
        Toewijzing actief = d.actieveToewijzing(peildatum).orElse(null);
        return new Toedeling(d.team(), actief == null ? null : actief.medewerker(), d.regio(), d.gemeente(),
                d.maatregel() == null ? null : d.maatregel().name(),
                actief == null || actief.werkwijze() == null ? null : actief.werkwijze().name());
    }
}
