package nl.normtoets.generator.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed gives the same files, whatever part of the trajectory is asked for; another seed another world. */
class TrajectDeterminismeTest {

    static final LocalDate MAART = LocalDate.of(2025, 3, 3);
    static final LocalDate INSPECTIE = LocalDate.of(2025, 3, 10);
    static final double KLEIN = 0.3;

    @Test
    void zelfdeSeedZelfdeBestandenAndereSeedAndere(@TempDir Path map) throws IOException {
        List<Path> a = new TrajectGenerator(5, KLEIN).schrijf(map.resolve("a"), MAART, INSPECTIE, "JBN", false);
        List<Path> b = new TrajectGenerator(5, KLEIN).schrijf(map.resolve("b"), MAART, INSPECTIE, "JBN", false);
        List<Path> c = new TrajectGenerator(6, KLEIN).schrijf(map.resolve("c"), MAART, INSPECTIE, "JBN", false);
        assertThat(a).extracting(p -> p.getFileName().toString())
                .containsExactly("auditset-2025-03-03.json", "auditset-2025-03-10.json");
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
            assertThat(Files.readAllBytes(a.get(i))).isNotEqualTo(Files.readAllBytes(c.get(i)));
        }
    }

    @Test
    void eenMomentopnameHangtNietAfVanHetGevraagdeDeelVanHetTraject(@TempDir Path map) throws IOException {
        Path alleen = new TrajectGenerator(5, KLEIN).schrijf(map.resolve("alleen"), INSPECTIE, INSPECTIE, "JBN", false)
                .get(0);
        List<Path> reeks = new TrajectGenerator(5, KLEIN).schrijf(map.resolve("reeks"), Seedcijfers.EERSTE,
                LocalDate.of(2025, 4, 7), "JBN", false);
        Path uitReeks = reeks.stream().filter(p -> p.getFileName().toString().contains("2025-03-10")).findFirst()
                .orElseThrow();
        assertThat(reeks).hasSize(5);
        assertThat(Files.readAllBytes(alleen)).isEqualTo(Files.readAllBytes(uitReeks));
    }

    @Test
    void eenDagBuitenHetTrajectWordtGeweigerd() {
        assertThatThrownBy(() -> new TrajectGenerator(5, KLEIN).momentopname(LocalDate.of(2026, 3, 1)))
                .hasMessageContaining("buiten het traject");
    }
}
