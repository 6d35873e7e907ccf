package nl.normtoets.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV is read back with Commons CSV the way Dutch Excel reads it: BOM, ';', dd-mm-jjjj. */
class MonitorCsvTest {

    @Test
    void csvLeestTerugMetBomPuntkommaEnNederlandseDatum() throws Exception {
        Toedeling t = new Toedeling("D1", "M-07", "Drenthe", "Assen");
        List<Monitorsignaal> signalen = List.of(
                new Monitorsignaal("D-0001", t, Signaalsoort.CONTACT_JEUGDIGE, Signaalstatus.VERLOPEN,
                        LocalDate.of(2025, 6, 3), 27L, 3, "Laatste contact; \"lang\" geleden; geëvalueerd", false),
                new Monitorsignaal("D-0002", new Toedeling("D1", null, null, null), Signaalsoort.GEEN_TOEWIJZING,
                        Signaalstatus.VERLOPEN, null, null, 1, "Aan niemand toegewezen.", false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonitorCsv.schrijf(signalen, out);
        byte[] bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String tekst = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(tekst.lines().findFirst().orElseThrow()).contains(";").doesNotContain(",");

        CSVFormat lees = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(tekst), lees)) {
            assertThat(p.getHeaderNames()).containsExactly(MonitorCsv.KOLOMMEN);
            List<CSVRecord> rijen = p.getRecords();
            assertThat(rijen).hasSize(2);
            CSVRecord r = rijen.get(0);
            assertThat(r.get("dossier")).isEqualTo("D-0001");
            assertThat(r.get("team")).isEqualTo("D1");
            assertThat(r.get("medewerker")).isEqualTo("M-07");
            assertThat(r.get("signaal")).isEqualTo(Signaalsoort.CONTACT_JEUGDIGE.omschrijving());
            assertThat(r.get("vervaldatum")).isEqualTo("03-06-2025");
            assertThat(r.get("dagen over tijd")).isEqualTo("27");
            assertThat(r.get("prioriteit")).isEqualTo("3");
            assertThat(r.get("toelichting")).isEqualTo("Laatste contact; \"lang\" geleden; geëvalueerd");
            assertThat(rijen.get(1).get("vervaldatum")).isEmpty();
            assertThat(rijen.get(1).get("medewerker")).isEmpty();
        }
    }
}
