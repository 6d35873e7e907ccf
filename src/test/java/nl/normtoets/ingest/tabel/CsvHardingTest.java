package nl.normtoets.ingest.tabel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Contactvorm;
import nl.normtoets.dossier.Betrokkene;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Uitvoerder;
import nl.normtoets.ingest.OnbruikbareInvoer;

/** Issue 19, defects 8 and 9: encodings, line ends, wide rows, dates with '/', formula cells. */
class CsvHardingTest {

    @TempDir
    Path tmp;

    @Test
    void eenUtf8BestandMetEenWindows1252RegelWordtGeweigerdMetDieRegel() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("id;gemeente\r\nD-1;Zoëtermeer\r\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("D-2;Zoëtermeer\r\n".getBytes(CsvBron.WINDOWS_1252));
        assertThatThrownBy(() -> CsvBron.lees(b.toByteArray(), "maatregelen.csv"))
                .isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("maatregelen.csv").hasMessageContaining("regel 3")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void eenZuiverWindows1252BestandWordtNogGelezen() {
        RuweTabel t = CsvBron.lees("id;gemeente\r\nD-2;Zoëtermeer\r\n".getBytes(CsvBron.WINDOWS_1252), "m.csv");
        assertThat(t.rijen().get(0).cel(1)).isEqualTo("Zoëtermeer");
    }

    @Test
    void alleenCrAlsRegeleindeTeltDeRegelsGoed() {
        RuweTabel t = CsvBron.lees("id;team\rD-1;A\r\rD-2;B\r".getBytes(StandardCharsets.UTF_8), "m.csv");
        assertThat(t.rijen()).extracting(RuweTabel.Rij::regel).containsExactly(2, 4);
    }

    @Test
    void rijenMetMeerCellenDanDeKopKrijgenEenOpmerking() {
        RuweTabel t = CsvBron.lees("id;team\nD-1;A;extra\nD-2;B\nD-3;C;;nog\n".getBytes(StandardCharsets.UTF_8),
                "m.csv");
        assertThat(t.opmerkingen()).singleElement().satisfies(o -> assertThat(o)
                .contains("m.csv").contains("2 regel(s) met meer cellen dan de kopregel").contains("regel 2"));
    }

    @Test
    void datumsMetSchuineStreepZoalsDeDocumentatieZegt() {
        assertThat(Waarden.datum("2024/08/25")).isEqualTo(LocalDate.of(2024, 8, 25));
        assertThat(Waarden.datum("2024.08.25")).isEqualTo(LocalDate.of(2024, 8, 25));
        assertThat(Waarden.datum("25/08/2024")).isEqualTo(LocalDate.of(2024, 8, 25));
    }

    @Test
    void formulecellenWordenGeneutraliseerdEnTeruggelezen() throws Exception {
        Dossier d = new Dossier("=HYPERLINK(\"http://x\")", Maatregel.OTS, LocalDate.of(2025, 1, 6), null, "+R",
                "@Assen", "-D1", 2012, true, List.of(), null,
                List.of(new Contact(LocalDate.of(2025, 1, 7), Contactvorm.FYSIEK, List.of(Betrokkene.JEUGDIGE),
                        false, Uitvoerder.GI)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of());
        Path map = tmp.resolve("export");
        TabelExporteur.schrijf(List.of(d), map);
        String csv = Files.readString(map.resolve("maatregelen.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("'+R").contains("'@Assen").contains("'-D1")
                .doesNotContain(";=HYPERLINK").doesNotContain("\n=HYPERLINK");
        RuweTabel terug = CsvBron.lees(map.resolve("maatregelen.csv"));
        assertThat(terug.rijen().get(0).cellen()).contains("=HYPERLINK(\"http://x\")", "+R", "@Assen", "-D1");
    }
}
