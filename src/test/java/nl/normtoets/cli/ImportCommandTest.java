package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import tools.jackson.databind.JsonNode;

/** The import command and {@code audit} on an export folder, end to end through picocli. */
class ImportCommandTest {

    private final ByteArrayOutputStream uit = new ByteArrayOutputStream();
    private PrintStream oud;

    @BeforeEach
    void vang() {
        oud = System.out;
        System.setOut(new PrintStream(uit, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void herstel() {
        System.setOut(oud);
    }

    private String uitvoer() {
        return uit.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importSchrijftEenAuditsetDieDeLezerAccepteert(@TempDir Path tmp) {
        Path json = tmp.resolve("audit-set.json");
        int code = Main.run("import", "fixtures/import/export-jbn", "--mapping", "fixtures/import/mapping-voorbeeld.yaml",
                "--peildatum", "2025-03-10", "--uitvoer", json.toString(), "--verslag", tmp.resolve("v.json").toString());

        assertThat(code).isZero();
        Auditset set = new AuditsetLezer().lees(json, null);
        assertThat(set.dossiers()).hasSize(14);
        assertThat(set.afgewezen()).isEmpty();
        assertThat(set.organisatie()).isEqualTo("JBN");
        assertThat(uitvoer()).contains("Contactmomenten.csv regel 45, kolom 'Dossiernummer': staat niet in "
                + "maatregelen");
        JsonNode verslag = AuditsetLezer.MAPPER.readTree(tmp.resolve("v.json").toFile());
        assertThat(verslag.path("fouten").get(0).path("regel").asInt()).isEqualTo(45);
    }

    @Test
    void auditOpEenExportmapToontDeAfgewezenRijenEnRapporteertDeAfgewezenDossiers(@TempDir Path tmp)
            throws Exception {
        Path rapport = tmp.resolve("rapport.json");
        int code = Main.run("audit", "fixtures/import/kapot", "--peildatum", "2025-03-10", "--uitvoer",
                rapport.toString());

        assertThat(code).isZero();
        assertThat(uitvoer()).contains("maatregelen.csv regel 3, kolom 'startdatum': is geen bestaande "
                + "datum").contains("contacten.csv regel 6, kolom 'dossier': staat niet in maatregelen");
        JsonNode r = AuditsetLezer.MAPPER.readTree(Files.readString(rapport));
        // K-0008 is audited; the seven dossiers the import rejected are in 'afgewezen', none is lost.
        assertThat(r.path("afgewezen").size()).isEqualTo(7);
        assertThat(r.path("bevindingen").findValuesAsString("dossier")).containsOnly("K-0008");
    }

    @Test
    void auditOpEenExportZonderPeildatumIsOnbruikbareInvoer() {
        assertThat(Main.run("audit", "fixtures/import/export-jbn.xlsx")).isEqualTo(2);
    }
}
