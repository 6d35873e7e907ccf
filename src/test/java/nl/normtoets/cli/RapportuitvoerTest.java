package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.ingest.AuditsetLezer;

/**
 * The report's output choices from the command line: compact or indented, gzip by the name, findings as JSON Lines;
 * the streaming audit and the in-memory one (which --bevindingen asks for) write the same bytes.
 */
class RapportuitvoerTest {

    @TempDir
    Path tmp;

    @Test
    void gzipEnCompactGelijkAanHetRapportInHetGeheugen() throws Exception {
        Path gz = tmp.resolve("stroom.json.gz");
        Path regels = tmp.resolve("bevindingen.jsonl");
        assertThat(Main.run("audit", "fixtures/demo.json", "--compact", "--uitvoer", gz.toString(),
                "--bevindingen-jsonl", regels.toString())).isZero();
        Path geheugen = tmp.resolve("geheugen.json");
        assertThat(Main.run("audit", "fixtures/demo.json", "--compact", "--uitvoer", geheugen.toString(),
                "--bevindingen", tmp.resolve("b.csv").toString())).isZero();
        byte[] uitgepakt;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            uitgepakt = in.readAllBytes();
        }
        byte[] verwacht = Files.readAllBytes(geheugen);
        assertThat(uitgepakt).isEqualTo(verwacht);
        assertThat(new String(verwacht, StandardCharsets.UTF_8)).doesNotContain("\n  ");
        List<String> lijnen = Files.readAllLines(regels);
        var bevindingen = AuditsetLezer.MAPPER.readTree(verwacht).get("bevindingen");
        assertThat(lijnen).hasSize(bevindingen.size());
        assertThat(AuditsetLezer.MAPPER.readTree(lijnen.get(lijnen.size() - 1)))
                .isEqualTo(bevindingen.get(bevindingen.size() - 1));
    }

    @Test
    void kleineSetStandaardIngesprongenEnNietBeide() throws Exception {
        Path r = tmp.resolve("r.json");
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", r.toString())).isZero();
        assertThat(Files.readString(r)).contains("\n  \"normen\" : [");
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--leesbaar", "--compact", "--uitvoer", r.toString()))
                .isEqualTo(Exitcodes.GEBRUIKSFOUT);
    }

    @Test
    void grootteBepaaltDeStandaardopmaak() {
        assertThat(Rapportkeuze.opmaak(false, false, Rapportkeuze.GROOT)).isEqualTo(nl.normtoets.report.Opmaak.LEESBAAR);
        assertThat(Rapportkeuze.opmaak(false, false, Rapportkeuze.GROOT + 1))
                .isEqualTo(nl.normtoets.report.Opmaak.COMPACT);
        assertThat(Rapportkeuze.opmaak(true, false, 1_000_000)).isEqualTo(nl.normtoets.report.Opmaak.LEESBAAR);
    }
}
