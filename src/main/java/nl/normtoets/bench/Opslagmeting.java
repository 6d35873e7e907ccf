package nl.normtoets.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Databank;
import nl.normtoets.geschiedenis.Herkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.report.Auditrapport;

/**
 * The audit store in the benchmark: per size, the time to store the audit just made (metadata, judgements, every
 * finding, the input) and to read its summary back, on a fresh embedded H2 file and, when a URL is given, on
 * PostgreSQL. Storing runs once per size (a 100 000-dossier audit has millions of findings); the summary is read
 * once to warm up and then the best of five counts. What the bench stored in PostgreSQL is removed afterwards, so
 * repeated runs measure the same table sizes.
 */
public final class Opslagmeting {

    /** One store: database, audit size and the two timings. */
    public record Meting(String databank, int dossiers, int bevindingen, double bewaarMs, double samenvattingMs) {
    }

    private static final int LEZINGEN = 5;

    private final Path werkmap;
    private final Databank postgres;
    private final PrintStream log;
    private final List<Meting> metingen = new ArrayList<>();

    /** {@code postgresUrl} null: H2 only; otherwise user and password from the environment, as the store reads. */
    public Opslagmeting(Path werkmap, String postgresUrl, PrintStream log) {
        this(werkmap, postgresUrl == null || postgresUrl.isBlank() ? null
                : Databank.uit(werkmap, postgresUrl), log);
    }

    /** {@code postgres}: the PostgreSQL store to measure besides H2, or null. */
    Opslagmeting(Path werkmap, Databank postgres, PrintStream log) {
        this.werkmap = werkmap;
        this.postgres = postgres;
        this.log = log;
    }

    /** Called by {@link Benchmark} with each size's audit. */
    void meet(int dossiers, Auditset set, Auditrapport rapport) {
        Path h2 = werkmap.resolve("opslag-h2-" + dossiers);
        verwijder(h2);
        metingen.add(meet("H2", Databank.uit(h2, null), dossiers, set, rapport, false));
        verwijder(h2);
        if (postgres != null) {
            metingen.add(meet("PostgreSQL", postgres, dossiers, set, rapport, true));
        }
    }

    private Meting meet(String naam, Databank databank, int dossiers, Auditset set, Auditrapport rapport,
                        boolean opruimen) {
        try (HikariDataSource ds = databank.open()) {
            Auditarchief archief = new Auditarchief(ds);
            Herkomst herkomst = new Herkomst(null, null, null, null, null, Instant.now(), "bench");
            System.gc();
            long t0 = System.nanoTime();
            String id = archief.bewaar(rapport, herkomst, set, null).id();
            long t1 = System.nanoTime();
            archief.samenvatting(id).orElseThrow();
            double lezen = Double.MAX_VALUE;
            for (int i = 0; i < LEZINGEN; i++) {
                long s0 = System.nanoTime();
                archief.samenvatting(id).orElseThrow();
                lezen = Math.min(lezen, (System.nanoTime() - s0) / 1e6);
            }
            if (opruimen) {
                verwijderAudit(new JdbcTemplate(ds), id);
            }
            Meting m = new Meting(naam, dossiers, rapport.bevindingen().size(), rond((t1 - t0) / 1e6), rond(lezen));
            log.printf(Locale.ROOT, "  N=%d opslag %s: bewaren %.0f ms, samenvatting %.1f ms%n", dossiers, naam,
                    m.bewaarMs(), m.samenvattingMs());
            return m;
        }
    }

    /** The bench's own audit, gone again: every table that holds rows of it. */
    private static void verwijderAudit(JdbcTemplate t, String id) {
        for (String tabel : List.of("audit_bevinding", "audit_afwijzing", "audit_invoer", "audit_indicator",
                "audit_norm", "audit_thema")) {
            t.update("DELETE FROM " + tabel + " WHERE audit_id = ?", id);
        }
        t.update("DELETE FROM audit WHERE id = ?", id);
    }

    public List<Meting> metingen() {
        return List.copyOf(metingen);
    }

    /** The table's lines for the bench output. */
    public static String tabel(List<Meting> metingen) {
        if (metingen == null || metingen.isEmpty()) {
            return "opslag: niet gemeten\n";
        }
        StringBuilder sb = new StringBuilder("opslag (bewaren van de audit met alle bevindingen in één transactie; "
                + "samenvatting teruglezen, beste van " + LEZINGEN + "):\n");
        String fmt = "%11s %9s %12s %12s %16s%n";
        sb.append(String.format(Locale.ROOT, fmt, "databank", "dossiers", "bevindingen", "bewaren ms",
                "samenvatting ms"));
        for (Meting m : metingen) {
            sb.append(String.format(Locale.ROOT, "%11s %9d %12d %12.0f %16.1f%n", m.databank(), m.dossiers(),
                    m.bevindingen(), m.bewaarMs(), m.samenvattingMs()));
        }
        return sb.toString();
    }

    private static void verwijder(Path map) {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double rond(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
