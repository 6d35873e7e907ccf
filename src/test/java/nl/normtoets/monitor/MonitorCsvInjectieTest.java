package nl.normtoets.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 19, defect 8: a value starting with a formula character is written as text, not as a formula. */
class MonitorCsvInjectieTest {

    @Test
    void formuletekensKrijgenEenAanhalingsteken() throws Exception {
        Toedeling t = new Toedeling("=1+1", "@M-07", "Drenthe", "Assen");
        List<Monitorsignaal> signalen = List.of(new Monitorsignaal("=HYPERLINK(\"http://x\";\"klik\")", t,
                Signaalsoort.CONTACT_JEUGDIGE, Signaalstatus.VERLOPEN, LocalDate.of(2025, 3, 1), 9L, 1,
                "-toelichting", false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonitorCsv.schrijf(signalen, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("'=1+1").contains("'@M-07").contains("'-toelichting");
        for (String regel : csv.split("\r\n")) {
            for (String cel : regel.split(";")) {
                String c = cel.startsWith("\"") ? cel.substring(1) : cel;
                assertThat(c).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
            }
        }
    }
}
