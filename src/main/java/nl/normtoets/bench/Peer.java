package nl.normtoets.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

import nl.normtoets.norm.Indicator;
import nl.normtoets.scoring.Telling;

/**
 * Another engine that computes indicator 1a.3-A on the same JSON file, as a yardstick for the product's own figures
 * (issue 20). The product carries no peer: one is found on the classpath ({@link ServiceLoader}) when the bench runs
 * with the bench classpath (docs/benchmark.md); without it the bench prints "niet gemeten".
 */
public interface Peer {

    /** Short name for the table, e.g. "DuckDB 1.4.4". */
    String naam();

    /**
     * The counts of 1a.3-A over the file's dossiers, computed by the peer from the JSON itself.
     *
     * @param indicator   1a.3-A as the catalog defines it (its term and per-maatregel variants are applied)
     * @param peildatum   the day judged (the file's own unless the audit overrides it)
     * @param uitgesloten ids of dossiers the product rejected: they count for neither side
     */
    Telling eersteContact(Path json, Indicator indicator, LocalDate peildatum, Set<String> uitgesloten)
            throws Exception;

    /** The first peer on the classpath, if any. */
    static Optional<Peer> gevonden() {
        return ServiceLoader.load(Peer.class).findFirst();
    }
}
