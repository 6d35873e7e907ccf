package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bevindingen;
import nl.normtoets.engine.Gezin;
import nl.normtoets.engine.RegelBasis;
import nl.normtoets.engine.Toepassing;
import nl.normtoets.engine.Toetsing;
import nl.normtoets.norm.CatalogusFout;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;

/**
 * A long-running monitor for one peildatum: ONE stateful session with the audit rules plus {@code monitor.drl}.
 * All dossiers are inserted once; {@link #bijwerken} replaces one dossier and re-derives only its signals, the
 * other dossiers' signal lists stay the same objects. A new day means a new Testmonitor (every deadline moves).
 *
 * <p>The audit rules record their findings in the session's {@code bevindingen} global (see {@link Bevindingen}), which
 * this class keeps per dossier, so on an update it drops the old dossier's findings itself; the monitor facts are
 * {@code insertLogical} and go with the dossier fact.
 * Not thread-safe beyond its own lock: callers share one instance through the synchronized methods.
 */
public final class Testmonitor implements AutoCloseable {

    private final LocalDate peildatum;
    private final int horizon;
    private final KieSession sessie;
    private final Signaalafleiding afleiding;
    private final Datakwaliteit datakwaliteit;
    private final Map<String, FactHandle> dossierFeiten = new LinkedHashMap<>();
    private final Map<String, Dossier> dossiers = new HashMap<>();
    /** Monitor facts the rules derived, per dossier id, kept current by a listener so an update needs no full scan. */
    private final Map<String, Map<FactHandle, Object>> afgeleid = new HashMap<>();
    /** The audit findings per dossier id, in the order the rules recorded them. */
    private final Map<String, List<Bevinding>> genoteerd = new HashMap<>();
    private final Map<String, List<Monitorsignaal>> signalen = new HashMap<>();
    /** First terms met late, per dossier: history, kept out of the morning list. */
    private final Map<String, List<Monitorsignaal>> teLaat = new HashMap<>();
    private final Map<String, List<Registratiefout>> fouten = new HashMap<>();
    /** Dossiers a rule failed on; kept out of the session so one bad dossier does not stop the monitor. */
    private final Map<String, Afwijzing> afgewezen = new LinkedHashMap<>();

    public Testmonitor(Normcatalogus catalogus, LocalDate peildatum, int horizonDagen, Collection<Dossier> alle) {
        this(RegelBasis.gedeeld(), catalogus, peildatum, horizonDagen, alle);
    }

    public Testmonitor(KieBase kieBase, Normcatalogus catalogus, LocalDate peildatum, int horizonDagen,
                       Collection<Dossier> alle) {
        this.peildatum = peildatum;
        this.horizon = horizonDagen;
        this.afleiding = new Signaalafleiding(peildatum, horizonDagen);
        this.datakwaliteit = new Datakwaliteit(catalogus);
        this.sessie = kieBase.newKieSession();
        sessie.setGlobal(Bevindingen.GLOBAL, (Bevindingen) b -> genoteerd.computeIfAbsent(b.dossier(),
                k -> new ArrayList<>()).add(b));
        sessie.addEventListener(new Index());
        sessie.insert(new Monitorsessie());
        sessie.insert(new Toetsing(peildatum));
        catalogus.indicatoren(Niveau.DOSSIER).forEach(sessie::insert);
        Toepassing.van(catalogus.indicatoren(Niveau.DOSSIER)).forEach(sessie::insert);
        // families for the cross-dossier rule (1a.2-D), as the audit engine builds them; an update of one dossier
        // re-judges that dossier against the siblings as they were when this monitor started
        Gezin.uit(alle).values().forEach(sessie::insert);
        for (Dossier d : alle) {
            if (dossierFeiten.containsKey(d.id()) || afgewezen.containsKey(d.id())) {
                throw new IllegalArgumentException("dossier " + d.id() + " staat er dubbel in");
            }
            voegToe(d); // fired per dossier: only its own rules fire, and a failure is attributed to it
        }
    }

    /**
     * Replaces (or adds) one dossier and re-derives only its signals and registration errors. Returns false when a
     * rule failed on the new version: it is then listed in {@link #afgewezen()} and has no signals.
     */
    public synchronized boolean bijwerken(Dossier nieuw) {
        FactHandle oud = dossierFeiten.remove(nieuw.id());
        if (oud != null) {
            trekIn(nieuw.id(), oud);
        }
        afgewezen.remove(nieuw.id());
        return voegToe(nieuw);
    }

