package nl.normtoets.voortgang;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.geschiedenis.Actiekoers;
import nl.normtoets.geschiedenis.Auditkop;

/**
 * The progress report for the inspecties (issue 14, in the shape of the annex of seed 001): staffing per month,
 * timeliness per start month against the norm, dossiers without a vaste jeugdbeschermer beside the previous
 * measurement, the judgement per norm now and at the previous audit, and the verbeterplan's actions with their
 * course. {@code vorige} is null with only one stored audit. {@code tabellen} are in report order;
 * {@code opmerkingen} say what could not be shown and why.
 */
public record Voortgangsrapportage(String organisatie, LocalDate gemaakt, Auditkop nu, Auditkop vorige,
                                   String verbeteractiesBron, List<Tabel> tabellen, List<Actiekoers> acties,
                                   List<String> opmerkingen) {

    public Voortgangsrapportage {
        tabellen = List.copyOf(tabellen);
        acties = List.copyOf(acties);
        opmerkingen = List.copyOf(opmerkingen);
    }

    public Tabel tabel(String id) {
        return tabellen.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
}
