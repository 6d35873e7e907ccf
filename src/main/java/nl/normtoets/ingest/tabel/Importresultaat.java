package nl.normtoets.ingest.tabel;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;

/** An imported export: the dossiers for the audit set, the rejected dossiers with their errors, and the report. */
public record Importresultaat(String bron, LocalDate peildatum, String organisatie, List<Dossier> dossiers,
                              List<Afwijzing> afgewezen, Importverslag verslag) {
    public Importresultaat {
        dossiers = List.copyOf(dossiers);
        afgewezen = List.copyOf(afgewezen);
    }
}
