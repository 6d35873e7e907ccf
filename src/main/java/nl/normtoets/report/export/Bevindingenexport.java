package nl.normtoets.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Labels;
import nl.normtoets.report.NlOpmaak;

/**
 * The findings as a download a quality officer opens in Excel: CSV the way Dutch Excel reads it (semicolon, UTF-8
 * with a byte-order mark, dd-mm-jjjj) or an .xlsx workbook (auto-filter, frozen header, real date and number cells),
 * both with the dossier's team, regio, gemeente, maatregel and current worker. Labels and explanations come from
 * {@link Labels} and {@link NlOpmaak}, like the HTML and PDF.
 *
 * <p>CSV cells that start with {@code = + - @}, a tab or a carriage return get a leading apostrophe (OWASP's advice
 * against formula injection): a spreadsheet would otherwise run them. The .xlsx writes text cells, which Excel never
 * evaluates, so it needs no such prefix.
 */
public final class Bevindingenexport {

    public enum Soort {
        CSV, XLSX;

        /** By file name: {@code .xlsx} is a workbook, anything else CSV. */
        public static Soort vanBestand(Path p) {
            return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
        }
    }

    public static final List<String> KOLOMMEN = List.of("norm", "indicator", "dossier", "uitkomst", "team", "regio",
            "gemeente", "maatregel", "medewerker", "uiterlijk", "gedaan op", "dagen te laat", "toelichting");

    private static final int[] BREEDTES = {7, 9, 14, 18, 8, 12, 16, 18, 11, 11, 11, 8, 90};

    private Bevindingenexport() {
    }

    /** Static entry point (CLI or scripts): writes every finding of the report to {@code bestand}, by its extension. */
    public static void schrijf(Auditrapport rapport, Collection<Dossier> dossiers, Path bestand) throws IOException {
        Path tijdelijk = bestand.resolveSibling(bestand.getFileName() + ".tmp");
        try (OutputStream uit = Files.newOutputStream(tijdelijk)) {
            schrijf(Bevindingrijen.van(rapport, dossiers), Soort.vanBestand(bestand), uit);
        }
        Files.move(tijdelijk, bestand, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static void schrijf(List<Bevindingrij> rijen, Soort soort, OutputStream uit) {
        try {
            if (soort == Soort.XLSX) {
                xlsx(rijen, uit);
            } else {
                csv(rijen, uit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void csv(List<Bevindingrij> rijen, OutputStream uit) throws IOException {
        Writer w = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
        w.write('\uFEFF'); // Excel takes a CSV without BOM for the local code page and garbles ë and é
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setRecordSeparator("\r\n")
                .get();
        try (CSVPrinter p = new CSVPrinter(w, format)) {
            p.printRecord(KOLOMMEN);
            for (Bevindingrij r : rijen) {
                var b = r.bevinding();
                p.printRecord(veilig(b.norm()), veilig(b.indicator()), veilig(r.onderwerp()),
                        Labels.uitkomst(b.uitkomst()), veilig(r.team()), veilig(r.regio()), veilig(r.gemeente()),
                        r.maatregel() == null ? "" : Labels.waarde(r.maatregel()), veilig(r.medewerker()),
                        r.uiterlijk() == null ? "" : NlOpmaak.datum(r.uiterlijk()),
                        r.gedaan() == null ? "" : NlOpmaak.datum(r.gedaan()),
                        r.dagenTeLaat() == null ? "" : r.dagenTeLaat(), veilig(NlOpmaak.toelichting(b.toelichting())));
            }
        }
    }

    /** OWASP CSV injection: a cell a spreadsheet would read as a formula is prefixed with an apostrophe. */
    static String veilig(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    public static void xlsx(List<Bevindingrij> rijen, OutputStream uit) throws IOException {
        // SXSSF keeps only a window of rows in memory, so a national audit's findings fit in a small heap
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            SXSSFSheet blad = wb.createSheet("Bevindingen");
            Font vet = wb.createFont();
            vet.setBold(true);
            CellStyle kop = wb.createCellStyle();
            kop.setFont(vet);
            CellStyle datum = wb.createCellStyle();
            datum.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            Row k = blad.createRow(0);
            for (int i = 0; i < KOLOMMEN.size(); i++) {
                Cell c = k.createCell(i);
                c.setCellValue(KOLOMMEN.get(i));
                c.setCellStyle(kop);
                blad.setColumnWidth(i, BREEDTES[i] * 256);
            }
            int n = 1;
            for (Bevindingrij r : rijen) {
                var b = r.bevinding();
                Row rij = blad.createRow(n++);
                tekst(rij, 0, b.norm());
                tekst(rij, 1, b.indicator());
                tekst(rij, 2, r.onderwerp());
                tekst(rij, 3, Labels.uitkomst(b.uitkomst()));
                tekst(rij, 4, r.team());
                tekst(rij, 5, r.regio());
                tekst(rij, 6, r.gemeente());
                tekst(rij, 7, r.maatregel() == null ? null : Labels.waarde(r.maatregel()));
                tekst(rij, 8, r.medewerker());
                datum(rij, 9, r.uiterlijk(), datum);
                datum(rij, 10, r.gedaan(), datum);
                if (r.dagenTeLaat() != null) {
                    rij.createCell(11).setCellValue(r.dagenTeLaat());
                }
                tekst(rij, 12, NlOpmaak.toelichting(b.toelichting()));
            }
            blad.createFreezePane(0, 1);
            blad.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, KOLOMMEN.size() - 1));
            wb.write(uit);
        } finally {
            wb.dispose(); // SXSSF's temporary files hold dossier data: remove them now
            wb.close();
        }
    }

    private static void tekst(Row rij, int kolom, String waarde) {
        if (waarde != null && !waarde.isEmpty()) {
            rij.createCell(kolom).setCellValue(waarde);
        }
    }

    private static void datum(Row rij, int kolom, LocalDate d, CellStyle stijl) {
        if (d != null) {
            Cell c = rij.createCell(kolom);
            c.setCellValue(d);
            c.setCellStyle(stijl);
        }
    }
}
