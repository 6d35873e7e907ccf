package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.ingest.AuditsetLezer;
import tools.jackson.databind.JsonNode;

class AuditCommandTest extends MetConsole {

    @TempDir
    Path tmp;

    @Test
    void auditMetAfgewezenDossiersSlaagtEnVerantwoordtElkDossier() throws Exception {
        Path rapport = tmp.resolve("rapport.json");
        int code = Main.run("audit", "fixtures/ongeldig.json", "--uitvoer", rapport.toString());

        assertThat(code).isZero();
        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(console).contains("8 ingelezen, 2 getoetst, 6 afgewezen").contains("1a.3").contains("Voldoet");
        JsonNode r = AuditsetLezer.MAPPER.readTree(Files.readString(rapport));
        // contract v1: 20 norms plus theme 4, every dossier of the input accounted for
        assertThat(r.get("normen")).hasSize(21);
        assertThat(r.get("themas")).hasSize(6);
        Set<String> verantwoord = new HashSet<>();
        r.get("bevindingen").forEach(b -> verantwoord.add(b.get("dossier").asString()));
        r.get("afgewezen").forEach(a -> verantwoord.add(a.get("dossier").asString()));
        assertThat(verantwoord).contains("D-0101", "D-0102", "D-0103", "D-0104", "D-0106", "D-0107", "dossiers[5]");
        assertThat(r.get("afgewezen")).hasSize(6);
        assertThat(r.get("bevindingen")).hasSize(2 * 29); // 29 dossier indicators in use (1a.3-C is off by default)
        for (JsonNode b : r.get("bevindingen")) {
            assertThat(b.has("norm") && b.has("indicator") && b.has("uitkomst") && b.has("toelichting") && b.has("bewijs"))
                    .isTrue();
            if (b.get("uitkomst").asString().equals("TEKORT")) {
                assertThat(b.get("toelichting").asString()).isNotBlank();
                assertThat(b.get("bewijs").size()).isPositive();
            }
        }
        JsonNode norm = r.get("normen").get(0);
        for (String veld : new String[] {"id", "thema", "score", "toepasbaar", "voldoet", "percentage", "indicatoren"}) {
            assertThat(norm.has(veld)).as(veld).isTrue();
        }
    }

    @Test
    void rapportNaarStandaarduitvoerIsZuivereJson() throws Exception {
        int code = Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", "-");
        assertThat(code).isZero();
        JsonNode r = AuditsetLezer.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(r.get("peildatum").asString()).isEqualTo("2025-03-10");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Thema").contains("1b.3");
    }

    @Test
    void peildatumOpDeOpdrachtregel() throws Exception {
        int code = Main.run("audit", "fixtures/voorbeeld.json", "--peildatum", "2025-06-30", "--uitvoer", "-");
        assertThat(code).isZero();
        assertThat(AuditsetLezer.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("peildatum").asString())
                .isEqualTo("2025-06-30");
    }

    @Test
    void onbruikbareInvoerGeeftExitcode2EnEenDuidelijkeMelding() throws Exception {
        Path kapot = tmp.resolve("kapot.json");
        Files.writeString(kapot, "dit is geen json");
        assertThat(Main.run("audit", kapot.toString(), "--uitvoer", tmp.resolve("r.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("kapot.json: geen geldige JSON");

        Path zonderPeildatum = tmp.resolve("leeg.json");
        Files.writeString(zonderPeildatum, "{\"dossiers\": []}");
        assertThat(Main.run("audit", zonderPeildatum.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'peildatum' ontbreekt");

        assertThat(Main.run("audit", tmp.resolve("bestaat-niet.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bestaat niet");
    }

    @Test
    void helpBeschrijftDeOpties() {
        assertThat(Main.run("audit", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--peildatum", "--uitvoer", "--catalogus");
    }

    @Test
    void eenRapportDatNietGeschrevenKanWordenGeeftExitcode6MetHetPad() throws Exception {
        Path bestand = Files.writeString(tmp.resolve("geen-map"), "x");
        Path doel = bestand.resolve("rapport.json");

        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", doel.toString())).isEqualTo(6);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("normtoets: kan niet schrijven naar " + doel);
        assertThat(Main.run("monitor", "fixtures/voorbeeld.json", "--uitvoer", doel.toString())).isEqualTo(6);
        assertThat(Main.run("genereer", "--dossiers", "1", "--peildatum", "2025-03-10", "--uitvoer", doel.toString()))
                .isEqualTo(6);
    }

    @Test
    void eenAndereCatalogusGeldtVoorAuditEnMonitor() throws Exception {
        String yaml = Files.readString(Path.of("rules/normcatalogus.yaml"));
        Path kapot = Files.writeString(tmp.resolve("kapot.yaml"), yaml.replace("termijn: {dagen: 5}", "termijn: {}"));

        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--catalogus", kapot.toString(), "--uitvoer", "-"))
                .isEqualTo(5);
        assertThat(Main.run("monitor", "fixtures/voorbeeld.json", "--catalogus", kapot.toString())).isEqualTo(5);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("(indicator 1a.3-A)").contains(".termijn")
                .contains("dagen").doesNotContain("Cannot construct");
    }

    @Test
    void eenApparaatDatNietsAanneemtGeeftEenRegelEnExitcode6() {
        assertThat(Files.exists(Path.of("/dev/full"))).isTrue();

        // every write fails (ENOSPC) inside the JSON library: one clear line and exit 6, not a stack trace
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", "/dev/full")).isEqualTo(6);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("normtoets: kan niet schrijven naar /dev/full")
                .doesNotContain("\tat ");
    }

    @Test
    void eenMappingBijEenAuditsetIsEenFoutGeenStilleNegering() {
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--mapping", "fixtures/import/mapping-voorbeeld.yaml",
                "--uitvoer", "-")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--mapping geldt alleen voor een registratie-export");
    }

    @Test
    void perMaandEnPeriodeOpDeOpdrachtregel() throws Exception {
        Path set = tmp.resolve("jbn.json");
        assertThat(Main.run("genereer", "--dossiers", "150", "--peildatum", "2025-03-10", "--uitvoer", set.toString()))
                .isZero();
        Path rapport = tmp.resolve("r.json");
        int code = Main.run("audit", set.toString(), "--uitvoer", rapport.toString(), "--periode",
                "01-09-2024..2025-03-10", "--per-maand=1a.3-A,1b.3-A");
        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(console).contains("Meetperiode: 01-09-2024 t/m 10-03-2025").contains("Maandtabel per startmaand")
                .contains("1a.3-A te doen").contains("1b.3-A tijdig").contains("sep-24").contains("norm")
                .contains("kleine aantallen").contains("< ").containsPattern("\\d+,\\d%");
        assertThat(console).doesNotContain("aug-24"); // before the period: no start counted, no column
        JsonNode r = tools.jackson.databind.json.JsonMapper.builder().build().readTree(rapport.toFile());
        assertThat(r.path("periode").path("van").asString()).isEqualTo("2024-09-01");
        assertThat(r.path("maandtabel").path("maanden").get(0).asString()).isEqualTo("2024-09");
    }

    @Test
    void eenOngeldigePeriodeIsEenGebruiksfout() {
        int code = Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", tmp.resolve("r.json").toString(),
                "--periode", "2025-10-01");
        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--periode").contains("VAN..TOT");
    }
}
