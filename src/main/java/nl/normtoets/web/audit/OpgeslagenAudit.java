package nl.normtoets.web.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.report.Auditrapport;

/**
 * An audit kept for GET, drill-down and kijklinks: the accepted dossiers (a team view is a fresh audit of just that
 * team's dossiers) and the full report. Team views are cached per set of teams.
 */
public record OpgeslagenAudit(String id, Instant gemaakt, Auditset set, Auditrapport rapport,
                              Map<Set<String>, Auditrapport> teamweergaven) {

    public OpgeslagenAudit(String id, Instant gemaakt, Auditset set, Auditrapport rapport) {
        this(id, gemaakt, set, rapport, new ConcurrentHashMap<>());
    }
}
