package nl.normtoets.ingest.tabel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import nl.normtoets.ingest.OnbruikbareInvoer;

/**
 * Reads every sheet of an .xlsx workbook as a table. Cells become the text a CSV export would hold: real Excel dates
 * become ISO dates, whole numbers lose their ".0", booleans become TRUE/FALSE; formulas give their cached value.
 * Row numbers are Excel's, so a user finds the row where the message says.
 *
 * <p>The sheets are streamed (SAX over the sheet XML, shared strings read-only), not loaded as POI's object model:
 * that model takes many times the workbook's unpacked size, which an upload to the shared service must not cost.
 */
public final class XlsxBron {

    private XlsxBron() {
    }

    /** The sheets by name, in workbook order. */
    public static Map<String, RuweTabel> lees(Path werkboek) {
        try (OPCPackage pakket = OPCPackage.open(werkboek.toFile(), PackageAccess.READ)) {
            XSSFReader lezer = new XSSFReader(pakket);
            ReadOnlySharedStringsTable teksten = new ReadOnlySharedStringsTable(pakket);
            StylesTable stijlen = lezer.getStylesTable();
            Map<String, RuweTabel> bladen = new LinkedHashMap<>();
            XSSFReader.SheetIterator it = lezer.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream blad = it.next()) {
                    String naam = it.getSheetName();
                    Blad verzamelaar = new Blad(werkboek.getFileName() + " blad '" + naam + "'");
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(stijlen, null, teksten, verzamelaar,
                            new CsvOpmaak(), false));
                    parser.parse(new InputSource(blad));
                    bladen.put(naam, verzamelaar.tabel());
                }
            }
            return bladen;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            if (e instanceof OnbruikbareInvoer o) {
                throw o;
            }
            throw new OnbruikbareInvoer(werkboek + ": geen leesbaar .xlsx-werkboek (" + e.getMessage() + ")", e);
        }
    }

    /** Collects one sheet: the first non-empty row is the header and sets the width of the rows after it. */
    private static final class Blad implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String bron;
        private final List<String> koppen = new ArrayList<>();
        private final List<RuweTabel.Rij> rijen = new ArrayList<>();
        private final TreeMap<Integer, String> rij = new TreeMap<>();

        Blad(String bron) {
            this.bron = bron;
        }

        @Override
        public void startRow(int rijnummer) {
            rij.clear();
        }

        @Override
        public void cell(String verwijzing, String waarde, XSSFComment opmerking) {
            if (verwijzing == null || waarde == null) {
                return;
            }
            // error cells (#DIV/0! and the like) hold no value, as before
            String tekst = waarde.startsWith("ERROR:") ? "" : waarde.strip();
            rij.put((int) new CellReference(verwijzing).getCol(), tekst);
        }

        @Override
        public void endRow(int rijnummer) {
            int breedte = koppen.isEmpty() ? (rij.isEmpty() ? 0 : rij.lastKey() + 1) : koppen.size();
            List<String> cellen = new ArrayList<>(breedte);
            for (int c = 0; c < breedte; c++) {
                cellen.add(rij.getOrDefault(c, ""));
            }
            RuweTabel.Rij r = new RuweTabel.Rij(rijnummer + 1, cellen);
            if (r.isLeeg()) {
                return;
            }
            if (koppen.isEmpty()) {
                koppen.addAll(cellen);
            } else {
                rijen.add(r);
            }
        }

        RuweTabel tabel() {
            return new RuweTabel(bron, koppen, rijen);
        }
    }

    /** Numbers as a CSV export would hold them: ISO for date-formatted cells, else the plain number. */
    private static final class CsvOpmaak extends DataFormatter {
        @Override
        public String formatRawCellContents(double waarde, int formaatIndex, String formaat) {
            if (DateUtil.isADateFormat(formaatIndex, formaat) && DateUtil.isValidExcelDate(waarde)) {
                return DateUtil.getLocalDateTime(waarde).toLocalDate().toString();
            }
            return BigDecimal.valueOf(waarde).stripTrailingZeros().toPlainString();
        }
    }
}
