package nl.normtoets.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JacksonException;

/**
 * Writing a command's output: parent folders made, buffered, checked, and a failure as one clear line (exit 3,
 * {@link Schrijffout}). A partial file is removed on failure, on Ctrl-C (a shutdown hook) and, when a killed run left
 * one, before the next write to the same file.
 */
final class Uitvoer {

    /** Partial files being written by this process; the shutdown hook removes what is left of them. */
    private static final Set<Path> DELEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DELEN.forEach(Uitvoer::verwijder), "uitvoer-opruimen"));
    }

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
            ruimOudeDelenOp(map, doel);
            // owner-only (0600) by createTempFile; next to the target, so the move is an atomic rename
            tijdelijk = Files.createTempFile(map, "." + doel.getFileName(), ".deel");
            DELEN.add(tijdelijk);
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tijdelijk), 1 << 16)) {
                actie.schrijf(o);
            }
            Files.move(tijdelijk, doel, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UncheckedIOException | JacksonException e) {
            throw new Schrijffout(doel.toString(), e);
        } finally {
            if (tijdelijk != null) {
                verwijder(tijdelijk);
                DELEN.remove(tijdelijk);
            }
        }
    }

    /**
     * Standard output, checked: {@link PrintStream} swallows write errors (a full disk, a closed pipe), so after the
     * write its error flag decides, and a failed write exits non-zero instead of passing off a truncated report.
     */
    static void naarStdout(Schrijfactie actie) {
        PrintStream uit = System.out;
        try {
            // the JSON writer closes its target when done; standard output must stay open for what follows
            actie.schrijf(new java.io.FilterOutputStream(uit) {
                @Override
                public void write(byte[] b, int off, int len) {
                    uit.write(b, off, len);
                }

                @Override
                public void close() {
                    uit.flush();
                }
            });
            uit.flush();
        } catch (IOException | UncheckedIOException | JacksonException e) {
            throw new Schrijffout("standaarduitvoer", e);
        }
        if (uit.checkError()) {
            throw new Schrijffout("standaarduitvoer", new IOException("PrintStream error"));
        }
    }

    /** Partial files of this target left by a killed run ({@code .<naam>*.deel}); they may hold dossier data. */
    private static void ruimOudeDelenOp(Path map, Path doel) {
        if (map == null) {
            return;
        }
        String patroon = "." + doel.getFileName() + "*.deel";
        try (DirectoryStream<Path> oud = Files.newDirectoryStream(map, patroon)) {
            for (Path p : oud) {
                if (!DELEN.contains(p)) {
                    verwijder(p);
                }
            }
        } catch (IOException ignored) {
            // best effort: the write itself reports a folder it cannot use
        }
    }

    private static void verwijder(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: the message of the failed write already names the problem
        }
    }
}
