package nl.normtoets.web.monitor;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.normtoets.monitor.MonitorCsv;
import nl.normtoets.monitor.Monitorsignaal;
import nl.normtoets.monitor.Toedeling;

/** The rows shown on the morning-list page as an Excel workbook, same columns as the CSV; dates as dd-mm-jjjj text. */
final class OchtendlijstXlsx {

    private OchtendlijstXlsx() {
    }

    static void schrijf(List<Monitorsignaal> rijen, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet blad = wb.createSheet("Ochtendlijst");
            CellStyle vet = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            vet.setFont(font);
            Row kop = blad.createRow(0);
            for (int i = 0; i < MonitorCsv.KOLOMMEN.length; i++) {
                kop.createCell(i).setCellValue(MonitorCsv.KOLOMMEN[i]);
                kop.getCell(i).setCellStyle(vet);
            }
            int r = 1;
            for (Monitorsignaal s : rijen) {
                Row rij = blad.createRow(r++);
                Toedeling t = s.toedeling();
                rij.createCell(0).setCellValue(s.dossier());
                rij.createCell(1).setCellValue(t == null || t.team() == null ? "" : t.team());
                rij.createCell(2).setCellValue(t == null || t.medewerker() == null ? "" : t.medewerker());
                rij.createCell(3).setCellValue(s.soort().omschrijving());
                rij.createCell(4).setCellValue(s.weergavestatus());
                rij.createCell(5).setCellValue(s.vervaldatum() == null ? "" : MonitorCsv.DATUM.format(s.vervaldatum()));
                if (s.dagenOverTijd() != null) {
                    rij.createCell(6).setCellValue(s.dagenOverTijd());
                }
                rij.createCell(7).setCellValue(s.prioriteit());
                rij.createCell(8).setCellValue(s.toelichting());
                rij.createCell(9).setCellValue(s.teLaatGedaan() ? "ja" : "nee");
            }
            blad.createFreezePane(0, 1);
            wb.write(out);
        }
    }
}
