package nl.normtoets.ingest.tabel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.normtoets.ingest.OnbruikbareInvoer;

/**
 * Reads every sheet of an .xlsx workbook as a table. Cells become the text a CSV export would hold: real Excel dates
 * become ISO dates, whole numbers lose their ".0", booleans become true/false; formulas give their cached value.
 * Row numbers are Excel's, so a user finds the row where the message says.
 */
public final class XlsxBron {

    private XlsxBron() {
    }

    /** The sheets by name, in workbook order. */
    public static Map<String, RuweTabel> lees(Path werkboek) {
        try (InputStream in = Files.newInputStream(werkboek); Workbook wb = new XSSFWorkbook(in)) {
            Map<String, RuweTabel> bladen = new LinkedHashMap<>();
            for (Sheet blad : wb) {
                bladen.put(blad.getSheetName(), blad(blad, werkboek.getFileName() + " blad '" + blad.getSheetName()
                        + "'"));
            }
            return bladen;
        } catch (IOException | RuntimeException e) {
            if (e instanceof OnbruikbareInvoer o) {
                throw o;
            }
            throw new OnbruikbareInvoer(werkboek + ": geen leesbaar .xlsx-werkboek (" + e.getMessage() + ")", e);
        }
    }

    private static RuweTabel blad(Sheet blad, String bron) {
        List<String> koppen = new ArrayList<>();
        List<RuweTabel.Rij> rijen = new ArrayList<>();
        for (Row row : blad) {
            int breedte = koppen.isEmpty() ? Math.max(row.getLastCellNum(), 0) : koppen.size();
            List<String> cellen = new ArrayList<>(breedte);
            for (int c = 0; c < breedte; c++) {
                cellen.add(tekst(row.getCell(c)));
            }
            RuweTabel.Rij rij = new RuweTabel.Rij(row.getRowNum() + 1, cellen);
            if (rij.isLeeg()) {
                continue;
            }
            if (koppen.isEmpty()) {
                koppen.addAll(cellen);
            } else {
                rijen.add(rij);
            }
        }
        return new RuweTabel(bron, koppen, rijen);
    }

    static String tekst(Cell cel) {
        if (cel == null) {
            return "";
        }
        CellType type = cel.getCellType() == CellType.FORMULA ? cel.getCachedFormulaResultType() : cel.getCellType();
        return switch (type) {
            case STRING -> cel.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cel.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cel)
                    ? cel.getLocalDateTimeCellValue().toLocalDate().toString()
                    : getal(cel.getNumericCellValue());
            default -> "";
        };
    }

    private static String getal(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
