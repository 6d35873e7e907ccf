package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, defects 2-4 and 6 at the command line: exit codes, checked writes, no partial files left. */
class CliHardingTest {

    @TempDir
    Path tmp;

    private final PrintStream origOut = System.out;
    private final PrintStream origErr = System.err;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void vang() {
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void herstel() {
        System.setOut(origOut);
        System.setErr(origErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path set(String json) throws Exception {
        Path p = tmp.resolve("set.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void dossiersAlsObjectGeeftExit2MetBestandEnVeld() throws Exception {
        Path p = set("{\"peildatum\":\"2025-03-10\",\"dossiers\":{\"id\":\"D-1\",\"maatregel\":\"OTS\","
                + "\"startdatum\":\"2025-01-06\"}}");
        int code = Main.run("audit", p.toString(), "--out", tmp.resolve("r.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("set.json").contains("'dossiers'").doesNotContain("\tat ");
        assertThat(tmp.resolve("r.json")).doesNotExist();
    }

    @Test
    void peildatumAlsLijstGeeftExit2ZonderStacktrace() throws Exception {
        Path p = set("{\"peildatum\":[\"2025-03-10\"],\"organisatie\":{\"naam\":\"JBN\"},\"dossiers\":[]}");
        assertThat(Main.run("audit", p.toString(), "--out", tmp.resolve("r.json").toString())).isEqualTo(2);
        assertThat(stderr()).contains("set.json").contains("'peildatum'").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void auditNaarEenVolleStandaarduitvoerGeeftExit6() throws Exception {
        try (PrintStream vol = new PrintStream(new FileOutputStream("/dev/full"), false, StandardCharsets.UTF_8)) {
            System.setOut(vol);
            int code = Main.run("audit", "fixtures/voorbeeld.json", "--out", "-");
            assertThat(code).isEqualTo(Exitcodes.UITVOER_NIET_GESCHREVEN).isEqualTo(6);
        }
        assertThat(stderr()).contains("kan niet schrijven naar standaarduitvoer");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void monitorNaarEenVolleStandaarduitvoerGeeftExit6() throws Exception {
        try (PrintStream vol = new PrintStream(new FileOutputStream("/dev/full"), false, StandardCharsets.UTF_8)) {
            System.setOut(vol);
            assertThat(Main.run("monitor", "fixtures/voorbeeld.json", "--format", "json")).isEqualTo(6);
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void eenVolleSchijfGeeftOnzeEigenMelding() {
        int code = Main.run("audit", "fixtures/voorbeeld.json", "--out", "/dev/full");
        assertThat(code).isEqualTo(6);
        assertThat(stderr()).contains("kan niet schrijven naar /dev/full (schijf vol)")
                .doesNotContain("No space left");
    }

    @Test
    void eenAchtergeblevenDeelbestandWordtBijDeVolgendeSchrijfactieOpgeruimd() throws Exception {
        // a run killed during the write leaves ".rapport.json<random>.deel" with dossier data
        Path oud = tmp.resolve(".rapport.json4711.deel");
        Files.writeString(oud, "{\"half\":");
        Path doel = tmp.resolve("rapport.json");
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--out", doel.toString())).isZero();
        assertThat(oud).doesNotExist();
        assertThat(doel).exists();
        try (var rest = Files.list(tmp)) {
            assertThat(rest.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".deel"));
        }
    }

    @Test
    void tweeRunsVanDezelfdeInvoerGevenDezelfdeBytes() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertThat(Main.run("audit", "fixtures/demo.json", "--out", a.toString())).isZero();
        assertThat(Main.run("audit", "fixtures/demo.json", "--out", b.toString())).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }
}
