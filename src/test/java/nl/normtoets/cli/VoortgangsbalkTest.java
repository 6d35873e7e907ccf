package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the progress bar is drawn on a terminal only. The rule is tested directly; the real thing runs the CLI in
 * a child JVM, once under a pseudo-terminal ({@code script} from util-linux, as in docs/garanties.md's manual check)
 * and once with stderr in a file. The time limit only guards against a hang; nothing here measures time.
 */
class VoortgangsbalkTest {

    private static final long GRENS_SECONDEN = 240;

    @TempDir
    Path tmp;

    @Test
    void alleenOpEenTerminalDieDeCursorKanVerplaatsenEnNietUitgezet() {
        assertThat(Voortgangsbalk.toon(true, Map.of("TERM", "xterm-256color"))).isTrue();
        assertThat(Voortgangsbalk.toon(true, Map.of())).isTrue();
        assertThat(Voortgangsbalk.toon(false, Map.of("TERM", "xterm-256color"))).isFalse();
        assertThat(Voortgangsbalk.toon(true, Map.of("TERM", "dumb"))).isFalse();
        assertThat(Voortgangsbalk.toon(true, Map.of(Voortgangsbalk.UIT, "UIT"))).isFalse();
        assertThat(Voortgangsbalk.toon(true, Map.of(Voortgangsbalk.UIT, "aan"))).isTrue();
    }

    @Test
    void deTellingenStaanInHetNederlands() {
        assertThat(Voortgangsbalk.tekst(12_000, 1_500, 0)).isEqualTo("gelezen 12.000 · getoetst 1.500 · geschreven 0");
    }

    /** Under surefire stderr is a pipe or file: JLine says so, and the audit writes nothing to stderr. */
    @Test
    void zonderTerminalGeenBalk() {
        assertThat(Voortgangsbalk.stderrIsTerminal()).isFalse();
        PrintStream origErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        PrintStream origOut = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (Voortgangsmelder m = Voortgangsbalk.open(System.err)) {
            assertThat(m).isSameAs(Voortgangsmelder.STIL);
            assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", tmp.resolve("r.json").toString()))
                    .isZero();
        } finally {
            System.setErr(origErr);
            System.setOut(origOut);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void onderEenPseudoterminalVerschijntDeBalkInEenBestandNiet() throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "script (util-linux) ontbreekt; zie de handmatige controle in de docs");
        String opdracht = String.join(" ", List.of(java(), "-cp", "'" + classpath() + "'", Main.class.getName(),
                "audit", "fixtures/demo.json", "--uitvoer", tmp.resolve("pty.json").toString()));

        // script runs the command on a new pseudo-terminal (stdin, stdout and stderr) and copies what it shows
        Path scherm = tmp.resolve("scherm.txt");
        Process p = new ProcessBuilder(script.toString(), "-qec", opdracht, "/dev/null")
                .redirectErrorStream(true).redirectOutput(scherm.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        assertThat(p.waitFor(GRENS_SECONDEN, TimeUnit.SECONDS)).as("de audit hangt niet").isTrue();
        String getoond = Files.readString(scherm, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(getoond).isZero();
        assumeTrue(!getoond.contains("script: "), "script kan hier geen pseudoterminal openen: " + getoond);
        // the bar is drawn every 200 ms, so which in-between frames show depends on the machine's speed; the
        // last frame (drawn when the bar closes) always shows the whole run: 3 steps for each of the 100 dossiers
        assertThat(getoond).contains("normtoets").contains("gelezen 100").contains("getoetst 100")
                .contains("300/300").contains("Rapport geschreven naar");

        // the same run with stderr to a file: not a terminal, so not a byte on stderr
        Path fout = tmp.resolve("stderr.txt");
        Process q = new ProcessBuilder(java(), "-cp", classpath(), Main.class.getName(), "audit", "fixtures/demo.json",
                "--uitvoer", tmp.resolve("bestand.json").toString())
                .redirectError(fout.toFile()).redirectOutput(tmp.resolve("stdout.txt").toFile()).start();
        assertThat(q.waitFor(GRENS_SECONDEN, TimeUnit.SECONDS)).isTrue();
        assertThat(q.exitValue()).isZero();
        assertThat(Files.readString(fout)).isEmpty();
        assertThat(Files.readString(tmp.resolve("stdout.txt"))).contains("Rapport geschreven naar")
                .doesNotContain("gelezen 100");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
