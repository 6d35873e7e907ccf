package nl.normtoets.geschiedenis;

import java.nio.file.Path;
import java.time.LocalDate;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.audit.Audit;
import nl.normtoets.report.Auditrapport;

/** Real audits for the store's tests; the one place these tests call the audit runner. */
final class Testaudits {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    private static final Audit AUDIT = new Audit(new AuditEngine());

    private Testaudits() {
    }

    static Auditset lees(String bestand, LocalDate peildatum) {
        return new AuditsetLezer().lees(Path.of(bestand), peildatum);
    }

    static Auditrapport audit(Auditset set) {
        return AUDIT.voerUit(set, CATALOGUS);
    }
}
