package nl.normtoets.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.cli.Main;
import nl.normtoets.ingest.AuditsetLezer;
import tools.jackson.databind.JsonNode;

/** The bench command runs end to end on tiny sizes and writes its table as JSON (timings are not asserted). */
class BenchCommandTest {

    @Test
    void meetElkeGrootteEnSchrijftDeUitslag(@TempDir Path tmp) throws Exception {
        Path uit = tmp.resolve("bench.json");
        int code = Main.run("bench", "--groottes", "20,50", "--opwarmen", "1", "--herhalingen", "1",
                "--werkmap", tmp.resolve("sets").toString(), "--uitvoer", uit.toString(), "--jar", tmp.resolve("geen.jar").toString(),
                "--geen-eind-tot-eind");

        assertThat(code).isZero();
        JsonNode u = AuditsetLezer.MAPPER.readTree(Files.readString(uit));
        assertThat(u.get("metingen")).hasSize(2);
        JsonNode grootste = u.get("metingen").get(1);
        assertThat(grootste.get("dossiers").asInt()).isEqualTo(50);
        assertThat(grootste.get("afgewezen").asInt()).isZero();
        assertThat(grootste.get("c").asDouble()).isGreaterThanOrEqualTo(grootste.get("lezenMs").asDouble());
        assertThat(grootste.get("cDivA").asDouble()).isGreaterThanOrEqualTo(1.0);
        // the reading floor is measured on the same file, and (a) is given against it
        assertThat(grootste.get("boomMs").asDouble()).isPositive();
        // (the JSON's times are rounded to 0.1 ms, the ratio is made from the unrounded ones)
        assertThat(grootste.get("aDivBoom").asDouble()).isCloseTo(
                grootste.get("lezenMs").asDouble() / grootste.get("boomMs").asDouble(), withinPercentage(25));
        assertThat(u.get("opstartMs").isNull()).isTrue();
        assertThat(u.get("eindTotEind").isNull()).isTrue();
        // the generated sets carry organisatieFeiten, so theme 5 is part of (c)
        assertThat(Files.readString(tmp.resolve("sets").resolve("bench-jbn-2025-50-org.json")))
                .contains("\"organisatieFeiten\"");
    }
}
