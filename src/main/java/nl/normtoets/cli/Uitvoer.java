package nl.normtoets.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import nl.normtoets.ingest.OnbruikbareInvoer;
import tools.jackson.core.JacksonException;

/** Writing a command's output file: parent folders made, buffered, and a failure as one clear line (exit 2). */
final class Uitvoer {

    interface Schrijfactie {
        void schrijf(OutputStream o) throws IOException;
    }

    private Uitvoer() {
    }

    /**
     * Writes to a temporary file next to {@code doel} and moves it into place, so a failed write never leaves half a
     * report (or destroys the previous one).
     */
    static void naarBestand(Path doel, Schrijfactie actie) {
        Path tijdelijk = null;
        try {
            Path map = doel.toAbsolutePath().getParent();
            if (map != null) {
                Files.createDirectories(map);
            }
            if (Files.exists(doel) && !Files.isRegularFile(doel)) {
                // a device or pipe (e.g. /dev/stdout): write straight to it, never replace it
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(doel), 1 << 16)) {
                    actie.schrijf(o);
                }
                return;
            }
            tijdelijk = Files.createTempFile(map, "." + doel.getFileName(), ".deel");
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tijdelijk), 1 << 16)) {
                actie.schrijf(o);
            }
            Files.move(tijdelijk, doel, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UncheckedIOException | JacksonException e) {
            throw new OnbruikbareInvoer("kan niet schrijven naar " + doel + ": " + e.getMessage(), e);
        } finally {
            if (tijdelijk != null) {
                try {
                    Files.deleteIfExists(tijdelijk);
                } catch (IOException ignored) {
                    // best effort: the message above already names the problem
                }
            }
        }
    }
}
