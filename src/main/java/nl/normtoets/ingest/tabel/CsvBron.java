package nl.normtoets.ingest.tabel;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.normtoets.ingest.OnbruikbareInvoer;

/**
 * Reads one CSV export as Dutch Excel and registration systems write them: separator {@code ;} or {@code ,}
 * (detected from the header line), UTF-8 with or without BOM, otherwise Windows-1252.
 */
public final class CsvBron {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvBron() {
    }

    public static RuweTabel lees(Path bestand) {
        try {
            return lees(Files.readAllBytes(bestand), bestand.getFileName().toString());
        } catch (IOException e) {
            throw new OnbruikbareInvoer(bestand + ": kan niet worden gelezen (" + e.getMessage() + ")", e);
        }
    }

    static RuweTabel lees(byte[] inhoud, String bron) {
        String tekst = decodeer(inhoud);
        char scheiding = scheidingsteken(tekst);
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(tekst), formaat)) {
            Iterator<CSVRecord> it = parser.iterator();
            List<String> koppen = new ArrayList<>();
            List<RuweTabel.Rij> rijen = new ArrayList<>();
            // A record's line is that of its first character (exact also when a quoted cell spans lines).
            Regelteller teller = new Regelteller(tekst);
            while (it.hasNext()) {
                CSVRecord r = it.next();
                int regel = teller.regelVan(r.getCharacterPosition());
                List<String> cellen = r.stream().map(String::strip).toList();
                if (koppen.isEmpty() && rijen.isEmpty()) {
                    koppen.addAll(cellen);
                } else {
                    RuweTabel.Rij rij = new RuweTabel.Rij(regel, cellen);
                    if (!rij.isLeeg()) {
                        rijen.add(rij);
                    }
                }
            }
            return new RuweTabel(bron, koppen, rijen);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new OnbruikbareInvoer(bron + ": geen leesbare CSV (" + e.getMessage() + ")", e);
        }
    }

    /** Counts line breaks up to increasing character positions, so a file is scanned once. */
    private static final class Regelteller {
        private final String tekst;
        private int pos;
        private int regel = 1;

        Regelteller(String tekst) {
            this.tekst = tekst;
        }

        int regelVan(long positie) {
            int tot = (int) Math.min(positie, tekst.length());
            for (; pos < tot; pos++) {
                if (tekst.charAt(pos) == '\n') {
                    regel++;
                }
            }
            // The parser reports a record from where it started looking, i.e. before the blank lines it skipped.
            for (; pos < tekst.length() && (tekst.charAt(pos) == '\n' || tekst.charAt(pos) == '\r'); pos++) {
                if (tekst.charAt(pos) == '\n') {
                    regel++;
                }
            }
            return regel;
        }
    }

    /** UTF-8 when there is a BOM or the bytes are valid UTF-8; Windows-1252 (Excel's "CSV") otherwise. */
    static String decodeer(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, WINDOWS_1252);
        }
    }

    /**
     * The separator that occurs most often outside quotes on the header line; {@code ,} on a tie, {@code ;} when
     * the header has neither (a single column).
     */
    static char scheidingsteken(String tekst) {
        int puntkomma = 0;
        int komma = 0;
        int tab = 0;
        boolean inQuote = false;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && (c == '\n' || c == '\r')) {
                break;
            } else if (!inQuote) {
                if (c == ';') {
                    puntkomma++;
                } else if (c == ',') {
                    komma++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (tab > puntkomma && tab > komma) {
            return '\t';
        }
        if (puntkomma == 0 && komma == 0) {
            // One column: ';' (Dutch Excel's separator) keeps a decimal comma such as 0,1 in one cell.
            return ';';
        }
        return puntkomma > komma ? ';' : ',';
    }
}
