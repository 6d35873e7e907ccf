package nl.normtoets.bench.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Set;

import nl.normtoets.bench.Peer;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Termijn;
import nl.normtoets.scoring.Telling;

/**
 * DuckDB as the peer: indicator 1a.3-A in SQL over the audit set read by {@code read_json}, with the rule's semantics
 * (rules/1a-start/1a.3-A-eerste-contact-binnen-5-dagen and {@code Toets.termijn}): the first FYSIEK contact by the GI
 * with JEUGDIGE or OUDERS on or after the start; on time when on or before start + term; none yet and the dossier
 * ended before the last day is NIET_VAN_TOEPASSING; none and the last day not passed on the peildatum is
 * NOG_NIET_TOETSBAAR; otherwise TEKORT. The term per maatregel comes from the catalog (variants, maatregelen filter).
 */
public final class DuckdbPeer implements Peer {

    /** Only the fields the indicator reads; explicit types, so DuckDB does not sample the document to guess them. */
    private static final String KOLOMMEN = "{peildatum: 'VARCHAR', dossiers: 'STRUCT(id VARCHAR, maatregel VARCHAR, "
            + "startdatum DATE, einddatum DATE, contacten STRUCT(datum DATE, vorm VARCHAR, met VARCHAR[], "
            + "door VARCHAR)[])[]'}";

    private static final String TELLING = """
            WITH d AS (
                SELECT unnest(dossiers) AS d FROM read_json(?, columns = %s, format = 'auto',
                    maximum_object_size = 2147483647)
            ), e AS (
                SELECT trim(d.id) AS id, d.maatregel AS maatregel, d.startdatum AS s, d.einddatum AS eind,
                    list_min(list_transform(list_filter(coalesce(d.contacten, []), lambda c: c.door = 'GI'
                        AND c.vorm = 'FYSIEK' AND c.datum >= d.startdatum
                        AND (list_contains(c.met, 'JEUGDIGE') OR list_contains(c.met, 'OUDERS'))),
                        lambda c: c.datum)) AS eerste
                FROM d
            ), u AS (
                SELECT e.*, CASE WHEN t.dagen IS NOT NULL THEN e.s + t.dagen
                    ELSE CAST(e.s + to_months(t.maanden) AS DATE) END AS uiterlijk
                FROM e JOIN termijnen t ON t.maatregel = e.maatregel
                WHERE e.id NOT IN (SELECT id FROM uitgesloten)
            )
            SELECT
                count(*) FILTER (WHERE eerste IS NOT NULL AND eerste <= uiterlijk) AS voldoet,
                count(*) FILTER (WHERE (eerste IS NOT NULL AND eerste > uiterlijk)
                    OR (eerste IS NULL AND NOT (eind IS NOT NULL AND eind <= CAST(? AS DATE) AND eind < uiterlijk)
                        AND CAST(? AS DATE) > uiterlijk)) AS tekort,
                count(*) FILTER (WHERE eerste IS NULL AND NOT (eind IS NOT NULL AND eind <= CAST(? AS DATE)
                    AND eind < uiterlijk) AND CAST(? AS DATE) <= uiterlijk) AS nog_niet,
                count(*) FILTER (WHERE eerste IS NULL AND eind IS NOT NULL AND eind <= CAST(? AS DATE)
                    AND eind < uiterlijk) AS nvt
            FROM u
            """.formatted(KOLOMMEN);

    @Override
    public String naam() {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version()")) {
            r.next();
            return "DuckDB " + r.getString(1);
        } catch (SQLException e) {
            return "DuckDB";
        }
    }

    @Override
    public Telling eersteContact(Path json, Indicator indicator, LocalDate peildatum, Set<String> uitgesloten)
            throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE termijnen (maatregel VARCHAR, dagen INTEGER, maanden INTEGER)");
                s.execute("CREATE TEMP TABLE uitgesloten (id VARCHAR)");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO termijnen VALUES (?, ?, ?)")) {
                for (Maatregel m : Maatregel.values()) {
                    if (!indicator.gebruikt() || !indicator.geldtVoor(m)) {
                        continue; // the engine makes no finding for a maatregel the indicator does not cover
                    }
                    Termijn t = indicator.voor(m).vereisteTermijn();
                    p.setString(1, m.name());
                    p.setObject(2, t.dagen());
                    p.setObject(3, t.maanden());
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO uitgesloten VALUES (?)")) {
                for (String id : uitgesloten) {
                    p.setString(1, id);
                    p.executeUpdate();
                }
            }
            try (PreparedStatement q = c.prepareStatement(TELLING)) {
                q.setString(1, json.toAbsolutePath().toString());
                for (int i = 2; i <= 6; i++) {
                    q.setString(i, peildatum.toString());
                }
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    return new Telling(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4));
                }
            }
        }
    }
}
