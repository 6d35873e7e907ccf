package nl.normtoets.geschiedenis;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bewijsstuk;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an audit's findings in bulk, inside the caller's transaction (the template's connection is the
 * transaction's). A national audit has millions, so two things matter, found by profiling a 10 000-dossier store:
 * <ul>
 * <li>the rows are made (dossier attributes, evidence as JSON: about a third of the work) in blocks on a helper
 * thread while the previous block is being written, so the two cores share the work and at most two blocks of
 * rows are held at once;</li>
 * <li>PostgreSQL gets COPY in CSV; H2 (embedded, so no network round trips to save) gets multi-row INSERT
 * statements of {@value #PER_STATEMENT} rows, JDBC-batched: H2's cost is per executed statement (a savepoint, undo
 * bookkeeping, conversion), not per parameter.</li>
 * </ul>
 */
final class Bevindingschrijver {

    static final String KOLOMMEN = "audit_id, volgnummer, norm, indicator, dossier, onderwerp, uitkomst, team, "
            + "regio, gemeente, maatregel, toelichting, bewijs, bewijssoort";
    static final int AANTAL_KOLOMMEN = 14;
    /** Rows made per block on the helper thread. */
    static final int BLOK = 5_000;
    static final int PER_STATEMENT = 50;
    private static final int COPY_BLOK = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One daemon thread for all stores: making rows is cheap to queue and must not keep the JVM alive. */
    private static final ExecutorService MAKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "normtoets-opslag-rijen");
        t.setDaemon(true);
        return t;
    });

    private final JdbcTemplate template;
    private final boolean postgres;

    Bevindingschrijver(JdbcTemplate template, boolean postgres) {
        this.template = template;
        this.postgres = postgres;
    }

    void schrijf(String id, List<Bevinding> bevindingen, Map<String, Dossierkenmerk> kenmerken) {
        template.execute((ConnectionCallback<Void>) c -> {
            if (postgres) {
                kopieer(c, id, bevindingen, kenmerken);
            } else {
                voegIn(c, id, bevindingen, kenmerken);
            }
            return null;
        });
    }

    /** H2 and other databases: INSERT of {@value #PER_STATEMENT} rows at a time, a block per JDBC batch. */
    private static void voegIn(Connection c, String id, List<Bevinding> bevindingen,
                               Map<String, Dossierkenmerk> kenmerken) throws SQLException {
        try (PreparedStatement veel = c.prepareStatement(insert(PER_STATEMENT))) {
            PreparedStatement rest = null;
            try {
                for (Blokken blokken = new Blokken(id, bevindingen, kenmerken); blokken.heeftVolgende(); ) {
                    Blok blok = blokken.volgende();
                    int van = blok.begin();
                    String[][] rijen = blok.rijen();
                    int i = 0;
                    for (; i + PER_STATEMENT <= rijen.length; i += PER_STATEMENT) {
                        for (int r = 0; r < PER_STATEMENT; r++) {
                            zet(veel, r * AANTAL_KOLOMMEN, van + i + r, rijen[i + r]);
                        }
                        veel.addBatch();
                    }
                    veel.executeBatch();
                    if (i < rijen.length) { // only the last block can end in a partial statement
                        rest = c.prepareStatement(insert(rijen.length - i));
                        for (int r = 0; i + r < rijen.length; r++) {
                            zet(rest, r * AANTAL_KOLOMMEN, van + i + r, rijen[i + r]);
                        }
                        rest.executeUpdate();
                    }
                }
            } finally {
                if (rest != null) {
                    rest.close();
                }
            }
        }
    }

    private static String insert(int rijen) {
        StringBuilder sql = new StringBuilder("INSERT INTO audit_bevinding (" + KOLOMMEN + ") VALUES ");
        String rij = "(" + "?, ".repeat(AANTAL_KOLOMMEN - 1) + "?)";
        for (int i = 0; i < rijen; i++) {
            sql.append(i == 0 ? "" : ", ").append(rij);
        }
        return sql.toString();
    }

    private static void zet(PreparedStatement ps, int offset, int volgnummer, String[] v) throws SQLException {
        for (int k = 0; k < AANTAL_KOLOMMEN; k++) {
            if (k == 1) {
                ps.setInt(offset + 2, volgnummer);
            } else {
                ps.setString(offset + k + 1, v[k]);
            }
        }
    }

    /** PostgreSQL's COPY in CSV, sent in pieces of about a megabyte: no statement per finding. */
    private static void kopieer(Connection c, String id, List<Bevinding> bevindingen,
                                Map<String, Dossierkenmerk> kenmerken) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY audit_bevinding (" + KOLOMMEN + ") FROM STDIN WITH (FORMAT csv)");
        try {
            StringBuilder stuk = new StringBuilder(COPY_BLOK + 4096);
            for (Blokken blokken = new Blokken(id, bevindingen, kenmerken); blokken.heeftVolgende(); ) {
                for (String[] v : blokken.volgende().rijen()) {
                    for (int k = 0; k < v.length; k++) {
                        if (k > 0) {
                            stuk.append(',');
                        }
                        csv(stuk, v[k]);
                    }
                    stuk.append('\n');
                    if (stuk.length() >= COPY_BLOK) {
                        stuur(copy, stuk);
                    }
                }
            }
            stuur(copy, stuk);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void stuur(CopyIn copy, StringBuilder stuk) throws SQLException {
        byte[] b = stuk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(b, 0, b.length);
        stuk.setLength(0);
    }

    /** A CSV field as COPY reads it: null unquoted and empty, every other value quoted (quotes doubled). */
    private static void csv(StringBuilder b, String waarde) {
        if (waarde == null) {
            return;
        }
        b.append('"');
        for (int i = 0; i < waarde.length(); i++) {
            char ch = waarde.charAt(i);
            if (ch == '"') {
                b.append('"');
            }
            b.append(ch);
        }
        b.append('"');
    }

    /** One finding's column values in {@link #KOLOMMEN} order (volgnummer as text; H2 sets it as a number). */
    static String[] velden(String id, int volgnummer, Bevinding b, Map<String, Dossierkenmerk> kenmerken) {
        // a finding made by the engine carries its dossier's attributes; one made before that takes them from the set
        Dossierkenmerk k = b.dossier() == null ? null : b.maatregel() != null
                ? new Dossierkenmerk(b.team(), b.regio(), b.gemeente(), b.maatregel().name())
                : kenmerken.get(b.dossier());
        // typed evidence builds its map on every call: look once
        Map<String, Object> bewijs = b.bewijs();
        boolean leeg = bewijs.isEmpty();
        return new String[] {id, Integer.toString(volgnummer), b.norm(), b.indicator(), b.dossier(), b.onderwerp(),
                b.uitkomst().name(), k == null ? null : k.team(), k == null ? null : k.regio(),
                k == null ? null : k.gemeente(), k == null ? null : k.maatregel(), b.toelichting(),
                leeg ? null : JSON.writeValueAsString(bewijs), leeg ? null : Bewijsstuk.soort(bewijs)};
    }

    /** A block of rows; {@code begin} is the volgnummer of its first row. */
    private record Blok(int begin, String[][] rijen) {
    }

    /**
     * The findings' rows in blocks of {@value #BLOK}, the next block always being made on the helper thread while
     * the caller writes the current one.
     */
    private static final class Blokken {
        private final String id;
        private final List<Bevinding> bevindingen;
        private final Map<String, Dossierkenmerk> kenmerken;
        private CompletableFuture<Blok> volgende;

        Blokken(String id, List<Bevinding> bevindingen, Map<String, Dossierkenmerk> kenmerken) {
            this.id = id;
            this.bevindingen = bevindingen;
            this.kenmerken = kenmerken;
            this.volgende = bevindingen.isEmpty() ? null : maak(0);
        }

        boolean heeftVolgende() {
            return volgende != null;
        }

        Blok volgende() {
            Blok blok;
            try {
                blok = volgende.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            int na = blok.begin() + blok.rijen().length;
            volgende = na < bevindingen.size() ? maak(na) : null;
            return blok;
        }

        private CompletableFuture<Blok> maak(int van) {
            int tot = Math.min(bevindingen.size(), van + BLOK);
            return CompletableFuture.supplyAsync(() -> {
                String[][] rijen = new String[tot - van][];
                for (int i = van; i < tot; i++) {
                    rijen[i - van] = velden(id, i, bevindingen.get(i), kenmerken);
                }
                return new Blok(van, rijen);
            }, MAKER);
        }
    }
}
