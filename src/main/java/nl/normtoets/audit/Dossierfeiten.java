package nl.normtoets.audit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Wachtreden;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Meetperiode;

/**
 * What scoring needs to know about a finding's dossier: its start (measurement period, month table), whether it
 * runs on the peildatum, and the recorded reason why its help waited. Looked up by dossier id, so findings stay as
 * the rules made them.
 */
final class Dossierfeiten {

    private final Map<String, Dossier> perId;
    private final Normcatalogus catalogus;
    /** Per norm id, from the catalog: asked for every finding, so looked up once per norm. */
    private final Map<String, Boolean> startfase = new HashMap<>();
    private final Map<String, Map<String, Boolean>> uitHulp = new HashMap<>();

    Dossierfeiten(List<Dossier> dossiers, Normcatalogus catalogus) {
        this.perId = new HashMap<>(dossiers.size() * 2);
        this.catalogus = catalogus;
        dossiers.forEach(d -> perId.putIfAbsent(d.id(), d));
    }

    LocalDate startdatum(Bevinding b) {
        Dossier d = b.dossier() == null ? null : perId.get(b.dossier());
        return d == null ? null : d.startdatum();
    }

    /**
     * Start-phase norms: the dossier started in the period (boundaries inclusive). Recurring norms: the dossier runs
     * on the peildatum. Organisation findings always count: the period is about dossiers.
     */
    boolean telt(Bevinding b, Meetperiode periode, LocalDate peildatum) {
        Dossier d = b.dossier() == null ? null : perId.get(b.dossier());
        if (d == null) {
            return true;
        }
        if (startfase.computeIfAbsent(b.norm(), catalogus::startfase)) {
            return periode.bevat(d.startdatum());
        }
        return !d.startdatum().isAfter(peildatum) && (d.einddatum() == null || !d.einddatum().isBefore(peildatum));
    }

    /**
     * For indicators the catalog names under a norm's {@code buitenInvloed}, the reason recorded on the dossier's
     * help (the earliest requested help that has one: the first help is what norm 2.2 waits for); otherwise a
     * reason the finding's own evidence carries.
     */
    Wachtreden wachtreden(Bevinding b) {
        Dossier d = b.dossier() == null ? null : perId.get(b.dossier());
        boolean metHulpreden = d != null && uitHulp.computeIfAbsent(b.norm(), k -> new HashMap<>())
                .computeIfAbsent(b.indicator(), k -> catalogus.norm(b.norm())
                        .map(n -> n.buitenInvloed().containsKey(b.indicator())).orElse(false));
        if (metHulpreden) {
            Wachtreden r = d.hulp().stream().filter(h -> h.wachtreden() != null)
                    .sorted(Comparator.comparing(Hulp::aangevraagd, Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(Hulp::wachtreden).filter(Objects::nonNull).findFirst().orElse(null);
            if (r != null) {
                return r;
            }
        }
        return Beoordelaar.REDEN_UIT_BEWIJS.apply(b);
    }
}
