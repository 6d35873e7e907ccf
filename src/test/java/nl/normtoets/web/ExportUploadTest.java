package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.tabel.Importeur;
import nl.normtoets.ingest.tabel.Mapping;
import tools.jackson.databind.JsonNode;

/** A registration export uploaded as .xlsx: imported with the service's mapping, audited, import report kept. */
@SpringBootTest(classes = NormtoetsWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "normtoets.import-mapping=fixtures/import/mapping-voorbeeld.yaml")
class ExportUploadTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Path WERKBOEK = Path.of("fixtures/import/export-jbn.xlsx");
    static final Path MAPPING = Path.of("fixtures/import/mapping-voorbeeld.yaml");
    static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 10);

    @LocalServerPort
    int poort;

    Dienst dienst;

    @BeforeEach
    void dienst() {
        dienst = new Dienst(poort);
    }

    @Test
    void eenWerkboekWordtGeimporteerdGetoetstEnHetImportverslagBewaard() throws Exception {
        Auditset verwacht = new Importeur(Mapping.lees(MAPPING)).importeer(WERKBOEK, PEILDATUM, null).alsAuditset();

        var r = dienst.post("/api/audits?peildatum=2025-03-10&strikt=false", Dienst.KWALITEIT,
                Files.readAllBytes(WERKBOEK), XLSX, "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode rapport = Dienst.json(r);
        assertThat(rapport.get("aantallen").get("dossiersIngelezen").asInt()).isEqualTo(verwacht.aantalIngelezen());
        assertThat(rapport.get("aantallen").get("dossiersGetoetst").asInt()).isEqualTo(verwacht.dossiers().size());
        assertThat(rapport.get("peildatum").asString()).isEqualTo("2025-03-10");

        String id = r.headers().firstValue("X-Audit-Id").orElseThrow();
        var verslag = dienst.get("/api/audits/" + id + "/import", Dienst.KWALITEIT, "application/json");
        assertThat(verslag.statusCode()).isEqualTo(200);
        List<String> fouten = new ArrayList<>();
        Dienst.json(verslag).get("fouten").forEach(f -> fouten.add(f.get("bron").asString() + " regel "
                + f.get("regel").asInt() + " " + f.get("kolom").asString() + " " + f.get("soort").asString()));
        // the row of an unknown dossier, named by sheet, line and column as in the CLI import
        assertThat(fouten).contains("werkboek.xlsx blad 'Contactmomenten' regel 45 Dossiernummer ONBEKEND_DOSSIER");
        assertThat(verslag.body()).doesNotContain("/tmp");
    }

    @Test
    void alleenKwaliteitImporteertEnZiethetVerslag() throws Exception {
        var tm = dienst.post("/api/audits?peildatum=2025-03-10&strikt=false", Dienst.TEAMMANAGER,
                Files.readAllBytes(WERKBOEK), XLSX, "application/json");
        assertThat(tm.statusCode()).isEqualTo(403);

        String json = dienst.auditeer(Dienst.synthetischeSet());
        assertThat(dienst.get("/api/audits/" + json + "/import", Dienst.KWALITEIT, "application/json").statusCode())
                .as("an audit of a JSON set has no import report").isEqualTo(404);
        var r = dienst.post("/api/audits?peildatum=2025-03-10&strikt=false", Dienst.KWALITEIT,
                Files.readAllBytes(WERKBOEK), XLSX, "application/json");
        String id = r.headers().firstValue("X-Audit-Id").orElseThrow();
        assertThat(dienst.get("/api/audits/" + id + "/import", Dienst.TEAMMANAGER, "application/json").statusCode())
                .isEqualTo(403);
    }

    @Test
    void eenKapotWerkboekOfGeenPeildatumGeeftProblemDetailsZonderTijdelijkPad() {
        var kapot = dienst.post("/api/audits?peildatum=2025-03-10", Dienst.KWALITEIT,
                "geen werkboek".getBytes(StandardCharsets.UTF_8), XLSX, "application/json");
        assertThat(kapot.statusCode()).isEqualTo(400);
        assertThat(kapot.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(kapot.body()).contains("werkboek.xlsx").doesNotContain("/tmp");

        var zonderPeildatum = dienst.post("/api/audits", Dienst.KWALITEIT, "x".getBytes(StandardCharsets.UTF_8),
                XLSX, "application/json");
        assertThat(zonderPeildatum.statusCode()).isEqualTo(400);
    }
}