    private boolean voegToe(Dossier d) {
        FactHandle h = sessie.insert(d);
        try {
            sessie.fireAllRules();
        } catch (RuntimeException e) {
            trekIn(d.id(), h);
            CatalogusFout.herwerpOorzaak(e); // a catalog error is no dossier's fault: stop
            afgewezen.put(d.id(), new Afwijzing(d.id(), d.team(), List.of("dossier " + d.id()
                    + ": kon niet worden getoetst: " + oorzaak(e))));
            return false;
        }
        dossierFeiten.put(d.id(), h);
        dossiers.put(d.id(), d);
        leidAf(d);
        return true;
    }

    /** The audit findings are not facts: drop them here; the monitor facts go with the dossier fact. */
    private void trekIn(String id, FactHandle dossierFeit) {
        genoteerd.remove(id);
        sessie.delete(dossierFeit);
        dossiers.remove(id);
        signalen.remove(id);
        teLaat.remove(id);
        fouten.remove(id);
    }

    /** Dossiers the rules could not evaluate, with the reason. */
    public synchronized List<Afwijzing> afgewezen() {
        return List.copyOf(afgewezen.values());
    }

    private static String oorzaak(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** All current signals, most urgent first. */
    public synchronized List<Monitorsignaal> signalen() {
        List<Monitorsignaal> uit = new ArrayList<>();
        dossierFeiten.keySet().forEach(id -> uit.addAll(signalen.get(id)));
        uit.sort(Signaalafleiding.VOLGORDE);
        return List.copyOf(uit);
    }

    /** First terms that were met, only late: no longer on the list, kept for whoever wants them. */
    public synchronized List<Monitorsignaal> afgehandeldTeLaat() {
        List<Monitorsignaal> uit = new ArrayList<>();
        dossierFeiten.keySet().forEach(id -> uit.addAll(teLaat.get(id)));
        uit.sort(Signaalafleiding.VOLGORDE);
        return List.copyOf(uit);
    }

    /** The dossiers currently in the monitor (accepted by the rules), in insertion order. */
    public synchronized List<Dossier> dossiers() {
        return dossierFeiten.keySet().stream().map(dossiers::get).toList();
    }

    /** The open signals of one dossier (the same list object until that dossier is updated). */
    public synchronized List<Monitorsignaal> signalen(String dossierId) {
        return signalen.getOrDefault(dossierId, List.of());
    }

    public synchronized List<Registratiefout> registratiefouten() {
        List<Registratiefout> uit = new ArrayList<>();
        dossierFeiten.keySet().forEach(id -> uit.addAll(fouten.get(id)));
        return List.copyOf(uit);
    }

    /**
     * The audit findings the monitor is currently based on, for one dossier, with its team, regio, gemeente and
     * maatregel as the audit places them (the session holds them as the rules made them).
     */
    public synchronized List<Bevinding> bevindingen(String dossierId) {
        Dossier d = dossiers.get(dossierId);
        return genoteerd.getOrDefault(dossierId, List.of()).stream()
                .map(b -> d == null ? b : b.metKenmerken(d)).toList();
    }

    public synchronized Monitoroverzicht overzicht() {
        return new Monitoroverzicht(peildatum, horizon, signalen(), registratiefouten(), afgewezen(),
                afgehandeldTeLaat());
    }

    public LocalDate peildatum() {
        return peildatum;
    }

    @Override
    public synchronized void close() {
        sessie.dispose();
    }

    private void leidAf(Dossier d) {
        List<Bevinding> bevindingen = genoteerd.getOrDefault(d.id(), List.of());
        List<Termijnfeit> termijnen = new ArrayList<>();
        for (Object o : afgeleid.getOrDefault(d.id(), Map.of()).values()) {
            if (o instanceof Termijnfeit t) {
                termijnen.add(t);
            }
        }
        List<Registratiefout> f = datakwaliteit.controleer(d, peildatum);
        Signaalafleiding.Afleiding a = afleiding.afleiden(d, bevindingen, termijnen, f);
        signalen.put(d.id(), a.open());
        teLaat.put(d.id(), a.afgehandeldTeLaat());
        fouten.put(d.id(), f);
    }

    /** Indexes derived facts by dossier as the engine inserts and retracts them. */
    private final class Index extends DefaultRuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            String id = dossierVan(event.getObject());
            if (id != null) {
                afgeleid.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(event.getFactHandle(), event.getObject());
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            String id = dossierVan(event.getOldObject());
            if (id != null) {
                Map<FactHandle, Object> m = afgeleid.get(id);
                if (m != null) {
                    m.remove(event.getFactHandle());
                }
            }
        }

        private static String dossierVan(Object o) {
            return o instanceof Termijnfeit t ? t.dossier() : null;
        }
    }
}
