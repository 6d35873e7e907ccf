package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/**
 * Issue 11: every option and subcommand has a Dutch name; the English spellings of before stay as hidden aliases,
 * so scripts keep working while the help shows only the Dutch names.
 */
class OptienamenTest extends MetConsole {

    /** Old spellings, as a regex that does not match inside the new ones ({@code --catalog} in {@code --catalogus}). */
    private static final String OUDE_NAMEN =
            "(?s).*(--out\\b|--catalog(?!us)|--format\\b|--sizes|--repeat|--warmup|--workdir|--seed|--pretty).*";

    @TempDir
    Path tmp;

    private String uit() {
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "genereer", "bench", "import", "monitor", "dienst"})
    void deHulpToontAlleenDeNederlandseNamen(String opdracht) {
        assertThat(Main.run(opdracht, "--help")).isZero();
        String hulp = uit();
        assertThat(hulp).startsWith("Gebruik: normtoets " + opdracht).contains("Toon deze hulp en stop.")
                .doesNotContain("Usage:", "Show this help message");
        assertThat(hulp).doesNotMatch(OUDE_NAMEN);
    }

    @Test
    void hetOverzichtNoemtDeNederlandseOpdrachtenEnNietDeOude() {
        assertThat(Main.run("--help")).isZero();
        String hulp = uit();
        assertThat(hulp).contains("Opdrachten:", "  genereer ", "  dienst ").containsPattern("  help +Toont de hulp")
                .doesNotContain("generate", "serve", "Commands:", "Display help");
    }

    @Test
    void auditSchrijftHetzelfdeRapportMetUitvoerEnMetOut() throws Exception {
        Path nieuw = tmp.resolve("nieuw.json");
        Path oud = tmp.resolve("oud.json");
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", nieuw.toString())).isZero();
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--out", oud.toString())).isZero();
        assertThat(Files.readAllBytes(oud)).isEqualTo(Files.readAllBytes(nieuw));
        // without either the default name is used, so the alias did not leak into the next run
        AuditCommand c = new AuditCommand();
        new CommandLine(c).parseArgs("x.json");
        assertThat(c.uitvoer).isEqualTo("normtoets-rapport.json");
    }

    @Test
    void genereerEnGenerateMetDeOudeOptiesGevenHetzelfdeBestand() throws Exception {
        Path nieuw = tmp.resolve("nieuw.json");
        Path oud = tmp.resolve("oud.json");
        Path ander = tmp.resolve("ander.json");
        assertThat(Main.run("genereer", "--dossiers", "3", "--peildatum", "2025-03-10", "--startwaarde", "7",
                "--leesbaar", "--uitvoer", nieuw.toString())).isZero();
        assertThat(Main.run("generate", "--dossiers", "3", "--peildatum", "2025-03-10", "--seed", "7", "--pretty",
                "--out", oud.toString())).isZero();
        assertThat(Main.run("genereer", "--dossiers", "3", "--peildatum", "2025-03-10", "--startwaarde", "8",
                "--uitvoer", ander.toString())).isZero();
        assertThat(Files.readAllBytes(oud)).isEqualTo(Files.readAllBytes(nieuw));
        assertThat(Files.readString(nieuw)).contains("\n  ");
        assertThat(Files.readAllBytes(ander)).isNotEqualTo(Files.readAllBytes(nieuw));
        assertThat(uit()).contains("startwaarde 7").doesNotContain("seed");
    }

    @Test
    void genereerZonderUitvoerIsEenGebruiksfout() {
        assertThat(Main.run("genereer", "--dossiers", "1", "--peildatum", "2025-03-10")).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Verplichte optie ontbreekt: '--uitvoer=BESTAND'");
    }

    @Test
    void monitorNeemtFormaatMetNederlandseEnOudeWaarden() throws Exception {
        String set = "fixtures/monitor/ochtendlijst.json";
        assertThat(Main.run("monitor", set, "--formaat", "tabel")).isZero();
        String tabel = uit();
        assertThat(Main.run("monitor", set, "--format", "TABLE")).isZero();
        assertThat(uit()).isEqualTo(tabel);
        assertThat(Main.run("monitor", set)).isZero();
        assertThat(uit()).isEqualTo(tabel);

        Path csv = tmp.resolve("m.csv");
        Path csvOud = tmp.resolve("m-oud.csv");
        assertThat(Main.run("monitor", set, "--formaat", "csv", "--uitvoer", csv.toString())).isZero();
        assertThat(Main.run("monitor", set, "--format", "CSV", "--out", csvOud.toString())).isZero();
        assertThat(Files.readAllBytes(csvOud)).isEqualTo(Files.readAllBytes(csv)).isNotEmpty();
        assertThat(Files.readString(csv)).isNotEqualTo(tabel);

        assertThat(Main.run("monitor", set, "--formaat", "Json")).isZero();
        assertThat(uit()).startsWith("{");
        assertThat(Main.run("monitor", set, "--formaat", "pdf")).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'pdf' is geen formaat; kies tabel, csv of json");
    }

    @Test
    void benchEnImportNemenDeOudeSpellingen() {
        BenchCommand oud = new BenchCommand();
        new CommandLine(oud).parseArgs("--sizes", "20,50", "--warmup", "1", "--repeat", "2", "--seed", "9",
                "--workdir", "w", "--out", "b.json");
        BenchCommand nieuw = new BenchCommand();
        new CommandLine(nieuw).parseArgs("--groottes", "20,50", "--opwarmen", "1", "--herhalingen", "2",
                "--startwaarde", "9", "--werkmap", "w", "--uitvoer", "b.json");
        for (BenchCommand b : List.of(oud, nieuw)) {
            assertThat(b.groottes).containsExactly(20, 50);
            assertThat(b.opwarmen).isEqualTo(1);
            assertThat(b.herhalingen).isEqualTo(2);
            assertThat(b.startwaarde).isEqualTo(9);
            assertThat(b.werkmap).isEqualTo(Path.of("w"));
            assertThat(b.uitvoer).isEqualTo(Path.of("b.json"));
        }
        BenchCommand standaard = new BenchCommand();
        new CommandLine(standaard).parseArgs();
        assertThat(standaard.groottes).containsExactly(1000, 10000, 100000);
        assertThat(standaard.uitvoer).isEqualTo(Path.of("target/bench.json"));

        ImportCommand imp = new ImportCommand();
        new CommandLine(imp).parseArgs("export", "--peildatum", "2025-03-10", "--out", "set.json");
        assertThat(imp.uitvoer).isEqualTo(Path.of("set.json"));
        MonitorCommand mon = new MonitorCommand();
        new CommandLine(mon).parseArgs("set.json", "--catalog", "c.yaml");
        assertThat(mon.invoer.catalogus).isEqualTo(Path.of("c.yaml"));
    }
}
