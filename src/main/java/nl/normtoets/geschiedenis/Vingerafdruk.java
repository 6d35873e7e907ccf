package nl.normtoets.geschiedenis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import nl.normtoets.norm.Normcatalogus;
import tools.jackson.databind.json.JsonMapper;

/** SHA-256 fingerprints that tell whether two stored audits read the same input or used the same catalog. */
public final class Vingerafdruk {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Vingerafdruk() {
    }

    /** The catalog as data (norms, terms, thresholds, parameters): the same content gives the same fingerprint. */
    public static String catalogus(Normcatalogus catalogus) {
        return hex(digest().digest(JSON.writeValueAsBytes(catalogus)));
    }

    /**
     * The bytes of an input file; for a folder (a CSV export) the names and bytes of its files in name order, so
     * the same export gives the same fingerprint wherever it lies.
     */
    public static String invoer(Path pad) {
        MessageDigest md = digest();
        try {
            if (Files.isDirectory(pad)) {
                List<Path> bestanden;
                try (Stream<Path> s = Files.walk(pad)) {
                    bestanden = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path b : bestanden) {
                    md.update(pad.relativize(b).toString().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    lees(b, md);
                }
            } else {
                lees(pad, md);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hex(md.digest());
    }

    private static void lees(Path bestand, MessageDigest md) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(bestand), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** A stream that hashes what passes through it; {@link #hex()} after the stream was read to its end. */
    public static final class Teller extends DigestInputStream {
        public Teller(InputStream in) {
            super(in, digest());
        }

        public String hex() {
            return Vingerafdruk.hex(getMessageDigest().digest());
        }
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
