package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.normtoets.dossier.Afwijzing;

import org.kie.api.KieBase;
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
    public static final int STANDAARD_BATCH = 2_000;

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
                        afgewezen.add(new Afwijzing(d.id(), List.of("dossier " + d.id()
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
            List<Bevinding> uit = new ArrayList<>(batch.size() * indicatoren.size());
            for (Object o : sessie.getObjects(o -> o instanceof Bevinding)) {
                uit.add((Bevinding) o);
            }
            controleerVolledig(indicatoren, batch, uit);
            sorteer(indicatoren, batch, uit);
            return uit;
        } finally {
            sessie.dispose();
        }
    }

    /** Working memory has no order; the report lists findings by input dossier, then catalog indicator. */
    private static void sorteer(List<Indicator> indicatoren, List<Dossier> batch, List<Bevinding> uit) {
        Map<String, Integer> dossierVolgorde = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            dossierVolgorde.put(batch.get(i).id(), i);
        }
        Map<String, Integer> indicatorVolgorde = new HashMap<>();
        for (int i = 0; i < indicatoren.size(); i++) {
            indicatorVolgorde.put(indicatoren.get(i).id(), i);
        }
        uit.sort(Comparator.comparing((Bevinding b) -> dossierVolgorde.get(b.dossier()))
                .thenComparing(b -> indicatorVolgorde.get(b.indicator())));
    }

    /** Every (indicator, dossier) must yield exactly one finding; anything else is a defect in the rules. */
    private static void controleerVolledig(List<Indicator> indicatoren, Collection<Dossier> batch,
                                           List<Bevinding> uit) {
        Map<String, Integer> perDossier = new HashMap<>();
        for (Bevinding b : uit) {
            perDossier.merge(b.dossier(), 1, Integer::sum);
        }
        for (Dossier d : batch) {
            int n = perDossier.getOrDefault(d.id(), 0);
            if (n != indicatoren.size()) {
                Map<String, Integer> perIndicator = new HashMap<>();
                uit.stream().filter(b -> d.id().equals(b.dossier()))
                        .forEach(b -> perIndicator.merge(b.indicator(), 1, Integer::sum));
                List<String> fout = indicatoren.stream().map(Indicator::id)
                        .filter(id -> perIndicator.getOrDefault(id, 0) != 1).toList();
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
