package nl.normtoets.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where uploaded workbooks wait while they are imported: a private folder (0700) of this service under the system
 * temp folder, {@code normtoets-<user>/<pid>/}. A workbook holds dossier data, so it must not outlive its request,
 * nor a crash: at start the folders of processes that no longer run (killed, e.g. SIGKILL during an upload) are
 * removed, with the {@code normtoets-export-*} folders older versions left; at a normal stop a shutdown hook removes
 * this process's own folder.
 */
@Component
public class Uploadmap {

    private static final Logger LOG = LoggerFactory.getLogger(Uploadmap.class);

    private final Path map;

    public Uploadmap() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    Uploadmap(Path tmp) {
        try {
            Path basis = prive(tmp.resolve("normtoets-" + System.getProperty("user.name", "dienst")
                    .replaceAll("[^A-Za-z0-9_-]", "_")));
            ruimOp(basis, tmp);
            this.map = prive(basis.resolve(String.valueOf(ProcessHandle.current().pid())));
        } catch (IOException e) {
            throw new UncheckedIOException("tijdelijke map voor uploads kan niet worden gemaakt", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> verwijder(map), "uploads-opruimen"));
    }

    /** A new private folder for one upload; the caller removes it with {@link #verwijder(Path)}. */
    public Path nieuw() throws IOException {
        return Files.createTempDirectory(map, "upload-");
    }

    Path map() {
        return map;
    }

    private static Path prive(Path p) throws IOException {
        boolean posix = p.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(p)) {
            if (posix) {
                Files.createDirectories(p, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(p);
            }
        }
        if (posix) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
        return p;
    }

    /** Folders of dead processes of this user, and the shared-temp folders of older versions. */
    private static void ruimOp(Path basis, Path tmp) {
        try (DirectoryStream<Path> oud = Files.newDirectoryStream(basis)) {
            for (Path p : oud) {
                String naam = p.getFileName().toString();
                boolean levend = naam.matches("\\d+") && ProcessHandle.of(Long.parseLong(naam))
                        .map(ProcessHandle::isAlive).orElse(false);
                if (!levend) {
                    verwijder(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("oude uploads niet opgeruimd ({})", e.getClass().getSimpleName());
        }
        try (Stream<Path> oud = Files.list(tmp)) {
            oud.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("normtoets-export-"))
                    .forEach(Uploadmap::verwijder);
        } catch (IOException e) {
            LOG.warn("oude uploads niet opgeruimd ({})", e.getClass().getSimpleName());
        }
    }

    /** Removes a folder with its contents; best effort (a file another user owns stays). */
    public static void verwijder(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try {
            Files.walkFileTree(p, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.deleteIfExists(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("tijdelijke map niet helemaal verwijderd ({})", e.getClass().getSimpleName());
        }
    }

}
