package nl.normtoets.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.cli.Main;
import nl.normtoets.generator.Profiel;
import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Databank;
import nl.normtoets.geschiedenis.Testdatabanken;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import tools.jackson.databind.JsonNode;

/** The bench stores each size's audit and reads its summary back; timings are not asserted, what was stored is. */
class OpslagmetingTest {

    @Test
    void benchMeetOpslagOpH2EnSchrijftHetInDeUitslag(@TempDir Path tmp) throws Exception {
        Path uit = tmp.resolve("bench.json");
        int code = Main.run("bench", "--groottes", "20,40", "--opwarmen", "1", "--herhalingen", "1",
                "--werkmap", tmp.resolve("sets").toString(), "--uitvoer", uit.toString(), "--jar",
                tmp.resolve("geen.jar").toString(), "--geen-eind-tot-eind");

        assertThat(code).isZero();
        JsonNode opslag = AuditsetLezer.MAPPER.readTree(Files.readString(uit)).get("opslag");
        assertThat(opslag).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(opslag.get(i).get("databank").asString()).isEqualTo("H2");
            assertThat(opslag.get(i).get("bevindingen").asInt()).isPositive();
        }
        assertThat(opslag.get(1).get("dossiers").asInt()).isEqualTo(40);
        assertThat(opslag.get(1).get("bevindingen").asInt()).isGreaterThan(opslag.get(0).get("bevindingen").asInt());
        // the bench's H2 folders are removed again
        assertThat(tmp.resolve("sets").resolve("opslag-h2-40")).doesNotExist();
    }

    @Test
    void opPostgresqlWordtDeBenchAuditWeerVerwijderd(@TempDir Path tmp) throws Exception {
        Databank pg = Testdatabanken.databank("PostgreSQL", tmp);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Opslagmeting opslag = new Opslagmeting(tmp, pg, new PrintStream(log, true, StandardCharsets.UTF_8));
        new Benchmark(tmp.resolve("sets"), Profiel.van("jbn-2025"), 7, LocalDate.of(2025, 3, 10), 1, 1,
                new PrintStream(new ByteArrayOutputStream())).metOpslag(opslag)
                .meet(List.of(30), CatalogusLezer.standaard());

        assertThat(opslag.metingen()).extracting(Opslagmeting.Meting::databank).containsExactly("H2", "PostgreSQL");
        assertThat(opslag.metingen().get(1).bevindingen()).isEqualTo(opslag.metingen().get(0).bevindingen());
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("opslag PostgreSQL");
        try (var ds = pg.open()) {
            assertThat(new Auditarchief(ds).lijst("JBN")).noneMatch(k -> "bench".equals(k.door()));
        }
        assertThat(Opslagmeting.tabel(opslag.metingen())).contains("PostgreSQL").contains("samenvatting ms");
    }
}
