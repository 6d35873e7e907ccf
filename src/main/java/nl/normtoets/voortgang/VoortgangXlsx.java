package nl.normtoets.voortgang;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.normtoets.voortgang.Tabel.Cel;

/**
 * The progress report as a workbook a board secretary can paste from: one sheet per table, the header in row 1
 * (bold, shaded, frozen with the label column), numbers as numbers with a number format (Excel shows them in the
 * reader's own locale, in Dutch 50,3% and 74,9), dates as dates (dd-mm-jjjj). Text is always a text cell, never a
 * formula.
 */
public final class VoortgangXlsx {

    private static final Map<String, String> BLADNAMEN = Map.of("formatie", "Formatie", "tijdigheid", "Tijdigheid",
            "zonder-vast", "Zonder vaste JB", "oordelen", "Oordeel per norm", "verbeteracties", "Verbeteracties");

    private VoortgangXlsx() {
    }

    public static void schrijf(Voortgangsrapportage r, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Stijlen st = new Stijlen(wb);
            for (Tabel t : r.tabellen()) {
                Sheet blad = wb.createSheet(BLADNAMEN.getOrDefault(t.id(), t.id()));
                Row kop = blad.createRow(0);
                cel(kop, 0, t.kopLabel().isEmpty() ? t.titel() : t.kopLabel(), st.kop);
                for (int k = 0; k < t.kolommen().size(); k++) {
                    cel(kop, k + 1, t.kolommen().get(k), st.kop);
                }
                int rij = 1;
                for (Tabel.Rij tr : t.rijen()) {
                    Row row = blad.createRow(rij++);
                    cel(row, 0, tr.label(), tr.nadruk() ? st.vet : null);
                    for (int k = 0; k < tr.cellen().size(); k++) {
                        schrijfCel(row, k + 1, tr.cellen().get(k), st);
                    }
                }
                blad.createFreezePane(1, 1);
                blad.setColumnWidth(0, Math.min(255, 4 + t.rijen().stream().mapToInt(x -> x.label().length())
                        .max().orElse(10)) * 256);
                for (int k = 1; k <= t.kolommen().size(); k++) {
                    blad.setColumnWidth(k, Math.min(60, Math.max(10, t.kolommen().get(k - 1).length() + 2)) * 256);
                }
            }
            wb.write(out);
        }
    }

    private static void cel(Row row, int k, String tekst, CellStyle stijl) {
        Cell c = row.createCell(k);
        c.setCellValue(tekst == null ? "" : tekst);
        if (stijl != null) {
            c.setCellStyle(stijl);
        }
    }

    private static void schrijfCel(Row row, int k, Cel cel, Stijlen st) {
        if (cel.isLeeg()) {
            return; // an empty cell, not an empty string: pasting keeps it empty
        }
        Cell c = row.createCell(k);
        switch (cel.vorm()) {
            case AANTAL -> {
                c.setCellValue(cel.getal());
                c.setCellStyle(st.aantal);
            }
            case FTE -> {
                c.setCellValue(cel.getal());
                c.setCellStyle(st.fte);
            }
            case PROCENT -> {
                c.setCellValue(cel.getal() / 100.0);
                c.setCellStyle(st.procent);
            }
            case DATUM -> {
                c.setCellValue(cel.datum());
                c.setCellStyle(st.datum);
            }
            case TEKST -> c.setCellValue(cel.tekst());
        }
    }

    /** One style object per kind of cell: a workbook has a limit on styles, so never one per cell. */
    private static final class Stijlen {
        final CellStyle kop;
        final CellStyle vet;
        final CellStyle aantal;
        final CellStyle fte;
        final CellStyle procent;
        final CellStyle datum;

        Stijlen(XSSFWorkbook wb) {
            Font f = wb.createFont();
            f.setBold(true);
            kop = wb.createCellStyle();
            kop.setFont(f);
            kop.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            kop.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            kop.setBorderBottom(BorderStyle.THIN);
            kop.setWrapText(true);
            vet = wb.createCellStyle();
            vet.setFont(f);
            var fmt = wb.createDataFormat();
            aantal = opmaak(wb, fmt.getFormat("#,##0"));
            fte = opmaak(wb, fmt.getFormat("#,##0.0"));
            procent = opmaak(wb, fmt.getFormat("0.0%"));
            datum = opmaak(wb, fmt.getFormat("dd-mm-yyyy"));
        }

        private static CellStyle opmaak(XSSFWorkbook wb, short formaat) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(formaat);
            return s;
        }
    }
}
