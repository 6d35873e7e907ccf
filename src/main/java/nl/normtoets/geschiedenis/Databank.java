package nl.normtoets.geschiedenis;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Where the audit store lives and how to reach it. Without a URL: an embedded H2 file database in the data folder
 * ({@code normtoets.data}, default {@code ./normtoets-data}), so nothing needs installing. With
 * {@code normtoets.database.url} (e.g. {@code jdbc:postgresql://host/normtoets}): that database, with user and
 * password from the environment ({@value #GEBRUIKER}, {@value #WACHTWOORD}) so they never sit in a settings file or a
 * command line. The password is never part of {@link #toString()} or any message.
 */
public record Databank(Path data, String url, String gebruiker, String wachtwoord) {

    public static final String GEBRUIKER = "NORMTOETS_DATABASE_USER";
    public static final String WACHTWOORD = "NORMTOETS_DATABASE_PASSWORD";
    public static final Path STANDAARD_MAP = Path.of("normtoets-data");

    /** {@code data} and {@code url} as configured (either may be null); credentials from {@code omgeving}. */
    public static Databank uit(Path data, String url, Map<String, String> omgeving) {
        boolean extern = url != null && !url.isBlank();
        return new Databank(data == null ? STANDAARD_MAP : data, extern ? url : null,
                extern ? omgeving.get(GEBRUIKER) : null, extern ? omgeving.get(WACHTWOORD) : null);
    }

    public static Databank uit(Path data, String url) {
        return uit(data, url, System.getenv());
    }

    public boolean embedded() {
        return url == null;
    }

    /** The JDBC URL actually used. H2's file lives at {@code <data>/normtoets.mv.db}. */
    public String jdbcUrl() {
        return embedded() ? "jdbc:h2:file:" + data.toAbsolutePath().normalize().resolve("normtoets") : url;
    }

    /**
     * A small connection pool on this database with the schema migrated to the latest version. The caller closes
     * it (the CLI at the end of a command, Spring when the service stops).
     */
    public HikariDataSource open() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(jdbcUrl());
        if (embedded()) {
            c.setUsername("normtoets");
            c.setPassword("");
        } else {
            c.setUsername(gebruiker);
            c.setPassword(wachtwoord);
        }
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(0);
        c.setPoolName("normtoets-opslag");
        HikariDataSource ds = new HikariDataSource(c);
        try {
            migreer(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return ds;
    }

    /** Brings the schema to the latest migration under {@code db/migration}; already current: does nothing. */
    public static void migreer(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    /** For messages: where the store is, never the password (and no user either). */
    public String omschrijving() {
        if (embedded()) {
            return "H2-bestand in " + data.toAbsolutePath().normalize();
        }
        int vraag = url.indexOf('?');
        return vraag < 0 ? url : url.substring(0, vraag); // query parameters may carry a password
    }

    @Override
    public String toString() {
        return "Databank[" + omschrijving() + "]";
    }
}
