package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;

/**
 * A run that cannot finish must end, not hang: too small a heap gives exit code 3 and one Dutch line, and SIGTERM
 * ends a running audit. Each case runs the real CLI in a child JVM; the bounds below are generous limits against a
 * hang (minutes on a loaded machine), not timings.
 */
class AfbrekenTest {

    private static final long GRENS_SECONDEN = 240;

    @TempDir
    static Path tmp;

    private static Path set;

    @BeforeAll
    static void groteSet() throws Exception {
        set = tmp.resolve("groot.json");
        DossierGenerator generator = new DossierGenerator(Profiel.JBN_2025, 7, LocalDate.of(2025, 3, 10));
        try (OutputStream o = Files.newOutputStream(set)) {
            generator.schrijfAuditset(o, 20_000, "JBN", false);
        }
    }

    @Test
    void teKleineHeapEindigtMetExitcodeEnMelding() throws Exception {
        Process p = kind("-Xmx40m", tmp.resolve("oom.log"));
        assertThat(p.waitFor(GRENS_SECONDEN, TimeUnit.SECONDS)).as("de toets hangt niet").isTrue();
        String log = Files.readString(tmp.resolve("oom.log"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(log).isEqualTo(Exitcodes.AFGEBROKEN);
        assertThat(log).contains("onvoldoende geheugen").doesNotContain("\tat ");
        assertThat(tmp.resolve("rapport-oom.json")).doesNotExist();
    }

    @Test
    void sigtermBeeindigtEenLopendeToets() throws Exception {
        Process p = kind("-Xmx1g", tmp.resolve("term.log"));
        Thread.sleep(3_000); // well into start-up or the audit
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("SIGTERM beëindigt de toets").isTrue();
        assertThat(p.exitValue()).isNotZero();
    }

    private static Process kind(String heap, Path log) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String naam = log.getFileName().toString().replace(".log", "");
        return new ProcessBuilder(List.of(java, heap, "-cp", cp, Main.class.getName(), "audit", set.toString(),
                "--uitvoer", tmp.resolve("rapport-" + naam + ".json").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
