package nl.normtoets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import picocli.CommandLine.Option;

/**
 * The input options that {@code audit} and {@code monitor} share: another norm catalog, and the mapping for a
 * registration export given instead of an audit set. One place, so both commands read input the same way.
 */
final class Invoeropties {

    @Option(names = "--catalogus", paramLabel = "BESTAND",
            description = "Een andere normcatalogus (YAML of JSON) dan de meegeleverde rules/normcatalogus.yaml.")
    Path catalogus;

    /** The English spelling of before issue 11, kept for scripts; not in the help. */
    @Option(names = "--catalog", hidden = true)
    void catalog(Path bestand) {
        catalogus = bestand;
    }

    @Option(names = "--mapping", paramLabel = "BESTAND",
            description = "Bij een registratie-export: de mapping (YAML) van kolomnamen en codes.")
    Path mapping;

    Normcatalogus catalogus() {
        return catalogus == null ? CatalogusLezer.standaard() : CatalogusLezer.lees(catalogus);
    }

    /**
     * Whether {@code invoer} is an audit set to stream (a JSON file), not a registration export; refuses a mapping
     * given with an audit set, as {@link #lees} does.
     */
    boolean isAuditset(Path invoer) {
        if (ImportCommand.isExport(invoer)) {
            return false;
        }
        if (mapping != null) {
            throw new OnbruikbareInvoer("--mapping geldt alleen voor een registratie-export (map of .xlsx), niet "
                    + "voor de auditset " + invoer);
        }
        return true;
    }

    /**
     * An audit set (JSON) as it is, or a registration export (folder or .xlsx) imported first; the import's report
     * (rejected rows, data quality) goes to {@code console}, its rejected dossiers join the set's.
     */
    Auditset lees(Path invoer, LocalDate peildatum, PrintStream console) throws IOException {
        if (ImportCommand.isExport(invoer)) {
            return ImportCommand.alsAuditset(invoer, mapping, peildatum, console);
        }
        if (mapping != null) {
            // silently ignoring it would let someone believe the mapping was applied
            throw new OnbruikbareInvoer("--mapping geldt alleen voor een registratie-export (map of .xlsx), niet "
                    + "voor de auditset " + invoer);
        }
        return new AuditsetLezer().lees(invoer, peildatum);
    }
}
