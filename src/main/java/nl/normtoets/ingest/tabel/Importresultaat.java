package nl.normtoets.ingest.tabel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.AuditsetSchrijver;
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

    /**
     * The import as an audit set, read back through the JSON reader so it gets exactly the checks of a JSON audit
     * set. Dossiers the import rejected join the reader's rejections.
     */
    public Auditset alsAuditset() {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        AuditsetSchrijver.schrijf(json, peildatum, organisatie, dossiers.iterator(), () -> organisatieFeiten, false);
        Auditset set = new AuditsetLezer().lees(new ByteArrayInputStream(json.toByteArray()), bron, peildatum);
        List<Afwijzing> alle = new ArrayList<>(afgewezen);
        alle.addAll(set.afgewezen());
        return new Auditset(set.bron(), set.peildatum(), set.organisatie(), set.dossiers(), alle,
                set.organisatieFeiten(), set.organisatieFouten());
    }
}
