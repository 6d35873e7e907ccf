package nl.normtoets.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A maatregelen sheet with a header cell in the last column (XFD1), the shape that once cost gigabytes. */
final class BreedWerkboek {
    private BreedWerkboek() {
    }

    static byte[] maak(int rijen) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet blad = wb.createSheet("maatregelen");
            Row kop = blad.createRow(0);
            String[] koppen = {"id", "maatregel", "startdatum", "team"};
            for (int i = 0; i < koppen.length; i++) {
                kop.createCell(i).setCellValue(koppen[i]);
            }
            kop.createCell(16_383).setCellValue("opmerking");
            for (int r = 1; r <= rijen; r++) {
                Row rij = blad.createRow(r);
                rij.createCell(0).setCellValue(String.format("D-%06d", r));
                rij.createCell(1).setCellValue("OTS");
                rij.createCell(2).setCellValue("2025-01-" + String.format("%02d", 1 + r % 28));
                rij.createCell(3).setCellValue(r % 2 == 0 ? "D1" : "D2");
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
