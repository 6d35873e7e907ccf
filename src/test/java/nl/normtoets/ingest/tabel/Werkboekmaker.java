package nl.normtoets.ingest.tabel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test support: turns a CSV export folder into the same export as one .xlsx workbook, one sheet per file, as Excel
 * would hold it: dates as real date cells (shown dd-mm-jjjj), whole numbers as numbers, the rest as text. Made
 * {@code fixtures/import/export-jbn.xlsx}; to remake it after changing the CSV fixtures:
 * {@code java -cp target/test-classes:target/classes:<test classpath> nl.normtoets.ingest.tabel.Werkboekmaker
 * fixtures/import/export-jbn fixtures/import/export-jbn.xlsx}.
 */
final class Werkboekmaker {

    private static final Pattern GETAL = Pattern.compile("[1-9]\\d{0,5}|0");

    private Werkboekmaker() {
    }

    static void maak(Path csvMap, Path werkboek) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); Stream<Path> bestanden = Files.list(csvMap)) {
            CellStyle datum = wb.createCellStyle();
            datum.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            for (Path csv : bestanden.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                    .toList()) {
                RuweTabel t = CsvBron.lees(csv);
                String naam = csv.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
                Sheet blad = wb.createSheet(naam);
                schrijfRij(blad.createRow(0), t.koppen(), null);
                // Keep the CSV line numbers as row numbers, so both sources name the same place for a row.
                for (RuweTabel.Rij rij : t.rijen()) {
                    schrijfRij(blad.createRow(rij.regel() - 1), rij.cellen(), datum);
                }
            }
            try (OutputStream out = Files.newOutputStream(werkboek)) {
                wb.write(out);
            }
        }
    }

    private static void schrijfRij(Row row, List<String> cellen, CellStyle datum) {
        for (int i = 0; i < cellen.size(); i++) {
            String s = cellen.get(i);
            var cel = row.createCell(i);
            if (datum == null || s.isEmpty()) {
                cel.setCellValue(s);
                continue;
            }
            LocalDate d = alsDatum(s);
            if (d != null) {
                cel.setCellValue(d);
                cel.setCellStyle(datum);
            } else if (GETAL.matcher(s).matches()) {
                cel.setCellValue(Double.parseDouble(s));
            } else {
                cel.setCellValue(s);
            }
        }
    }

    private static LocalDate alsDatum(String s) {
        try {
            return Waarden.datum(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static void main(String[] args) throws IOException {
        maak(Path.of(args[0]), Path.of(args[1]));
    }
}
