package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.dossier.Maatregel;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.report.Labels;
import tools.jackson.databind.JsonNode;

/** Issue 18: {@code audit ... --bevindingen FILE.xlsx|.csv} writes the findings export beside the report. */
class BevindingenOptieTest extends MetConsole {

    @TempDir
    Path tmp;

    @Test
    void eenWerkmapMetFilterVasteKopregelEnDeDossierkolommen() throws Exception {
        Path rapport = tmp.resolve("rapport.json");
        Path xlsx = tmp.resolve("bevindingen.xlsx");
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", rapport.toString(), "--bevindingen",
                xlsx.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Bevindingen geschreven naar " + xlsx);
        JsonNode r = AuditsetLezer.MAPPER.readTree(Files.readString(rapport));
        JsonNode eerste = r.get("bevindingen").get(0);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet blad = wb.getSheetAt(0);
            assertThat(blad.getCTWorksheet().isSetAutoFilter()).as("auto-filter").isTrue();
            assertThat(blad.getPaneInformation()).as("vaste kopregel").isNotNull();
            assertThat(blad.getPaneInformation().isFreezePane()).isTrue();
            assertThat(blad.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<String> kop = cellen(blad, 0);
            assertThat(kop).contains("team", "regio", "gemeente", "maatregel", "dossier", "indicator");
            // one row per finding of the report, the first one with its dossier's attributes
            assertThat(blad.getLastRowNum()).isEqualTo(r.get("bevindingen").size());
            List<String> rij = cellen(blad, 1);
            assertThat(rij.get(kop.indexOf("dossier"))).isEqualTo(eerste.get("dossier").asString());
            assertThat(rij.get(kop.indexOf("team"))).isEqualTo(eerste.get("team").asString());
            assertThat(rij.get(kop.indexOf("regio"))).isEqualTo(eerste.get("regio").asString());
            assertThat(rij.get(kop.indexOf("gemeente"))).isEqualTo(eerste.get("gemeente").asString());
            // the label for people, as in the HTML and PDF
            assertThat(rij.get(kop.indexOf("maatregel"))).isEqualTo(
                    Labels.waarde(Maatregel.valueOf(eerste.get("maatregel").asString())));
        }
    }

    @Test
    void csvVoorNederlandseExcelBijDeExtensie() throws Exception {
        Path csv = tmp.resolve("bevindingen.CSV");
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", "-", "--bevindingen", csv.toString()))
                .isZero();
        String tekst = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(tekst).startsWith("\uFEFFnorm;indicator;dossier;uitkomst;team;regio;gemeente;maatregel");
    }

    @Test
    void eenAndereExtensieIsEenGebruiksfoutVoordatErIetsGebeurt() {
        Path pdf = tmp.resolve("bevindingen.pdf");
        Path rapport = tmp.resolve("rapport.json");
        assertThat(Main.run("audit", "fixtures/voorbeeld.json", "--uitvoer", rapport.toString(), "--bevindingen",
                pdf.toString())).isEqualTo(Exitcodes.GEBRUIKSFOUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bevindingen").contains(".xlsx").contains(".csv");
        assertThat(rapport).doesNotExist();
        assertThat(pdf).doesNotExist();
    }

    private static List<String> cellen(Sheet blad, int r) {
        Row rij = blad.getRow(r);
        List<String> l = new ArrayList<>();
        for (int i = 0; i < rij.getLastCellNum(); i++) {
            l.add(rij.getCell(i) == null ? "" : rij.getCell(i).toString());
        }
        return l;
    }
}
