package nl.normtoets.ingest.tabel;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import tools.jackson.databind.JsonNode;

/**
 * An imported export: the dossiers for the audit set, the rejected dossiers with their errors, the organisation
 * facts as contract JSON (null when the export has no organisation tables or they had errors), and the report.
 */
public record Importresultaat(String bron, LocalDate peildatum, String organisatie, List<Dossier> dossiers,
                              List<Afwijzing> afgewezen, JsonNode organisatieFeiten, Importverslag verslag) {
    public Importresultaat {
        dossiers = List.copyOf(dossiers);
        afgewezen = List.copyOf(afgewezen);
    }
}
