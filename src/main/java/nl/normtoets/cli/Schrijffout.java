package nl.normtoets.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Output could not be written completely (disk full, no rights, a closed pipe): exit code 6 (its own since issue 18), so
 * a script never takes a truncated report for a finished one. The message is our own text; the JDK's may differ per platform.
 */
final class Schrijffout extends RuntimeException {
    static final int EXITCODE = Exitcodes.UITVOER_NIET_GESCHREVEN;

    Schrijffout(String waar, Throwable oorzaak) {
        super("kan niet schrijven naar " + waar + " (" + reden(oorzaak) + "); er is geen volledige uitvoer",
                oorzaak);
    }

    static String reden(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("No space left") || m.contains("Disk quota")) {
                return "schijf vol";
            }
            if (c instanceof AccessDeniedException || m.contains("Permission denied")) {
                return "geen schrijfrechten";
            }
            if (c instanceof NoSuchFileException) {
                return "map bestaat niet";
            }
            if (m.contains("Broken pipe")) {
                return "de ontvanger las niet verder";
            }
            if (c instanceof FileSystemException) {
                return "bestandssysteem weigert";
            }
        }
        return e instanceof IOException ? "schrijffout" : "schrijffout (" + e.getClass().getSimpleName() + ")";
    }
}
