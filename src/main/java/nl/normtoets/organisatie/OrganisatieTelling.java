package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Toewijzing;

/**
 * What theme 5 needs from the dossiers, gathered one dossier at a time so a streaming audit keeps no dossier for
 * it: running dossiers per worker on the peildatum (caseload), whether any dossier names a worker, and the number
 * of dossiers per gemeente. Its size follows the number of workers and gemeenten, not of dossiers. Not thread-safe:
 * one reader feeds it.
 */
public final class OrganisatieTelling {

    private final LocalDate peildatum;
    private final Map<String, Integer> perMedewerker = new HashMap<>();
    private final Map<String, Integer> perGemeente = new TreeMap<>();
    private boolean toewijzingenMetMedewerker;

    public OrganisatieTelling(LocalDate peildatum) {
        this.peildatum = Objects.requireNonNull(peildatum);
    }

    public static OrganisatieTelling van(List<Dossier> dossiers, LocalDate peildatum) {
        OrganisatieTelling t = new OrganisatieTelling(peildatum);
        dossiers.forEach(t::voegToe);
        return t;
    }

    public void voegToe(Dossier d) {
        toewijzingenMetMedewerker |= d.toewijzingen().stream().anyMatch(t -> t.medewerker() != null);
        boolean gestart = !d.startdatum().isAfter(peildatum);
        if (gestart && d.gemeente() != null && !d.gemeente().isBlank()) {
            perGemeente.merge(d.gemeente(), 1, Integer::sum);
        }
        if (!gestart || d.afgeslotenOp(peildatum)) {
            return;
        }
        Optional<String> wie = d.actieveToewijzing(peildatum).map(Toewijzing::medewerker);
        wie.ifPresent(m -> perMedewerker.merge(m, 1, Integer::sum));
    }

    /** See {@link CaseloadBerekening}: the dossiers decide when they name workers, else the registered caseload. */
    public List<Caseload> caseloads(List<Medewerker> medewerkers) {
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

    /** Gemeenten of the dossiers that started on or before the peildatum, with their number of dossiers. */
    public List<DossierGemeente> gemeenten() {
        return perGemeente.entrySet().stream().map(e -> new DossierGemeente(e.getKey(), e.getValue())).toList();
    }

    private static Caseload caseload(Medewerker m, int dossiers, Caseload.Bron bron) {
        Double perFte = m.fte() == null || m.fte() <= 0 ? null : dossiers / m.fte();
        return new Caseload(m.id(), dossiers, m.fte(), perFte, bron);
    }
}
