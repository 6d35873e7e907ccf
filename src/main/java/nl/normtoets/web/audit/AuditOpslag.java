package nl.normtoets.web.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.tabel.Importverslag;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.web.Instellingen;

/**
 * The last {@code normtoets.bewaar-audits} audits, in memory only: dossier data never goes to disk and is gone after a
 * restart. Ids are random UUIDs, so one audit cannot be found from another's id.
 */
@Component
public class AuditOpslag {

    private final Map<String, OpgeslagenAudit> audits;

    public AuditOpslag(Instellingen instellingen) {
        int max = Math.max(1, instellingen.bewaarAudits());
        this.audits = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, OpgeslagenAudit> oudste) {
                return size() > max;
            }
        };
    }

    public synchronized OpgeslagenAudit bewaar(Auditset set, Auditrapport rapport) {
        return bewaar(set, rapport, null);
    }

    public synchronized OpgeslagenAudit bewaar(Auditset set, Auditrapport rapport, Importverslag importverslag) {
        OpgeslagenAudit a = new OpgeslagenAudit(UUID.randomUUID().toString(), Instant.now(), set, rapport,
                importverslag);
        audits.put(a.id(), a);
        return a;
    }

    /** The most recently stored audit (the morning-list page runs on it when nothing was uploaded there). */
    public synchronized Optional<OpgeslagenAudit> laatste() {
        return audits.values().stream().max(java.util.Comparator.comparing(OpgeslagenAudit::gemaakt));
    }

    public synchronized Optional<OpgeslagenAudit> vind(String id) {
        return Optional.ofNullable(audits.get(id));
    }
}
