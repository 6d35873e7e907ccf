package nl.normtoets.ingest.tabel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
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

    /**
     * Estimated memory the kept cells of one workbook may take (rows and cells with their Java overhead, text at one
     * byte a character). About 1 million cells; a GI of 1 000 dossiers exports some 200 000. Past it the workbook
     * is refused, so one upload cannot take the service's memory.
     */
    static final long MAX_GEHEUGEN = 64L << 20;
    /** Columns with a header per sheet; a real export has a few dozen. */
    static final int MAX_KOLOMMEN = 500;
    /** Largest shared-strings part (unpacked); it is held in memory whole, unlike the sheets, which stream. */
    static final long MAX_TEKSTEN = 64L << 20;

    private XlsxBron() {
    }

    /** The sheets by name, in workbook order. */
    public static Map<String, RuweTabel> lees(Path werkboek) {
        try (OPCPackage pakket = OPCPackage.open(werkboek.toFile(), PackageAccess.READ)) {
            XSSFReader lezer = new XSSFReader(pakket);
            for (PackagePart deel : pakket.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                if (deel.getSize() > MAX_TEKSTEN) {
                    throw new OnbruikbareInvoer(werkboek.getFileName() + ": de gedeelde teksten van het werkboek zijn "
                            + "groter dan " + (MAX_TEKSTEN >> 20) + " MB; splits de export of lever CSV-bestanden aan");
                }
            }
            ReadOnlySharedStringsTable teksten = new ReadOnlySharedStringsTable(pakket);
            Teller teller = new Teller();
            StylesTable stijlen = lezer.getStylesTable();
            Map<String, RuweTabel> bladen = new LinkedHashMap<>();
            XSSFReader.SheetIterator it = lezer.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream blad = it.next()) {
                    String naam = it.getSheetName();
                    Blad verzamelaar = new Blad(werkboek.getFileName() + " blad '" + naam + "'", teller);
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
            // POI's message may quote the workbook's content; name the kind only
            throw new OnbruikbareInvoer(werkboek + ": geen leesbaar .xlsx-werkboek (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    /**
     * Collects one sheet: the first non-empty row is the header. Only columns with a header are kept, so an empty or
     * stray cell far to the right (a header in XFD1) does not make every row 16 384 cells wide; cells without a
     * header are counted in a note. Every kept cell counts against the workbook's {@link Teller}.
     */
    private static final class Blad implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String bron;
        private final Teller teller;
        private final List<String> koppen = new ArrayList<>();
        /** Excel column index to position in {@link #koppen}; empty until the header is read. */
        private final Map<Integer, Integer> kolommen = new HashMap<>();
        private final List<RuweTabel.Rij> rijen = new ArrayList<>();
        private final TreeMap<Integer, String> rij = new TreeMap<>();
        private int zonderKop;
        private int eersteZonderKop;
        private boolean extraInRij;

        Blad(String bron, Teller teller) {
            this.bron = bron;
            this.teller = teller;
        }

        @Override
        public void startRow(int rijnummer) {
            rij.clear();
            extraInRij = false;
        }

        @Override
        public void cell(String verwijzing, String waarde, XSSFComment opmerking) {
            if (verwijzing == null || waarde == null) {
                return;
            }
            // error cells (#DIV/0! and the like) hold no value, as before
            String tekst = waarde.startsWith("ERROR:") ? "" : waarde.strip();
            int kolom = new CellReference(verwijzing).getCol();
            if (!kolommen.isEmpty() && !kolommen.containsKey(kolom)) {
                extraInRij |= !tekst.isEmpty();
                return;
            }
            if (!tekst.isEmpty()) {
                rij.put(kolom, tekst);
            }
        }

        @Override
        public void endRow(int rijnummer) {
            if (rij.isEmpty()) {
                if (extraInRij && zonderKop++ == 0) {
                    eersteZonderKop = rijnummer + 1;
                }
                return;
            }
            if (kolommen.isEmpty()) {
                for (var e : rij.entrySet()) {
                    kolommen.put(e.getKey(), koppen.size());
                    koppen.add(e.getValue());
                }
                if (koppen.size() > MAX_KOLOMMEN) {
                    throw new OnbruikbareInvoer(bron + ": meer dan " + MAX_KOLOMMEN + " kolommen in de kopregel; "
                            + "dit is geen export van de registratie");
                }
                teller.tel(koppen.size(), rij.values(), bron);
                return;
            }
            String[] cellen = new String[koppen.size()];
            java.util.Arrays.fill(cellen, "");
            rij.forEach((kolom, tekst) -> cellen[kolommen.get(kolom)] = tekst);
            teller.tel(cellen.length, rij.values(), bron);
            rijen.add(new RuweTabel.Rij(rijnummer + 1, List.of(cellen)));
            if (extraInRij && zonderKop++ == 0) {
                eersteZonderKop = rijnummer + 1;
            }
        }

        RuweTabel tabel() {
            List<String> opmerkingen = zonderKop == 0 ? List.of() : List.of(bron + ": " + zonderKop
                    + " rij(en) met cellen in kolommen zonder kop (eerste: rij " + eersteZonderKop
                    + "); die cellen zijn niet gebruikt");
            return new RuweTabel(bron, koppen, rijen, opmerkingen);
        }
    }

    /** Memory the kept cells of the whole workbook take, estimated: the bound on what one upload may cost. */
    private static final class Teller {
        private long bytes;

        void tel(int cellen, java.util.Collection<String> teksten, String bron) {
            // a row: record, list and array (~64 bytes); a cell: slot and String object (~56); text: 1 byte a char
            bytes += 64 + 56L * cellen;
            for (String t : teksten) {
                bytes += t.length();
            }
            if (bytes > MAX_GEHEUGEN) {
                throw new OnbruikbareInvoer(bron + ": het werkboek is te groot om in te lezen (meer dan "
                        + (MAX_GEHEUGEN >> 20) + " MB aan cellen met een kop); splits de export of lever "
                        + "CSV-bestanden aan");
            }
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
