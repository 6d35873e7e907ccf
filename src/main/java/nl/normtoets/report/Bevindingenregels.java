package nl.normtoets.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import nl.normtoets.engine.Bevinding;

/**
 * The findings as JSON Lines: one finding a line, compact, in the report's order and with the report's fields, for
 * tools that read a large run line by line. Written while the audit runs; with gzip each batch is a gzip member of
 * its own, compressed on the worker that judged it (see {@link Gzipdeel}).
 */
public final class Bevindingenregels implements Bevindingenuitvoer {

    private final OutputStream uit;
    private final boolean gzip;
    private int aantal;

    public Bevindingenregels(OutputStream uit, boolean gzip) {
        this.uit = uit;
        this.gzip = gzip;
        if (gzip) {
            schrijfNaar(Gzipdeel.in(new byte[0], 0)); // a valid gzip file even without findings
        }
    }

    @Override
    public byte[] deel(List<Bevinding> bevindingen) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bevindingen.size() * 1024);
        for (Bevinding b : bevindingen) {
            buffer.writeBytes(RapportSchrijver.alsRegel(b));
            buffer.write('\n');
        }
        byte[] ruw = buffer.toByteArray();
        return gzip && ruw.length > 0 ? Gzipdeel.in(ruw, 0) : ruw;
    }

    @Override
    public void voegToe(byte[] deel, int aantal) {
        schrijfNaar(deel);
        this.aantal += aantal;
    }

    public void schrijf(Bevinding b) {
        voegToe(deel(List.of(b)), 1);
    }

    public int aantal() {
        return aantal;
    }

    private void schrijfNaar(byte[] bytes) {
        try {
            uit.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
