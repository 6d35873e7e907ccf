package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.dossier.Dossier;

/**
 * Caseload per worker on the peildatum. When the dossiers name their workers ({@code toewijzingen.medewerker}), a
 * worker's caseload is the number of running dossiers whose assignment on the peildatum is theirs; the registered
 * {@code caseload} of an employee is then ignored, because the dossiers are the primary source. Only when no dossier
 * names any worker does the registered caseload count.
 */
public final class CaseloadBerekening {

    private CaseloadBerekening() {
    }

    public static List<Caseload> bereken(List<Medewerker> medewerkers, List<Dossier> dossiers, LocalDate peildatum) {
        return OrganisatieTelling.van(dossiers, peildatum).caseloads(medewerkers);
    }
}
