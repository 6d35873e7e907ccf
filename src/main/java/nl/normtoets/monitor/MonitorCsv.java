package nl.normtoets.monitor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import nl.normtoets.ingest.tabel.Formuleveilig;

/**
 * One row per signal, in the shape Dutch Excel opens without an import wizard: semicolon separator, UTF-8 with a
 * byte order mark (else Excel guesses the ANSI code page and breaks "ë"), dates as dd-mm-jjjj. Text cells are
 * neutralised against formula injection ({@link Formuleveilig}): an id or note from the registration could start
 * with "=".
 * {@code status} is
 * "controleer registratie" when the signal rests on a faulty registration; {@code teLaatGedaan} is "ja" only on
 * the rows of first terms met late (written when asked for with {@code --met-afgehandeld}).
 */
public final class MonitorCsv {

    public static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    public static final String[] KOLOMMEN = {"dossier", "team", "medewerker", "signaal", "status", "vervaldatum",
            "dagen over tijd", "prioriteit", "toelichting", "teLaatGedaan"};
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setHeader(KOLOMMEN).get();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private MonitorCsv() {
    }

    public static void schrijf(List<Monitorsignaal> signalen, OutputStream out) throws IOException {
        out.write(BOM);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        for (Monitorsignaal s : signalen) {
            Toedeling t = s.toedeling();
            p.printRecord(Formuleveilig.cel(s.dossier()), t == null ? "" : leeg(t.team()),
                    t == null ? "" : leeg(t.medewerker()), Formuleveilig.cel(s.soort().omschrijving()),
                    s.weergavestatus(), datum(s.vervaldatum()), s.dagenOverTijd() == null ? "" : s.dagenOverTijd(),
                    s.prioriteit(), Formuleveilig.cel(s.toelichting()), s.teLaatGedaan() ? "ja" : "nee");
        }
        p.flush(); // not closed: the caller owns the stream (it may be System.out)
    }

    private static String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }

    private static String leeg(String s) {
        return s == null ? "" : Formuleveilig.cel(s);
    }
}
