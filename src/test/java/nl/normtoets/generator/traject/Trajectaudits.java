package nl.normtoets.generator.traject;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.AuditsetSchrijver;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.audit.Audit;
import nl.normtoets.report.Auditrapport;

/**
 * The trajectory at JBN's size (seed 17), each snapshot written as an audit set, read back through the real reader
 * and audited with the real rules. Shared by the trajectory tests of one run, because building the world and
 * auditing it are the slow parts; nothing here knows the seed targets.
 */
final class Trajectaudits {

    static final long SEED = 17;
    static final TrajectGenerator TRAJECT = new TrajectGenerator(SEED);

    private static final Map<LocalDate, Auditset> SETS = new ConcurrentHashMap<>();
    private static final Map<LocalDate, Auditrapport> RAPPORTEN = new ConcurrentHashMap<>();
    private static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    private static final Audit AUDIT = new Audit(new AuditEngine());

    private Trajectaudits() {
    }

    static Auditset set(LocalDate dag) {
        return SETS.computeIfAbsent(dag, d -> {
            TrajectGenerator.Momentopname m = TRAJECT.momentopname(d);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            AuditsetSchrijver.schrijf(json, d, "JBN", m.dossiers().iterator(), m::organisatieFeiten, false);
            return new AuditsetLezer().lees(new ByteArrayInputStream(json.toByteArray()), "traject-" + d, null);
        });
    }

    static Auditrapport rapport(LocalDate dag) {
        return RAPPORTEN.computeIfAbsent(dag, d -> AUDIT.voerUit(set(d), CATALOGUS));
    }
}
