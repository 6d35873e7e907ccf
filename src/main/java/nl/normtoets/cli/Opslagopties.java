package nl.normtoets.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import com.zaxxer.hikari.HikariDataSource;

import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Databank;
import nl.normtoets.geschiedenis.Herkomst;
import nl.normtoets.geschiedenis.Vingerafdruk;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import picocli.CommandLine.Option;

/**
 * Where the CLI finds the audit store: {@code --data MAP} (embedded H2), or an external database with
 * {@code --database JDBC-URL}; without either, the settings {@code normtoets.data} / {@code normtoets.database.url}
 * as Java system properties, else {@code ./normtoets-data}. No Spring here: the pool and Flyway are built directly.
 */
final class Opslagopties {

    @Option(names = "--data", paramLabel = "MAP",
            description = "Map van de ingebouwde auditopslag (H2). Standaard: normtoets-data in de werkmap.")
    Path data;

    @Option(names = "--database", paramLabel = "JDBC-URL",
            description = "Een externe database (PostgreSQL) in plaats van de ingebouwde; gebruiker en wachtwoord uit "
                    + "NORMTOETS_DATABASE_USER en NORMTOETS_DATABASE_PASSWORD.")
    String database;

    Databank databank() {
        Path map = data != null ? data
                : System.getProperty("normtoets.data") != null ? Path.of(System.getProperty("normtoets.data")) : null;
        String url = database != null ? database : System.getProperty("normtoets.database.url");
        return Databank.uit(map, url);
    }

    /** An open store; close the returned handle when done. */
    Open open() {
        HikariDataSource ds = databank().open();
        return new Open(ds, new Auditarchief(ds));
    }

    record Open(HikariDataSource ds, Auditarchief archief) implements AutoCloseable {
        @Override
        public void close() {
            ds.close();
        }
    }

    /** Stores a CLI audit: made now by the operating-system user, input named by its SHA-256. */
    Auditkop bewaar(Auditrapport rapport, Auditset set, Normcatalogus catalogus, Path invoer, LocalDate per) {
        Herkomst h = new Herkomst(null, null, per, Vingerafdruk.catalogus(catalogus), Vingerafdruk.invoer(invoer),
                Instant.now(), System.getProperty("user.name"));
        try (Open o = open()) {
            return o.archief().bewaar(rapport, h, set, null);
        }
    }
}
