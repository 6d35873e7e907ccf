package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.ingest.AuditsetLezer;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** Issue 18: one exit code per kind of outcome, each pinned here and listed in the help of every command. */
class ExitcodesTest extends MetConsole {

    @TempDir
    Path tmp;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void deCodesZijnVerschillendEnVast() {
        assertThat(new int[] {Exitcodes.GELUKT, Exitcodes.INTERNE_FOUT, Exitcodes.ONBRUIKBARE_INVOER,
                Exitcodes.AFGEBROKEN, Exitcodes.GEBRUIKSFOUT, Exitcodes.CATALOGUSFOUT,
                Exitcodes.UITVOER_NIET_GESCHREVEN, Exitcodes.NIETS_GETOETST}).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(Schrijffout.EXITCODE).isEqualTo(6);
    }

    @Test
    void gelukt0() {
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", tmp.resolve("r.json").toString()))
                .isZero();
        assertThat(err()).isEmpty();
    }

    @Test
    void interneFout1NoemtAlleenDeSoort() {
        StringWriter tekst = new StringWriter();
        CommandLine cli = new CommandLine(new Main()).setErr(new PrintWriter(tekst, true));
        int code = new Exitcodes().handleExecutionException(new IllegalStateException("waarde uit de invoer"), cli,
                null);
        assertThat(code).isEqualTo(1);
        assertThat(tekst.toString()).contains("interne fout (IllegalStateException)")
                .doesNotContain("waarde uit de invoer");
    }

    @Test
    void onbruikbareInvoer2() throws Exception {
        Path kapot = Files.writeString(tmp.resolve("kapot.json"), "{niet json");
        assertThat(Main.run("audit", kapot.toString(), "--uitvoer", tmp.resolve("r.json").toString())).isEqualTo(2);
        assertThat(Main.run("audit", tmp.resolve("bestaat-niet.json").toString())).isEqualTo(2);
        assertThat(err()).startsWith("normtoets: ").doesNotContain("\tat ");
    }

    @Test
    void gebruiksfout4InElkeOpdracht() {
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--bestaat-niet")).isEqualTo(4);
        assertThat(Main.run("audit")).isEqualTo(4); // AUDITSET missing
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--peildatum", "gisteren")).isEqualTo(4);
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--periode", "zomer", "--uitvoer", "-")).isEqualTo(4);
        assertThat(Main.run("monitor", "fixtures/voorbeeld.json", "--formaat", "pdf")).isEqualTo(4);
        assertThat(Main.run("generate", "--bestaat-niet")).isEqualTo(4); // a hidden alias too
        assertThat(Main.run("bestaat-niet")).isEqualTo(4);
        assertThat(err()).contains("Gebruik:");
    }

    @Test
    void catalogusfout5() throws Exception {
        String yaml = Files.readString(Path.of("rules/normcatalogus.yaml"));
        Path kapot = Files.writeString(tmp.resolve("kapot.yaml"), yaml.replace("termijn: {dagen: 5}", "termijn: {}"));
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--catalogus", kapot.toString(), "--uitvoer",
                tmp.resolve("r.json").toString())).isEqualTo(5);
        assertThat(err()).contains("normtoets: ").contains("(indicator 1a.3-A)");
        assertThat(tmp.resolve("r.json")).doesNotExist();
    }

    @Test
    void uitvoerNietGeschreven6() throws Exception {
        Path bestand = Files.writeString(tmp.resolve("geen-map"), "x");
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", bestand.resolve("r.json").toString()))
                .isEqualTo(6);
        // the findings export too
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", tmp.resolve("r.json").toString(),
                "--bevindingen", bestand.resolve("b.xlsx").toString())).isEqualTo(6);
        assertThat(err()).contains("normtoets: kan niet schrijven naar " + bestand.resolve("b.xlsx"));
    }

    @Test
    void nietsGetoetst7ZegtHetEnSchrijftHetRapport() throws Exception {
        Path leeg = Files.writeString(tmp.resolve("leeg.json"), "{\"peildatum\":\"2025-03-10\",\"dossiers\":[]}");
        Path rapport = tmp.resolve("leeg-rapport.json");
        assertThat(Main.run("audit", leeg.toString(), "--uitvoer", rapport.toString())).isEqualTo(7);
        assertThat(err()).contains("normtoets: niets te toetsen: geen enkel dossier is getoetst (0 ingelezen, "
                + "0 afgewezen)");
        assertThat(rapport).exists();

        // every dossier rejected: the report lists why, the exit code says nothing was audited
        Path afgewezen = Files.writeString(tmp.resolve("afgewezen.json"),
                "{\"peildatum\":\"2025-03-10\",\"dossiers\":[{\"id\":\"D-1\"},{\"id\":\"D-2\",\"maatregel\":\"OTS\"}]}");
        Path rapport2 = tmp.resolve("afgewezen-rapport.json");
        assertThat(Main.run("audit", afgewezen.toString(), "--uitvoer", rapport2.toString())).isEqualTo(7);
        assertThat(err()).contains("(2 ingelezen, 2 afgewezen)");
        JsonNode r = AuditsetLezer.MAPPER.readTree(Files.readString(rapport2));
        assertThat(r.get("afgewezen")).hasSize(2);
    }

    @Test
    void deHulpNoemtElkeCode() {
        assertThat(Main.run("--help")).isZero();
        assertThat(Main.run("audit", "--help")).isZero();
        assertThat(Main.run("monitor", "--help")).isZero();
        String hulp = out.toString(StandardCharsets.UTF_8);
        for (String regel : new String[] {"0   gelukt", "1   interne fout", "2   onbruikbare invoer",
                "3   onvoldoende geheugen", "4   gebruiksfout", "5   onbruikbare normcatalogus",
                "6   uitvoer kon niet", "7   niets te toetsen"}) {
            // once per command's help: the list is shared
            assertThat(hulp.split(java.util.regex.Pattern.quote(regel), -1)).as(regel).hasSize(4);
        }
        assertThat(hulp).contains("Exitcodes:");
    }
}
