package nl.normtoets.ingest.tabel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, defect 1: a workbook of about 1 MB, of any shape, is imported or refused in bounded memory. Each case
 * runs {@code normtoets import} in a child JVM with a 128 MB heap; before the fix a header cell in XFD1 made every
 * row 16 384 cells wide and the import ended in OutOfMemoryError.
 */
class WerkboekGeheugenTest {

    private static final int LAATSTE_KOLOM = 16_383; // XFD

    @TempDir
    Path tmp;

    /** Writes a workbook row by row (SXSSF), so the test itself stays small too. */
    private Path werkboek(String naam, int rijen, boolean kopInXfd, boolean celInXfd) throws Exception {
        Path p = tmp.resolve(naam);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(p)) {
            Sheet blad = wb.createSheet("maatregelen");
            Row kop = blad.createRow(0);
            String[] koppen = {"id", "maatregel", "startdatum", "team"};
            for (int i = 0; i < koppen.length; i++) {
                kop.createCell(i).setCellValue(koppen[i]);
            }
            if (kopInXfd) {
                kop.createCell(LAATSTE_KOLOM).setCellValue("opmerking");
            }
            for (int r = 1; r <= rijen; r++) {
                Row rij = blad.createRow(r);
                rij.createCell(0).setCellValue(String.format("D-%06d", r));
                rij.createCell(1).setCellValue("OTS");
                rij.createCell(2).setCellValue("2025-01-" + String.format("%02d", 1 + r % 28));
                rij.createCell(3).setCellValue("T" + (r % 7));
                if (celInXfd) {
                    rij.createCell(LAATSTE_KOLOM).setCellValue("x");
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return p;
    }

    private record Uitslag(int code, String stderr, long grootte) {
    }

    private Uitslag importeer(Path werkboek) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> opdracht = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), "nl.normtoets.cli.Main", "import", werkboek.toString(),
                "--peildatum", "2025-03-10", "--out", tmp.resolve(werkboek.getFileName() + ".json").toString()));
        File fout = tmp.resolve(werkboek.getFileName() + ".err").toFile();
        Process p = new ProcessBuilder(opdracht).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(fout).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("import ends").isTrue();
        return new Uitslag(p.exitValue(), Files.readString(fout.toPath(), StandardCharsets.UTF_8),
                Files.size(werkboek));
    }

    @Test
    void eenKopInXfd1MetVeleRijenWordtIngelezenMetEenKleineHeap() throws Exception {
        Uitslag u = importeer(werkboek("breed.xlsx", 50_000, true, false));
        assertThat(u.grootte()).isGreaterThan(400_000);
        assertThat(u.stderr()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(u.code()).as(u.stderr()).isZero();
    }

    @Test
    void cellenInXfdZonderKopWordenGemeldEnNietBewaard() throws Exception {
        Uitslag u = importeer(werkboek("los.xlsx", 15_000, false, true));
        assertThat(u.stderr()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(u.code()).as(u.stderr()).isZero();
    }

    @Test
    void eenTeGrootWerkboekWordtGeweigerdMetExit2() throws Exception {
        Uitslag u = importeer(werkboek("groot.xlsx", 250_000, true, false));
        assertThat(u.stderr()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(u.code()).as(u.stderr()).isEqualTo(2);
        assertThat(u.stderr()).contains("te groot om in te lezen");
    }
}
