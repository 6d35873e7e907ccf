package nl.normtoets.web.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Herkomst;
import nl.normtoets.geschiedenis.Vingerafdruk;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.tabel.Importverslag;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.web.Instellingen;

/**
 * Every audit the service runs is kept in the audit store (H2 or PostgreSQL, see {@link Opslaginstellingen}), so a
 * restart keeps its report, drill-down, team views and import report. The last {@code normtoets.bewaar-audits}
 * audits used also stay in memory, as a cache only. Ids are random UUIDs, so one audit cannot be found from
 * another's id.
 */
@Component
public class AuditOpslag {

    private final Map<String, OpgeslagenAudit> cache;
    private final Auditarchief archief;
    private final String catalogusVingerafdruk;

    public AuditOpslag(Instellingen instellingen, Auditarchief archief, Normcatalogus catalogus) {
        int max = Math.max(1, instellingen.bewaarAudits());
        this.archief = archief;
        this.catalogusVingerafdruk = Vingerafdruk.catalogus(catalogus);
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, OpgeslagenAudit> oudste) {
                return size() > max;
            }
        };
    }

    public OpgeslagenAudit bewaar(Auditset set, Auditrapport rapport) {
        return bewaar(set, rapport, null, null, null);
    }

    public OpgeslagenAudit bewaar(Auditset set, Auditrapport rapport, Importverslag importverslag) {
        return bewaar(set, rapport, importverslag, null, null);
    }

    /** {@code door}: the user name; {@code invoerVingerafdruk}: SHA-256 of the uploaded bytes (either may be null). */
    public OpgeslagenAudit bewaar(Auditset set, Auditrapport rapport, Importverslag importverslag, String door,
                                  String invoerVingerafdruk) {
        Auditkop kop = archief.bewaar(rapport, new Herkomst(null, null, null, catalogusVingerafdruk,
                invoerVingerafdruk, Instant.now(), door), set, importverslag);
        OpgeslagenAudit a = new OpgeslagenAudit(kop.id(), kop.gemaakt(), set, rapport, importverslag);
        synchronized (this) {
            cache.put(a.id(), a);
        }
        return a;
    }

    /** The most recently made audit this service holds (the morning-list page runs on it when nothing was uploaded). */
    public synchronized Optional<OpgeslagenAudit> laatste() {
        return cache.values().stream().max(java.util.Comparator.comparing(OpgeslagenAudit::gemaakt));
    }

    /** From the cache, or read back from the store (after a restart, or when it fell out of the cache). */
    public Optional<OpgeslagenAudit> vind(String id) {
        synchronized (this) {
            OpgeslagenAudit a = cache.get(id);
            if (a != null) {
                return Optional.of(a);
            }
        }
        Optional<Auditkop> kop = archief.kop(id);
        if (kop.isEmpty()) {
            return Optional.empty();
        }
        Auditrapport rapport = archief.rapport(id).orElseThrow();
        // retention removes the stored dossiers: a team view then has no dossiers left to show
        Auditset set = archief.auditset(id).orElseGet(() -> new Auditset("opslag", rapport.peildatum(),
                rapport.organisatie(), List.of(), List.of(), null, List.of()));
        OpgeslagenAudit a = new OpgeslagenAudit(id, kop.get().gemaakt(), set, rapport,
                archief.importverslag(id).orElse(null));
        synchronized (this) {
            return Optional.of(cache.computeIfAbsent(id, k -> a));
        }
    }
}
