package nl.normtoets.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * gzip in parts: a gzip file may consist of several members one after the other, and every reader (gunzip, zcat,
 * Java's {@link GZIPInputStream}, Python) reads them as one stream. So each batch of findings is compressed on its
 * own, by the worker that judged it, and the parts are simply appended. The fastest level: JSON compresses well even
 * so, and the time matters more for a large run than the last few percent.
 */
final class Gzipdeel {

    private Gzipdeel() {
    }

    static byte[] in(byte[] ruw, int van) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(Math.max(64, (ruw.length - van) / 6));
        try (OutputStream gz = new Snel(uit)) {
            gz.write(ruw, van, ruw.length - van);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    static byte[] uit(byte[] deel) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(deel))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Snel extends GZIPOutputStream {
        Snel(OutputStream uit) throws IOException {
            super(uit, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
