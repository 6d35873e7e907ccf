package nl.normtoets.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Bevindingenregels;
import nl.normtoets.report.Opmaak;
import nl.normtoets.report.RapportSchrijver;

/**
 * The report's layout and compression as the options and the size of the run decide them. Whitespace carries no
 * meaning in contract v1, so a large run is written compact unless {@code --leesbaar} asks otherwise; a name ending
 * in {@code .gz} is gzip.
 */
final class Rapportkeuze {

    /** Above this many dossiers the report is compact by default (10 000 dossiers is about 100 MB indented). */
    static final int GROOT = 10_000;

    private Rapportkeuze() {
    }

    static Opmaak opmaak(boolean leesbaar, boolean compact, int dossiers) {
        if (leesbaar) {
            return Opmaak.LEESBAAR;
        }
        return compact || dossiers > GROOT ? Opmaak.COMPACT : Opmaak.LEESBAAR;
    }

    static boolean gzip(String bestand) {
        return bestand != null && bestand.endsWith(".gz");
    }

    /** The in-memory report as JSON, gzipped when asked. */
    static void schrijf(Auditrapport rapport, OutputStream o, Opmaak opmaak, boolean gzip) throws IOException {
        if (!gzip) {
            RapportSchrijver.schrijf(rapport, o, opmaak);
            return;
        }
        GZIPOutputStream gz = new GZIPOutputStream(o, 1 << 16);
        RapportSchrijver.schrijf(rapport, new NietSluiten(gz), opmaak);
        gz.finish();
    }

    /** The in-memory report's findings as JSON Lines. */
    static void regels(Auditrapport rapport, OutputStream o, boolean gzip) {
        Bevindingenregels regels = new Bevindingenregels(o, gzip);
        rapport.bevindingen().forEach(regels::schrijf);
    }

    /** The JSON writer closes its target; the gzip stream must stay open to be finished. */
    private static final class NietSluiten extends java.io.FilterOutputStream {
        NietSluiten(OutputStream uit) {
            super(uit);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
