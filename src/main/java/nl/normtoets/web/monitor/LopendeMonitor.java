package nl.normtoets.web.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.monitor.Monitor;
import nl.normtoets.monitor.Monitorsignaal;
import nl.normtoets.monitor.Monitoroverzicht;
import nl.normtoets.monitor.Testmonitor;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.OrganisatieFeiten;
import nl.normtoets.web.audit.AuditOpslag;
import nl.normtoets.web.audit.OpgeslagenAudit;

/**
 * The service's running testmonitor: one {@link Testmonitor} on the latest audit set, either uploaded on the
 * morning-list page or, when nothing newer was uploaded, the latest audit stored by {@code POST /api/audits}.
 * {@code PUT /api/monitor/dossiers/{id}} updates it through the incremental API, so only that dossier is derived
 * again. In memory only, like the stored audits.
 */
@Component
public class LopendeMonitor {

    private final Normcatalogus catalogus;
    private final AuditOpslag opslag;
    private Testmonitor monitor;
    private OrganisatieFeiten feiten;
    private String bron;
    private Instant geladen = Instant.EPOCH;

    public LopendeMonitor(Normcatalogus catalogus, AuditOpslag opslag) {
        this.catalogus = catalogus;
        this.opslag = opslag;
    }

    /** The current overview with workload and work stock; empty when no set was uploaded or audited yet. */
    public synchronized Optional<Monitoroverzicht> overzicht() {
        Optional<OpgeslagenAudit> laatste = opslag.laatste();
        if (laatste.isPresent() && laatste.get().gemaakt().isAfter(geladen)
                && !laatste.get().id().equals(bron)) {
            laad(laatste.get().set(), laatste.get().id(), laatste.get().gemaakt());
        }
        return monitor == null ? Optional.empty() : Optional.of(Monitor.volledig(monitor, catalogus, feiten));
    }

    /** Replaces the running monitor by one on this set (an upload on the page). */
    public synchronized void laad(Auditset set, String naam) {
        laad(set, naam, Instant.now());
    }

    private void laad(Auditset set, String naam, Instant wanneer) {
        Testmonitor nieuw = new Testmonitor(catalogus, set.peildatum(), Monitor.STANDAARD_HORIZON, set.dossiers());
        if (monitor != null) {
            monitor.close();
        }
        monitor = nieuw;
        feiten = set.organisatieFeiten();
        bron = naam;
        geladen = wanneer;
    }

    public synchronized Optional<Testmonitor> monitor() {
        overzicht(); // picks up a newer stored audit first
        return Optional.ofNullable(monitor);
    }

    /** The dossier as the monitor currently holds it. */
    public synchronized Optional<Dossier> dossier(String id) {
        return monitor == null ? Optional.empty()
                : monitor.dossiers().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Updates one dossier; returns its new open signals. */
    public synchronized List<Monitorsignaal> bijwerken(Dossier d) {
        if (monitor == null) {
            throw new IllegalStateException("geen lopende monitor");
        }
        monitor.bijwerken(d);
        return monitor.signalen(d.id());
    }

    public synchronized String bron() {
        return bron;
    }
}
