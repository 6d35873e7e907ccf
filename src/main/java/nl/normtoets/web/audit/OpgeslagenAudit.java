package nl.normtoets.web.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.tabel.Importverslag;
import nl.normtoets.report.Auditrapport;

/**
 * An audit kept for GET, drill-down and kijklinks: the accepted dossiers (a team view is a fresh audit of just that
 * team's dossiers), the full report and, for an uploaded registration export, the import report (null otherwise).
 * Team views are cached per set of teams.
 */
public record OpgeslagenAudit(String id, Instant gemaakt, Auditset set, Auditrapport rapport,
                              Importverslag importverslag, Map<Set<String>, Auditrapport> teamweergaven) {

    public OpgeslagenAudit(String id, Instant gemaakt, Auditset set, Auditrapport rapport,
                           Importverslag importverslag) {
        this(id, gemaakt, set, rapport, importverslag, new ConcurrentHashMap<>());
    }
}
