package nl.normtoets.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.audit.Audit;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Labels;

/** The findings download: xlsx with filter, frozen header and the dossier columns; CSV for Dutch Excel. */
class BevindingenexportTest {

    static Auditset set;
    static Auditrapport rapport;

    @BeforeAll
    static void demo() {
        set = new AuditsetLezer().lees(Path.of("fixtures/demo.json"), null);
        rapport = new Audit(new AuditEngine()).voerUit(set, CatalogusLezer.standaard());
    }

    @Test
    void xlsxHeeftAutofilterVastgezetteKopEnDeExtraKolommen(@TempDir Path tmp) throws Exception {
        Path bestand = tmp.resolve("bevindingen.xlsx");
        Bevindingenexport.schrijf(rapport, set.dossiers(), bestand);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(bestand))) {
            XSSFSheet blad = wb.getSheetAt(0);
            List<String> kolommen = new ArrayList<>();
            blad.getRow(0).forEach(c -> kolommen.add(c.getStringCellValue()));
            assertThat(kolommen).contains("team", "regio", "gemeente", "maatregel", "medewerker", "uiterlijk",
                    "gedaan op", "dagen te laat");
            assertThat(blad.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M" + (blad.getLastRowNum() + 1));
            assertThat(blad.getPaneInformation()).isNotNull();
            assertThat(blad.getPaneInformation().isFreezePane()).isTrue();
            assertThat(blad.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(blad.getLastRowNum()).isEqualTo(rapport.bevindingen().size());

            Dossier d = set.dossiers().get(0);
            Row rij = null;
            for (Row r : blad) {
                if (r.getRowNum() > 0 && d.id().equals(r.getCell(2).getStringCellValue())) {
                    rij = r;
                    break;
                }
            }
            assertThat(rij).as("een rij van dossier %s", d.id()).isNotNull();
            assertThat(rij.getCell(kolommen.indexOf("team")).getStringCellValue()).isEqualTo(d.team());
            assertThat(rij.getCell(kolommen.indexOf("regio")).getStringCellValue()).isEqualTo(d.regio());
            assertThat(rij.getCell(kolommen.indexOf("gemeente")).getStringCellValue()).isEqualTo(d.gemeente());
            assertThat(rij.getCell(kolommen.indexOf("maatregel")).getStringCellValue())
                    .isEqualTo(Labels.waarde(d.maatregel()));
            int uiterlijk = kolommen.indexOf("uiterlijk");
            boolean datumGezien = false;
            for (Row r : blad) {
                var c = r.getCell(uiterlijk);
                if (r.getRowNum() > 0 && c != null) {
                    assertThat(c.getCellType()).as("echte datumcel").isEqualTo(CellType.NUMERIC);
                    assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
                    datumGezien = true;
                    break;
                }
            }
            assertThat(datumGezien).isTrue();
        }
    }

    @Test
    void csvVoorNederlandseExcelMetBomPuntkommaEnZonderFormules() throws Exception {
        Bevinding gevaarlijk = new Bevinding("1a.1", "1a.1-A", "=HYPERLINK(\"x\")", null, Uitkomst.TEKORT,
                "+SUM(A1)", Map.of("uiterlijk", LocalDate.of(2025, 2, 21), "informatiebrief",
                LocalDate.of(2025, 3, 1)));
        Dossier d = new Dossier("=HYPERLINK(\"x\")", Maatregel.VOORLOPIGE_OTS, LocalDate.of(2025, 2, 1), null,
                "@regio", "-gemeente", "D1", 2012, true,
                List.of(new Toewijzing(LocalDate.of(2025, 2, 1), null, Werkwijze.VAST, "M-07")),
                null, null, null, null, null, null, null, null, null, null, null, null);
        Bevindingrij rij = Bevindingrijen.rij(gevaarlijk, d, LocalDate.of(2025, 3, 10));
        assertThat(rij.dagenTeLaat()).as("gedaan 01-03, uiterlijk 21-02").isEqualTo(8L);
        assertThat(rij.medewerker()).isEqualTo("M-07");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Bevindingenexport.csv(List.of(rij), uit);
        byte[] b = uit.toByteArray();
        assertThat(new byte[] {b[0], b[1], b[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<String> regels = new String(b, 3, b.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(regels.get(0)).isEqualTo(String.join(";", Bevindingenexport.KOLOMMEN));
        assertThat(regels.get(1)).contains(";\"'=HYPERLINK(\"\"x\"\")\";").contains(";'@regio;'-gemeente;")
                .contains(";voorlopige OTS;M-07;21-02-2025;01-03-2025;8;'+SUM(A1)").contains(";Tekort;");
    }

    @Test
    void xlsxSchrijftFormuleachtigeTekstAlsTekst() throws Exception {
        Bevinding b = new Bevinding("1a.1", "1a.1-A", "=1+1", null, Uitkomst.TEKORT, "=2+2", Map.of());
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Bevindingenexport.xlsx(List.of(Bevindingrijen.rij(b, null, LocalDate.of(2025, 3, 10))), uit);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(uit.toByteArray()))) {
            var c = wb.getSheetAt(0).getRow(1).getCell(2);
            assertThat(c.getCellType()).as("tekst, geen formule").isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).isEqualTo("=1+1");
        }
    }
}
