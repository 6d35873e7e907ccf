package nl.normtoets.ingest.validatie;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;

/**
 * Passes bytes through unchanged and refuses any that are not well-formed UTF-8 (RFC 3629, Unicode table 3-7):
 * overlong forms, surrogates, code points above U+10FFFF, stray or missing continuation bytes, a sequence cut off at
 * the end. The JSON parser then reads bytes (its fastest input) while the document is held to the same strict UTF-8
 * as a strict decoder would: the parser itself checks continuation bytes but takes overlong forms. A NUL among the
 * first four bytes is refused too, so UTF-16 or UTF-32 text is never auto-detected and decoded.
 */
public final class StrikteUtf8 extends FilterInputStream {

    /** Continuation bytes still expected. */
    private int rest;
    /** The allowed range of the next continuation byte (narrower after E0, ED, F0, F4). */
    private int laag = 0x80;
    private int hoog = 0xBF;
    private long positie;

    public StrikteUtf8(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            einde();
        } else {
            controleer((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int van, int lengte) throws IOException {
        int n = in.read(buf, van, lengte);
        if (n < 0) {
            einde();
            return n;
        }
        int i = van;
        int tot = van + n;
        while (i < tot) {
            // ASCII runs, the bulk of an audit set, need one comparison per byte
            if (rest == 0 && buf[i] > 0 && positie > 3) {
                i++;
                positie++;
                continue;
            }
            controleer(buf[i++]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would let bytes pass unchecked; the parser never skips, so read and check them
        byte[] weg = new byte[(int) Math.min(n, 8192)];
        int gelezen = read(weg, 0, weg.length);
        return Math.max(gelezen, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void controleer(byte teken) throws MalformedInputException {
        int b = teken & 0xFF;
        long hier = positie++;
        if (rest > 0) {
            if (b < laag || b > hoog) {
                throw fout();
            }
            laag = 0x80;
            hoog = 0xBF;
            rest--;
            return;
        }
        if (b < 0x80) {
            if (b == 0 && hier < 4) {
                throw fout(); // UTF-16/32 text, which the parser would otherwise detect and decode
            }
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            rest = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            rest = 2;
            if (b == 0xE0) {
                laag = 0xA0; // overlong
            } else if (b == 0xED) {
                hoog = 0x9F; // surrogates
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            rest = 3;
            if (b == 0xF0) {
                laag = 0x90; // overlong
            } else if (b == 0xF4) {
                hoog = 0x8F; // above U+10FFFF
            }
        } else {
            throw fout(); // continuation byte without a lead, C0/C1 (overlong), F5-FF
        }
    }

    private void einde() throws MalformedInputException {
        if (rest > 0) {
            rest = 0;
            throw fout();
        }
    }

    private static MalformedInputException fout() {
        // a CharacterCodingException: JsonFout names it "geen geldige UTF-8", without any byte of the input
        return new MalformedInputException(1);
    }
}
