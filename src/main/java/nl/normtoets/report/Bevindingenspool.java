package nl.normtoets.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import nl.normtoets.engine.Bevinding;
import tools.jackson.core.JsonGenerator;

/**
 * The findings of a streaming audit, written to a temporary file as they are judged, in input order, so no finding
 * stays in memory. The report's summary (counts, norms, themes) is only known at the end but comes before the
 * findings in the document; {@link #schrijfRapport} therefore writes the report without findings and splices the
 * spooled findings into its empty {@code bevindingen} array.
 *
 * <p>Each batch's findings become bytes on the worker that judged them ({@link #deel}), with a generator of the
 * report's own mapper standing at the report's depth ({@code {"bevindingen": [ x, ...}}) after a first value, so
 * every part is exactly what the report would hold after an earlier finding (a separator, then the findings); the
 * very first part loses its separator. The result is byte for byte what {@link RapportSchrijver#schrijf} writes for
 * the same report with its findings in memory. With gzip, each part is compressed on the worker as a gzip member
 * of its own (see {@link Gzipdeel}), and the report is its head, the parts and its tail, each a member.
 */
public final class Bevindingenspool implements Bevindingenuitvoer, AutoCloseable {

    private static final String VELD = "bevindingen";

    private final Path bestand;
    private final OutputStream uit;
    private final Opmaak opmaak;
    private final boolean gzip;
    private int aantal;
    private boolean gesloten;

    /** An indented, uncompressed spool in {@code map}, as before the output choices. */
    public Bevindingenspool(Path map) {
        this(map, Opmaak.LEESBAAR, false);
    }

    /** A spool in {@code map} (the report's folder, so splicing reads from the same disk); deleted on close. */
    public Bevindingenspool(Path map, Opmaak opmaak, boolean gzip) {
        this.opmaak = opmaak;
        this.gzip = gzip;
        try {
            this.bestand = Files.createTempFile(map, ".normtoets-bevindingen", ".deel");
            this.uit = new BufferedOutputStream(Files.newOutputStream(bestand), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings as they follow an earlier finding in the report's array; thread-safe. */
    @Override
    public byte[] deel(List<Bevinding> bevindingen) {
        if (bevindingen.isEmpty()) {
            return new byte[0];
        }
        Schakelaar s = new Schakelaar();
        try (JsonGenerator gen = RapportSchrijver.generator(s, opmaak)) {
            gen.writeStartObject();
            gen.writeName(VELD);
            gen.writeStartArray();
            gen.writeNull(); // stands for the finding before: the next one gets its separator
            gen.flush();
            s.aan = true;
            for (Bevinding b : bevindingen) {
                gen.writePOJO(b);
            }
            gen.flush();
            s.aan = false;
        }
        byte[] ruw = s.buffer.toByteArray();
        return gzip ? Gzipdeel.in(ruw, 0) : ruw;
    }

    /**
     * In input order. A write failure (e.g. a full disk) comes out as {@link UncheckedIOException}, never as a
     * Jackson exception, so the reader that calls this while it parses cannot mistake it for invalid input.
     */
    @Override
    public void voegToe(byte[] deel, int aantal) {
        if (aantal == 0) {
            return;
        }
        byte[] bytes = deel;
        if (this.aantal == 0) {
            // the first finding of the report has no separator before it
            bytes = gzip ? Gzipdeel.in(Gzipdeel.uit(deel), 1) : Arrays.copyOfRange(deel, 1, deel.length);
        }
        try {
            uit.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.aantal += aantal;
    }

    /** One finding (theme 5's, at the end). */
    public void schrijf(Bevinding b) {
        voegToe(deel(List.of(b)), 1);
    }

    public int aantal() {
        return aantal;
    }

    public Opmaak opmaak() {
        return opmaak;
    }

    public boolean gzip() {
        return gzip;
    }

    /**
     * Writes {@code skelet} (a report whose {@code bevindingen} is empty) with the spooled findings in their place,
     * compressed when the spool is. Call once, after the last finding.
     */
    public void schrijfRapport(Auditrapport skelet, OutputStream doel) throws IOException {
        if (!skelet.bevindingen().isEmpty()) {
            throw new IllegalArgumentException("het skelet van het rapport heeft zelf geen bevindingen");
        }
        sluitSpool();
        byte[] rapport = RapportSchrijver.alsBytes(skelet, opmaak);
        int open = Rapportplek.openHaak(rapport, VELD) + 1; // just after the '[' of the empty findings array
        byte[] kop = Arrays.copyOfRange(rapport, 0, open);
        byte[] staart = Arrays.copyOfRange(rapport, open, rapport.length);
        doel.write(gzip ? Gzipdeel.in(kop, 0) : kop);
        try (InputStream in = Files.newInputStream(bestand)) {
            in.transferTo(doel);
        }
        doel.write(gzip ? Gzipdeel.in(staart, 0) : staart);
    }

    private void sluitSpool() {
        if (!gesloten) {
            gesloten = true;
            try {
                uit.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (!gesloten) {
                gesloten = true;
                uit.close();
            }
        } catch (IOException | RuntimeException e) {
            // the spool is thrown away below; a failure to close it changes nothing for the report
        } finally {
            try {
                Files.deleteIfExists(bestand);
            } catch (IOException ignored) {
                // a temporary file left in the report's folder is harmless and named as such
            }
        }
    }

    /** Passes bytes on only while switched on: the generator's opening tokens are written into nothing. */
    private static final class Schakelaar extends OutputStream {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);
        boolean aan;

        @Override
        public void write(int b) {
            if (aan) {
                buffer.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (aan) {
                buffer.write(b, off, len);
            }
        }
    }
}
