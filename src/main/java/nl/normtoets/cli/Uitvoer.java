package nl.normtoets.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.normtoets.ingest.OnbruikbareInvoer;

/** Writing a command's output file: parent folders made, buffered, and a failure as one clear line (exit 2). */
final class Uitvoer {

    interface Schrijfactie {
        void schrijf(OutputStream o) throws IOException;
    }

    private Uitvoer() {
    }

    static void naarBestand(Path doel, Schrijfactie actie) {
        try {
            Path map = doel.toAbsolutePath().getParent();
            if (map != null) {
                Files.createDirectories(map);
            }
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(doel), 1 << 16)) {
                actie.schrijf(o);
            }
        } catch (IOException e) {
            throw new OnbruikbareInvoer("kan niet schrijven naar " + doel + ": " + e.getMessage(), e);
        }
    }
}
