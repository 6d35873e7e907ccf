package nl.normtoets.review.blad;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the offline review sheet: one row per sampled dossier and checklist question, in the columns of
 * {@link Lezingblad}. The .xlsx has a drop-down list of the four answers on the antwoord column (Excel refuses
 * anything else), a frozen header and an auto-filter; the CSV is for Dutch Excel (semicolon, UTF-8 with BOM), with
 * cells that Excel would run as a formula prefixed by an apostrophe, which {@link Bladlezer} strips again.
 */
public final class Bladschrijver {

    private static final int[] BREEDTES = {12, 7, 10, 70, 10, 60};

    private Bladschrijver() {
    }

    public static void schrijf(List<Bladrij> rijen, Lezingblad.Soort soort, OutputStream uit) {
        try {
            if (soort == Lezingblad.Soort.XLSX) {
                xlsx(rijen, uit);
            } else {
                csv(rijen, uit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void csv(List<Bladrij> rijen, OutputStream uit) throws IOException {
        Writer w = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
        w.write('\uFEFF'); // without a BOM Excel reads the file in the local code page and garbles ë
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setRecordSeparator("\r\n")
                .get();
        try (CSVPrinter p = new CSVPrinter(w, format)) {
            p.printRecord(Lezingblad.KOLOMMEN);
            for (Bladrij r : rijen) {
                p.printRecord(veilig(r.dossier()), veilig(r.norm()), veilig(r.vraagId()), veilig(r.vraag()),
                        r.antwoord() == null ? "" : r.antwoord().label(), veilig(r.toelichting()));
            }
        }
    }

    /** OWASP CSV injection: a cell a spreadsheet would read as a formula gets a leading apostrophe. */
    static String veilig(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    static void xlsx(List<Bladrij> rijen, OutputStream uit) throws IOException {
        // a sample is small (some twenty dossiers times their questions): the plain workbook is fine and, unlike
        // the streaming one, leaves no temporary files with dossier data behind
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet blad = wb.createSheet(Lezingblad.BLAD);
            Font vet = wb.createFont();
            vet.setBold(true);
            CellStyle kop = wb.createCellStyle();
            kop.setFont(vet);
            CellStyle omloop = wb.createCellStyle();
            omloop.setWrapText(true);
            Row k = blad.createRow(0);
            for (int i = 0; i < Lezingblad.KOLOMMEN.size(); i++) {
                var c = k.createCell(i);
                c.setCellValue(Lezingblad.KOLOMMEN.get(i));
                c.setCellStyle(kop);
                blad.setColumnWidth(i, BREEDTES[i] * 256);
            }
            int n = 1;
            for (Bladrij r : rijen) {
                Row rij = blad.createRow(n++);
                tekst(rij, 0, r.dossier(), null);
                tekst(rij, 1, r.norm(), null);
                tekst(rij, 2, r.vraagId(), null);
                tekst(rij, 3, r.vraag(), omloop);
                tekst(rij, 4, r.antwoord() == null ? null : r.antwoord().label(), null);
                tekst(rij, 5, r.toelichting(), omloop);
            }
            int laatste = Math.max(1, n - 1);
            DataValidationHelper helper = blad.getDataValidationHelper();
            DataValidation lijst = helper.createValidation(
                    helper.createExplicitListConstraint(Lezingblad.GELDIGE_ANTWOORDEN),
                    new CellRangeAddressList(1, laatste, 4, 4));
            lijst.setShowErrorBox(true);
            lijst.setEmptyCellAllowed(true);
            lijst.setErrorStyle(DataValidation.ErrorStyle.STOP);
            lijst.createErrorBox("Antwoord", "Kies ja, deels, nee of n.v.t.");
            // POI writes false as showDropDown="true", which Excel reads as "hide the arrow": true keeps the arrow
            lijst.setSuppressDropDownArrow(true);
            blad.addValidationData(lijst);
            blad.createFreezePane(0, 1);
            blad.setAutoFilter(new CellRangeAddress(0, laatste, 0, Lezingblad.KOLOMMEN.size() - 1));
            wb.write(uit);
        }
    }

    private static void tekst(Row rij, int kolom, String waarde, CellStyle stijl) {
        if (waarde != null && !waarde.isEmpty()) {
            var c = rij.createCell(kolom);
            c.setCellValue(waarde);
            if (stijl != null) {
                c.setCellStyle(stijl);
            }
        }
    }
}
