package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code genereer --traject VAN..TOT --uitvoer MAP}: one audit set per measurement date, and clear refusals. */
class GenerateTrajectTest {

    @Test
    void schrijftEenAuditsetPerMeetmoment(@TempDir Path map) throws IOException {
        Path uit = map.resolve("traject");
        assertThat(Main.run("genereer", "--traject", "2025-03-03..2025-03-10", "--uitvoer", uit.toString())).isZero();
        try (Stream<Path> bestanden = Files.list(uit)) {
            assertThat(bestanden.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("auditset-2025-03-03.json", "auditset-2025-03-10.json");
        }
        assertThat(Files.readString(uit.resolve("auditset-2025-03-10.json")))
                .startsWith("{\"peildatum\":\"2025-03-10\"").contains("\"organisatieFeiten\"");
    }

    @Test
    void weigertEenOngeldigTraject(@TempDir Path map) {
        String uit = map.resolve("x").toString();
        assertThat(Main.run("genereer", "--traject", "2025-03-10", "--uitvoer", uit)).isEqualTo(2);
        assertThat(Main.run("genereer", "--traject", "2024-01-01..2025-03-10", "--uitvoer", uit)).isEqualTo(2);
        assertThat(Main.run("genereer", "--traject", "2025-03-10..2025-03-03", "--uitvoer", uit)).isEqualTo(2);
        assertThat(Main.run("genereer", "--traject", "2025-03-04..2025-03-09", "--uitvoer", uit)).isEqualTo(2);
        assertThat(Main.run("genereer", "--traject", "2025-03-03..2025-03-10", "--dossiers", "5", "--uitvoer", uit))
                .isEqualTo(2);
        assertThat(Main.run("generate", "--uitvoer", uit)).isEqualTo(2);
    }
}
