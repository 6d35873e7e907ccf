package nl.normtoets.ingest.tabel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.normtoets.ingest.OnbruikbareInvoer;

/** Dutch export conventions: encodings, separators, dates, booleans, lists, sheets. */
class LeesconventiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "06-01-2025|2025-01-06", "6-1-25|2025-01-06", "2025-01-06|2025-01-06", "06/01/2025|2025-01-06",
            "6.1.2025|2025-01-06", "06-01-2025 00:00|2025-01-06", "2025-01-06T13:45:00|2025-01-06",
            "29-02-2024|2024-02-29"})
    void datums(String cel, LocalDate verwacht) {
        assertThat(Waarden.datum(cel)).isEqualTo(verwacht);
    }

    @ParameterizedTest
    @CsvSource({"29-02-2025", "13-13-2025", "2025-1", "gisteren", "06-01-025"})
    void geenDatum(String cel) {
        assertThatThrownBy(() -> Waarden.datum(cel)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"ja,true", "JA,true", "j,true", "1,true", "waar,true", "true,true", "nee,false", "n,false",
            "0,false", "onwaar,false", "False,false"})
    void jaNee(String cel, boolean verwacht) {
        assertThat(Waarden.jaNee(cel)).isEqualTo(verwacht);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0,89|0.89", "0.89|0.89", "1.234,5|1234.5", "12%|0.12", "12,5 %|0.125",
            "-0,05|-0.05"})
    void decimalen(String cel, double verwacht) {
        assertThat(Waarden.decimaal(cel)).isEqualTo(verwacht);
    }

    @ParameterizedTest
    @CsvSource({"2025-01,2025-01", "2025-1,2025-01", "01-2025,2025-01", "1/2025,2025-01", "15-01-2025,2025-01"})
    void maanden(String cel, String verwacht) {
        assertThat(Waarden.maand(cel)).isEqualTo(verwacht);
    }

    @Test
    void eenFoutInEenOrganisatietabelHoudtDeOrganisatiefeitenBuitenDeAuditset(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("maatregelen.csv"), "id;maatregel;startdatum\nX-1;OTS;06-01-2025\n");
        Files.writeString(tmp.resolve("medewerkers.csv"),
                "id;functie;fte\nM-1;JEUGDBESCHERMER;1\nM-2;Stagiair;0,5\nM-1;TEAMMANAGER;1\n");
        Files.writeString(tmp.resolve("personeelscijfers.csv"), "maand;fte\n13-2025;5\n2025-02;-1\n");
        Importresultaat r = new Importeur(Mapping.LEEG).importeer(tmp, LocalDate.of(2025, 3, 10), null);

        assertThat(r.verslag().fouten()).extracting(Object::toString).containsExactly(
                "medewerkers.csv regel 3, kolom 'functie': is geen bekende code voor functie; toegestaan: "
                        + "JEUGDBESCHERMER, JEUGDRECLASSEERDER, GEDRAGSWETENSCHAPPER, PRAKTIJKBEGELEIDER, TEAMMANAGER, "
                        + "ASSISTENT (of vertaal de code in de mapping, codelijst 'functie')",
                "medewerkers.csv regel 4, kolom 'id': komt al voor op regel 2",
                "personeelscijfers.csv regel 2, kolom 'maand': is geen bestaande maand",
                "personeelscijfers.csv regel 3, kolom 'fte': mag niet negatief zijn");
        assertThat(r.organisatieFeiten()).isNull();
        assertThat(r.dossiers()).hasSize(1);
        assertThat(r.verslag().opmerkingen()).anyMatch(o -> o.startsWith("organisatiefeiten niet opgenomen"));
        assertThat(r.verslag().tellingen()).filteredOn(t -> t.tabel().equals("medewerkers")).singleElement()
                .isEqualTo(new Importverslag.Telling("medewerkers", "medewerkers.csv", 3, 0, 2, 1));
    }

    @Test
    void lijstenMetPijpOfKomma() {
        assertThat(Waarden.lijst("Jeugdige | Ouder(s)")).containsExactly("Jeugdige", "Ouder(s)");
        assertThat(Waarden.lijst("Veiligheid, School/werk,")).containsExactly("Veiligheid", "School/werk");
        // With a pipe present, a comma is part of the value.
        assertThat(Waarden.lijst("a,b|c")).containsExactly("a,b", "c");
    }

    @Test
    void utf8MetBomWindows1252EnHetScheidingsteken() {
        byte[] bom = "\uFEFFid;leefgebieden\nD-1;Financiën, School\n".getBytes(StandardCharsets.UTF_8);
        RuweTabel t = CsvBron.lees(bom, "a.csv");
        assertThat(t.koppen()).containsExactly("id", "leefgebieden");
        assertThat(t.rijen().get(0).cellen()).containsExactly("D-1", "Financiën, School");

        byte[] cp1252 = "id,leefgebieden\r\nD-1,\"Financiën; School\"\r\n".getBytes(CsvBron.WINDOWS_1252);
        RuweTabel w = CsvBron.lees(cp1252, "b.csv");
        assertThat(w.rijen().get(0).cellen()).containsExactly("D-1", "Financiën; School");
        assertThat(w.rijen().get(0).regel()).isEqualTo(2);
    }

    @Test
    void legeRegelsTellenMeeVoorHetRegelnummer() {
        RuweTabel t = CsvBron.lees("id;x\n\nD-1;a\n;\nD-2;b\n".getBytes(StandardCharsets.UTF_8), "c.csv");
        assertThat(t.rijen()).extracting(RuweTabel.Rij::regel).containsExactly(3, 5);
    }

    @Test
    void eenFoutInEenWerkbladNoemtBladRijEnKolom(@TempDir Path tmp) throws IOException {
        Path werkboek = tmp.resolve("export.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet blad = wb.createSheet("maatregelen");
            rij(blad, 0, "id", "maatregel", "startdatum", "geboortejaar");
            Row goed = blad.createRow(1);
            goed.createCell(0).setCellValue("X-1");
            goed.createCell(1).setCellValue("OTS");
            goed.createCell(2).setCellValue(LocalDate.of(2025, 1, 6));
            var stijl = wb.createCellStyle();
            stijl.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            goed.getCell(2).setCellStyle(stijl);
            goed.createCell(3).setCellValue(2012.0);
            // row 3 left empty on purpose; Excel row numbers must still match
            rij(blad, 3, "X-2", "OTS", "31-13-2025", "2011");
            wb.createSheet("notities");
            try (OutputStream out = Files.newOutputStream(werkboek)) {
                wb.write(out);
            }
        }
        Importresultaat r = new Importeur(Mapping.LEEG).importeer(werkboek, LocalDate.of(2025, 3, 10), null);
        assertThat(r.dossiers()).singleElement().satisfies(d -> {
            assertThat(d.startdatum()).isEqualTo(LocalDate.of(2025, 1, 6));
            assertThat(d.geboortejaar()).isEqualTo(2012);
        });
        assertThat(r.verslag().fouten()).singleElement().hasToString(
                "export.xlsx blad 'maatregelen' regel 4, kolom 'startdatum': is geen bestaande datum");
        assertThat(r.verslag().opmerkingen()).contains("export.xlsx blad 'notities': geen bekende tabel; niet gebruikt");
    }

    @Test
    void werkbladcellenWordenTekstZoalsInEenCsvExport(@TempDir Path tmp) throws IOException {
        Path werkboek = tmp.resolve("cellen.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet blad = wb.createSheet("t");
            rij(blad, 0, "tekst", "waar", "getal", "som", "fout", "datum");
            Row r = blad.createRow(2);
            r.createCell(0).setCellValue("  met spaties  ");
            r.createCell(1).setCellValue(true);
            r.createCell(2).setCellValue(12.50);
            r.createCell(3).setCellFormula("C3*2");
            r.createCell(4).setCellFormula("1/0");
            r.createCell(5).setCellFormula("DATE(2025,3,10)");
            var stijl = wb.createCellStyle();
            stijl.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            r.getCell(5).setCellStyle(stijl);
            r.createCell(8).setCellValue("buiten de kop");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(werkboek)) {
                wb.write(out);
            }
        }
        RuweTabel t = XlsxBron.lees(werkboek).get("t");
        assertThat(t.bron()).isEqualTo("cellen.xlsx blad 't'");
        assertThat(t.koppen()).containsExactly("tekst", "waar", "getal", "som", "fout", "datum");
        assertThat(t.rijen()).singleElement().satisfies(rij -> {
            assertThat(rij.regel()).isEqualTo(3);
            // formulas give their cached value; an error cell holds nothing; cells right of the header are dropped
            assertThat(rij.cellen()).containsExactly("met spaties", "TRUE", "12.5", "25", "", "2025-03-10");
        });
    }

    private static void rij(Sheet blad, int nr, String... cellen) {
        Row row = blad.createRow(nr);
        for (int i = 0; i < cellen.length; i++) {
            row.createCell(i).setCellValue(cellen[i]);
        }
    }

    @Test
    void eenMappingMetEenOnbekendeWaardeStoptMetEenDuidelijkeMelding(@TempDir Path tmp) throws IOException {
        Path m = tmp.resolve("m.yaml");
        Files.writeString(m, "codes:\n  vorm:\n    Face to face: LIJFELIJK\n");
        assertThatThrownBy(() -> Mapping.lees(m)).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("codes.vorm: 'LIJFELIJK' is geen toegestane waarde");
        Files.writeString(m, "kolommen:\n  contacten:\n    Datum: tijdstip\n");
        assertThatThrownBy(() -> Mapping.lees(m)).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("'tijdstip' is geen kolom van contacten");
        Files.writeString(m, "bestanden:\n  gesprekken: x\n");
        assertThatThrownBy(() -> Mapping.lees(m)).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("onbekende tabel 'gesprekken'");
    }

    @Test
    void kopEnCodeVergelijkenZonderHoofdlettersEnDubbeleSpaties(@TempDir Path tmp) throws IOException {
        Path m = tmp.resolve("m.yaml");
        Files.writeString(m, "kolommen:\n  contacten:\n    Soort contact: vorm\ncodes:\n  vorm:\n    Face to face: FYSIEK\n");
        Mapping mapping = Mapping.lees(m);
        assertThat(mapping.kolom(Tabel.CONTACTEN, " soort  CONTACT ")).map(Kolom::naam).contains("vorm");
        assertThat(mapping.code("vorm", "FACE TO  face")).contains("FYSIEK");
        assertThat(mapping.kolom(Tabel.CONTACTEN, "alleenjeugdige")).map(Kolom::naam).contains("alleenJeugdige");
    }

    @Test
    void zonderMaatregelenIsDeExportOnbruikbaar(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("contacten.csv"), "dossier;datum\n");
        assertThatThrownBy(() -> new Importeur(Mapping.LEEG).importeer(tmp, LocalDate.of(2025, 3, 10), null))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageContaining("geen tabel 'maatregelen'");
        assertThat(List.of(Tabel.values())).filteredOn(Tabel::perDossier).hasSize(13);
    }
}
