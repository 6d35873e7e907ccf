package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.normtoets.dossier.Afwijzing;

import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;

/**
 * Runs the dossier rules: catalog indicators, the peildatum and the dossiers go into a fresh session; findings come
 * out. Dossiers are evaluated in batches (they do not influence each other), which bounds working memory. If a rule
 * fails on a batch, its dossiers are retried one by one so a single malformed dossier is rejected, not the run.
 */
public final class AuditEngine {

    /** Dossiers per session; large enough to amortise session set-up, small enough to bound memory. */
    public static final int STANDAARD_BATCH = 500;

    private final KieBase kieBase;
    private final int batchgrootte;

    public AuditEngine() {
        this(RegelBasis.gedeeld(), STANDAARD_BATCH);
    }

    public AuditEngine(KieBase kieBase, int batchgrootte) {
        this.kieBase = kieBase;
        this.batchgrootte = batchgrootte;
    }

    public Evaluatie evalueer(Normcatalogus catalogus, LocalDate peildatum, List<Dossier> dossiers) {
        List<Indicator> indicatoren = catalogus.indicatoren(Niveau.DOSSIER);
        List<Bevinding> bevindingen = new ArrayList<>(dossiers.size() * indicatoren.size());
        List<Afwijzing> afgewezen = new ArrayList<>();
        for (int van = 0; van < dossiers.size(); van += batchgrootte) {
            List<Dossier> batch = dossiers.subList(van, Math.min(dossiers.size(), van + batchgrootte));
            try {
                bevindingen.addAll(vuur(indicatoren, peildatum, batch));
            } catch (RuntimeException batchFout) {
                for (Dossier d : batch) {
                    try {
                        bevindingen.addAll(vuur(indicatoren, peildatum, List.of(d)));
                    } catch (RuntimeException e) {
                        afgewezen.add(new Afwijzing(d.id(), d.team(), List.of("dossier " + d.id()
                                + ": kon niet worden getoetst: " + oorzaak(e))));
                    }
                }
            }
        }
        return new Evaluatie(bevindingen, afgewezen);
    }

    private List<Bevinding> vuur(List<Indicator> indicatoren, LocalDate peildatum, List<Dossier> batch) {
        KieSession sessie = kieBase.newKieSession();
        try {
            sessie.insert(new Toetsing(peildatum));
            indicatoren.forEach(sessie::insert);
            batch.forEach(sessie::insert);
            sessie.fireAllRules();
            Bevinding[] vakken = new Bevinding[batch.size() * indicatoren.size()];
            Plaatsing plaatsing = new Plaatsing(indicatoren, batch);
            for (Object o : sessie.getObjects(new ClassObjectFilter(Bevinding.class))) {
                plaatsing.plaats((Bevinding) o, vakken);
            }
            plaatsing.controleerVolledig(vakken);
            return Arrays.asList(vakken);
        } finally {
            sessie.dispose();
        }
    }

    /**
     * Working memory has no order; the report lists findings by input dossier, then catalog indicator. Each finding
     * goes straight into its slot (dossier position x indicator position), which also proves that every
     * (indicator, dossier) got exactly one finding: anything else is a defect in the rules.
     */
    private static final class Plaatsing {
        private final List<Indicator> indicatoren;
        private final Map<String, Integer> dossierPositie;
        private final Map<String, Integer> indicatorPositie;
        private final List<String> dubbel = new ArrayList<>();

        Plaatsing(List<Indicator> indicatoren, List<Dossier> batch) {
            this.indicatoren = indicatoren;
            this.dossierPositie = new HashMap<>(batch.size() * 2);
            for (int i = 0; i < batch.size(); i++) {
                dossierPositie.put(batch.get(i).id(), i);
            }
            this.indicatorPositie = new HashMap<>(indicatoren.size() * 2);
            for (int i = 0; i < indicatoren.size(); i++) {
                indicatorPositie.put(indicatoren.get(i).id(), i);
            }
        }

        void plaats(Bevinding b, Bevinding[] vakken) {
            Integer d = b.dossier() == null ? null : dossierPositie.get(b.dossier());
            Integer i = indicatorPositie.get(b.indicator());
            if (d == null || i == null) {
                throw new IllegalStateException("regels gaven een bevinding voor indicator " + b.indicator()
                        + " die niet bij een getoetst dossier of catalogusindicator hoort");
            }
            int vak = d * indicatoren.size() + i;
            if (vakken[vak] != null) {
                dubbel.add(b.indicator());
            }
            vakken[vak] = b;
        }

        void controleerVolledig(Bevinding[] vakken) {
            Set<String> fout = new TreeSet<>(dubbel);
            for (int v = 0; v < vakken.length; v++) {
                if (vakken[v] == null) {
                    fout.add(indicatoren.get(v % indicatoren.size()).id());
                }
            }
            if (!fout.isEmpty()) {
                throw new IllegalStateException("regels gaven niet precies een bevinding voor indicator(en) " + fout
                        + " (controleer of elke indicator uit de catalogus een regel heeft)");
            }
        }
    }

    private static String oorzaak(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
