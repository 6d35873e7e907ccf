package nl.normtoets.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.normtoets.engine.Bevinding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The findings of a streaming audit, written to a temporary file as they are judged, in input order, so no finding
 * stays in memory. The report's summary (counts, norms, themes) is only known at the end but comes before the
 * findings in the document; {@link #schrijfRapport} therefore writes the report without findings and splices the
 * spooled array into its place. The spool is written by the report's own mapper at the same depth as in the
 * report ({@code {"bevindingen": [...]}}), so the result is byte for byte what {@link RapportSchrijver#schrijf}
 * writes for the same report with its findings in memory.
 */
public final class Bevindingenspool implements AutoCloseable {

    private static final byte[] LEEG = "\"bevindingen\" : [ ]".getBytes(StandardCharsets.UTF_8);
    private static final String VELD = "bevindingen";

    private final Path bestand;
    private final OutputStream uit;
    private final JsonGenerator gen;
    private int aantal;
    private boolean gesloten;

    /** A spool in {@code map} (the report's folder, so splicing reads from the same disk); deleted on close. */
    public Bevindingenspool(Path map) {
        try {
            this.bestand = Files.createTempFile(map, ".normtoets-bevindingen", ".deel");
            this.uit = new BufferedOutputStream(Files.newOutputStream(bestand), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.gen = RapportSchrijver.generator(uit);
        gen.writeStartObject();
        gen.writeName(VELD);
        gen.writeStartArray();
    }

    /**
     * A write failure (e.g. a full disk) comes out as {@link UncheckedIOException}, never as a Jackson exception,
     * so the reader that calls this while it parses cannot mistake it for invalid input.
     */
    public void schrijf(Bevinding b) {
        try {
            gen.writePOJO(b);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause() != null ? e.getCause() : new IOException(e));
        }
        aantal++;
    }

    public int aantal() {
        return aantal;
    }

    /**
     * Writes {@code skelet} (a report whose {@code bevindingen} is empty) with the spooled findings in their place.
     * Call once, after the last finding.
     */
    public void schrijfRapport(Auditrapport skelet, OutputStream doel) throws IOException {
        if (!skelet.bevindingen().isEmpty()) {
            throw new IllegalArgumentException("het skelet van het rapport heeft zelf geen bevindingen");
        }
        sluitSpool();
        byte[] rapport = RapportSchrijver.alsBytes(skelet);
        int plek = zoek(rapport, LEEG);
        int open = plek + LEEG.length - 3; // the '[' of "[ ]"
        long begin = eerste(bestand, (byte) '[');
        long eind = laatste(bestand, (byte) ']');
        doel.write(rapport, 0, open);
        try (InputStream in = Files.newInputStream(bestand)) {
            in.skipNBytes(begin);
            kopieer(in, doel, eind + 1 - begin);
        }
        doel.write(rapport, plek + LEEG.length, rapport.length - plek - LEEG.length);
    }

    private void sluitSpool() {
        if (!gesloten) {
            gesloten = true;
            gen.writeEndArray();
            gen.writeEndObject();
            gen.close();
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
                gen.close();
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

    /** The only place at depth one where the report's findings array stands; it is unique by its indentation. */
    private static int zoek(byte[] tekst, byte[] patroon) {
        byte[] metInspringing = new byte[patroon.length + 3];
        metInspringing[0] = '\n';
        metInspringing[1] = ' ';
        metInspringing[2] = ' ';
        System.arraycopy(patroon, 0, metInspringing, 3, patroon.length);
        outer:
        for (int i = 0; i <= tekst.length - metInspringing.length; i++) {
            for (int j = 0; j < metInspringing.length; j++) {
                if (tekst[i + j] != metInspringing[j]) {
                    continue outer;
                }
            }
            return i + 3;
        }
        throw new IllegalStateException("het rapport heeft geen lege lijst 'bevindingen' om de bevindingen in te zetten");
    }

    private static long eerste(Path bestand, byte b) throws IOException {
        try (InputStream in = Files.newInputStream(bestand)) {
            long i = 0;
            for (int c = in.read(); c >= 0; c = in.read(), i++) {
                if (c == b) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("spool zonder lijst");
    }

    private static long laatste(Path bestand, byte b) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(bestand.toFile(), "r")) {
            for (long i = f.length() - 1; i >= 0; i--) {
                f.seek(i);
                if (f.read() == b) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("spool zonder lijst");
    }

    private static void kopieer(InputStream in, OutputStream uit, long lengte) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long over = lengte;
        while (over > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, over));
            if (n < 0) {
                throw new IOException("spool korter dan verwacht");
            }
            uit.write(buffer, 0, n);
            over -= n;
        }
    }
}
