package nl.normtoets.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak resident memory as the operating system counts it (Linux {@code VmHWM} in {@code /proc/<pid>/status}): the
 * heap pools leave out metaspace, code cache, thread stacks, GC structures and native buffers. Null elsewhere.
 */
public final class Procesgeheugen {

    private Procesgeheugen() {
    }

    /** Resets this process's peak to its current size (Linux: "5" to clear_refs), so a phase can be measured. */
    public static void resetPiek() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux or not allowed: the peak then covers the process so far, which the table says
        }
    }

    /** This process's peak RSS in MB, or null. */
    public static Long piekMb() {
        return piekMb("self");
    }

    /** Peak RSS in MB of a running process, or null when it is gone or unknown. */
    public static Long piekMb(long pid) {
        return piekMb(Long.toString(pid));
    }

    private static Long piekMb(String pid) {
        try {
            for (String regel : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (regel.startsWith("VmHWM:")) {
                    return Long.parseLong(regel.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Waits for a child and follows its peak RSS while it runs (VmHWM only grows; the last reading before exit is
     * kept, so growth in the last interval may be missed). Returns the exit code and the peak.
     */
    public static Afloop volg(Process p) throws InterruptedException {
        Long piek = null;
        while (p.isAlive()) {
            Long nu = piekMb(p.pid());
            if (nu != null) {
                piek = piek == null ? nu : Math.max(piek, nu);
            }
            if (p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                break;
            }
        }
        return new Afloop(p.waitFor(), piek);
    }

    public record Afloop(int exit, Long piekRssMb) {
    }
}
