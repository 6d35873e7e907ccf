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
 * (detected from the header line), UTF-8 with or without BOM, otherwise Windows-1252. The encoding is decided per
 * file: a file that is UTF-8 but has a line that is not is refused with that line, never re-read as a whole in
 * Windows-1252 (which would turn "Zoëtermeer" into "ZoÃ«termeer" without a word). Line ends may be CRLF, LF or CR.
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
        String tekst = decodeer(inhoud, bron);
        char scheiding = scheidingsteken(tekst);
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(tekst), formaat)) {
            Iterator<CSVRecord> it = parser.iterator();
            List<String> koppen = new ArrayList<>();
            List<RuweTabel.Rij> rijen = new ArrayList<>();
            List<String> opmerkingen = new ArrayList<>();
            int breed = 0;
            int eersteBreed = 0;
            // A record's line is that of its first character (exact also when a quoted cell spans lines).
            Regelteller teller = new Regelteller(tekst);
            while (it.hasNext()) {
                CSVRecord r = it.next();
                int regel = teller.regelVan(r.getCharacterPosition());
                List<String> cellen = r.stream().map(String::strip).map(Formuleveilig::terug).toList();
                if (koppen.isEmpty() && rijen.isEmpty()) {
                    koppen.addAll(cellen);
                } else {
                    RuweTabel.Rij rij = new RuweTabel.Rij(regel, cellen);
                    if (!rij.isLeeg()) {
                        rijen.add(rij);
                        if (cellen.size() > koppen.size()
                                && cellen.subList(koppen.size(), cellen.size()).stream().anyMatch(c -> !c.isBlank())) {
                            if (breed++ == 0) {
                                eersteBreed = regel;
                            }
                        }
                    }
                }
            }
            if (breed > 0) {
                // the extra cells have no column name, so they cannot be used; say so instead of dropping them
                opmerkingen.add(bron + ": " + breed + " regel(s) met meer cellen dan de kopregel (eerste: regel "
                        + eersteBreed + "); de cellen zonder kop zijn niet gebruikt");
            }
            return new RuweTabel(bron, koppen, rijen, opmerkingen);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new OnbruikbareInvoer(bron + ": geen leesbare CSV (" + reden(e) + ")", e);
        }
    }

    /** Our own words for the parser's complaint: its message could quote the file, so only the line is kept. */
    static String reden(Exception e) {
        String m = String.valueOf(e.getMessage());
        java.util.regex.Matcher regel = java.util.regex.Pattern.compile("(?:startline |line: )(\\d+)").matcher(m);
        String waar = regel.find() ? ", vanaf regel " + regel.group(1) : "";
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "een aanhalingsteken wordt niet gesloten" + waar;
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            return "tekst na een afsluitend aanhalingsteken" + waar;
        }
        return "onleesbare opbouw" + waar;
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
                if (isRegeleinde(pos)) {
                    regel++;
                }
            }
            // The parser reports a record from where it started looking, i.e. before the blank lines it skipped.
            for (; pos < tekst.length() && (tekst.charAt(pos) == '\n' || tekst.charAt(pos) == '\r'); pos++) {
                if (isRegeleinde(pos)) {
                    regel++;
                }
            }
            return regel;
        }

        /** LF, or a CR not followed by LF (old Mac line ends); CRLF counts once, at its LF. */
        private boolean isRegeleinde(int i) {
            char c = tekst.charAt(i);
            return c == '\n' || (c == '\r' && (i + 1 >= tekst.length() || tekst.charAt(i + 1) != '\n'));
        }
    }

    /**
     * UTF-8 when there is a BOM or the bytes are valid UTF-8; Windows-1252 (Excel's "CSV") when the file holds no
     * UTF-8 at all. A file with both (a BOM or a valid multi-byte sequence, and an invalid one) is mixed: refused
     * with the first line that is not UTF-8, since either reading would corrupt some lines.
     */
    static String decodeer(byte[] b, String bron) {
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        int start = bom ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, start, b.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            if (bom || heeftUtf8(b)) {
                throw new OnbruikbareInvoer(bron + ": het bestand is UTF-8, maar regel " + eersteOngeldigeRegel(b, start)
                        + " is dat niet (mogelijk Windows-1252 geplakt); sla het bestand opnieuw op als UTF-8");
            }
            return new String(b, WINDOWS_1252);
        }
    }

    static String decodeer(byte[] b) {
        return decodeer(b, "CSV");
    }

    /** A valid UTF-8 multi-byte sequence somewhere: the file was written as UTF-8. */
    private static boolean heeftUtf8(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            if (n > 0 && i + n < b.length) {
                boolean goed = true;
                for (int k = 1; k <= n; k++) {
                    goed &= (b[i + k] & 0xC0) == 0x80;
                }
                if (goed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The 1-based line (LF, CR or CRLF ends) of the first byte sequence that is not UTF-8. */
    private static int eersteOngeldigeRegel(byte[] b, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int regel = 1;
        int begin = start;
        for (int i = start; i <= b.length; i++) {
            boolean einde = i == b.length || b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'));
            if (einde) {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(b, begin, i - begin));
                } catch (CharacterCodingException e) {
                    return regel;
                }
                regel++;
                begin = i + 1;
            }
        }
        return regel;
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
