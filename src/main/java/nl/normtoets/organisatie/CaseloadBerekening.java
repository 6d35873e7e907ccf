package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Toewijzing;

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
        Map<String, Integer> perMedewerker = new HashMap<>();
        boolean toewijzingenMetMedewerker = false;
        for (Dossier d : dossiers) {
            toewijzingenMetMedewerker |= d.toewijzingen().stream().anyMatch(t -> t.medewerker() != null);
            if (d.startdatum().isAfter(peildatum) || d.afgeslotenOp(peildatum)) {
                continue;
            }
            Optional<String> wie = d.actieveToewijzing(peildatum).map(Toewijzing::medewerker);
            wie.ifPresent(m -> perMedewerker.merge(m, 1, Integer::sum));
        }
        List<Caseload> uit = new ArrayList<>();
        for (Medewerker m : medewerkers) {
            if (toewijzingenMetMedewerker) {
                uit.add(caseload(m, perMedewerker.getOrDefault(m.id(), 0), Caseload.Bron.DOSSIERS));
            } else if (m.caseload() != null) {
                uit.add(caseload(m, m.caseload(), Caseload.Bron.OPGEGEVEN));
            }
        }
        return uit;
    }

    private static Caseload caseload(Medewerker m, int dossiers, Caseload.Bron bron) {
        Double perFte = m.fte() == null || m.fte() <= 0 ? null : dossiers / m.fte();
        return new Caseload(m.id(), dossiers, m.fte(), perFte, bron);
    }
}
