package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.normtoets.dossier.Afwijzing;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.norm.CatalogusFout;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;

/**
 * Runs the dossier rules: catalog indicators, the peildatum and the dossiers go into a fresh session; findings come
 * out. Dossiers are evaluated in batches (they do not influence each other, except through their family: see
 * {@link Gezin}), which bounds working memory and lets
 * batches run side by side on the machine's cores. If a rule fails on a batch, its dossiers are retried one by one
 * so a single malformed dossier is rejected, not the run.
 */
public final class AuditEngine {

    /**
     * Dossiers per session. Each session costs its node memories and segments whatever it holds, so fewer, larger
     * sessions judge faster now that findings are not facts (they go to a list, {@link Bevindingen}): sessions of
     * 500 judged the 100 000-dossier bench set in about 4.7 s against 6.4 s for sessions of 100 (2 cores,
     * 2026-12-03, docs/benchmark.md). When findings were inserted, 100 was the faster size: the identity-keyed
     * fact store grew with them. The streaming audit's tasks are 500 dossiers too, so each is one session.
     */
    public static final int STANDAARD_BATCH = 500;

    private final KieBase kieBase;
    private final Set<String> gedekt;
    private final int batchgrootte;
    private final int draden;
    private final ExecutorService pool;

    public AuditEngine() {
        this(RegelBasis.gedeeld(), STANDAARD_BATCH);
    }

    public AuditEngine(KieBase kieBase, int batchgrootte) {
        this(kieBase, batchgrootte, Runtime.getRuntime().availableProcessors());
    }

    /** {@code draden}: how many batches run at once (each in its own session); 1 runs them one after another. */
    public AuditEngine(KieBase kieBase, int batchgrootte, int draden) {
        if (batchgrootte < 1 || draden < 1) {
            throw new IllegalArgumentException("batchgrootte en draden zijn ten minste 1");
        }
        this.kieBase = kieBase;
        this.gedekt = Regeldekking.gedekteIndicatoren(kieBase);
        this.batchgrootte = batchgrootte;
        this.draden = draden;
        this.pool = draden > 1 ? pool(draden) : null;
    }

    /**
     * Findings in input order (dossier, then catalog indicator), whatever the number of threads: each batch's
     * result goes to its own place.
     */
    public Toetsuitslag evalueer(Normcatalogus catalogus, LocalDate peildatum, List<Dossier> dossiers) {
        return evalueer(catalogus, peildatum, dossiers, (batch, bevindingen) -> null).uitslag();
    }

    /**
     * What a caller does with each batch's findings on the worker that made them, while they are still in its
     * cache (the in-memory audit counts them there for scoring, instead of walking millions of findings again).
     */
    @FunctionalInterface
    public interface Batchverwerking<T> {
        /** {@code bevindingen}: the findings of {@code batch} in input order (none for a dossier that was rejected). */
        T verwerk(List<Dossier> batch, List<Bevinding> bevindingen);
    }

    /** The findings, and what {@link Batchverwerking} made of each batch, in input order. */
    public record Verwerkt<T>(Toetsuitslag uitslag, List<T> perBatch) {
    }

    /** As {@link #evalueer(Normcatalogus, LocalDate, List)}, with {@code verwerking} applied to each batch. */
    public <T> Verwerkt<T> evalueer(Normcatalogus catalogus, LocalDate peildatum, List<Dossier> dossiers,
                                    Batchverwerking<T> verwerking) {
        List<String> zonderRegel = Regeldekking.zonderRegel(catalogus, gedekt);
        if (!zonderRegel.isEmpty()) {
            throw new CatalogusFout("de normcatalogus noemt dossier-indicator(en) " + zonderRegel + " waarvoor geen "
                    + "regel bestaat; een regel noemt zijn indicator in zijn metadata, bijvoorbeeld "
                    + "@indicator(\"1a.3-A\")");
        }
        List<Indicator> indicatoren = catalogus.indicatoren(Niveau.DOSSIER);
        List<Toepassing> toepassingen = Toepassing.van(indicatoren); // variants resolved once per audit
        // the one cross-dossier rule (1a.2-D) needs each family whole: built once from the whole set, before batching
        Map<String, Gezin> gezinnen = Gezin.uit(dossiers);
        int aantal = (dossiers.size() + batchgrootte - 1) / batchgrootte;
        List<Batchuitslag> uitslagen = new ArrayList<>(Collections.nCopies(aantal, null));
        List<T> verwerkt = new ArrayList<>(Collections.nCopies(aantal, null));
        IntConsumer doeBatch = k -> {
            int van = k * batchgrootte;
            List<Dossier> batch = dossiers.subList(van, Math.min(dossiers.size(), van + batchgrootte));
            Batchuitslag u = batch(indicatoren, toepassingen, gezinnen, peildatum, batch);
            verwerkt.set(k, verwerking.verwerk(batch, u.bevindingen()));
            uitslagen.set(k, u);
        };
        int n = Math.min(draden, aantal);
        if (n <= 1) {
            IntStream.range(0, aantal).forEach(doeBatch);
        } else {
            parallel(aantal, n, doeBatch);
        }
        List<Bevinding> bevindingen = new ArrayList<>(dossiers.size() * indicatoren.size());
        List<Afwijzing> afgewezen = new ArrayList<>();
        for (Batchuitslag u : uitslagen) {
            bevindingen.addAll(u.bevindingen());
            afgewezen.addAll(u.afgewezen());
        }
        return new Verwerkt<>(new Toetsuitslag(bevindingen, afgewezen), verwerkt);
    }

    /**
     * Batches taken in order by {@code n} workers on this engine's pool, which concurrent audits (the web service)
     * share, so the threads stay bounded by {@code draden}. The first failure of any kind stops this audit's other
     * workers and is rethrown as it is: a rule failure is handled per dossier before it gets here, so what arrives
     * is a catalog error or an {@link Error} such as {@link OutOfMemoryError}.
     *
     * <p>Why a latch and not {@code Future.get()}: a worker that runs out of memory may fail again while its failure
     * is being recorded (a {@code FutureTask} allocates for that), and then nobody completes its future and the
     * caller waits forever. Counting down in a {@code finally} and keeping the first failure in a field allocate
     * nothing, so the caller always wakes up.
     */
    private void parallel(int aantal, int n, IntConsumer doeBatch) {
        AtomicInteger volgende = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> eersteFout = new AtomicReference<>();
        CountDownLatch klaar = new CountDownLatch(n);
        List<Future<?>> werkers = new ArrayList<>(n);
        try {
            for (int w = 0; w < n; w++) {
                werkers.add(pool.submit(() -> {
                    try {
                        for (int k = volgende.getAndIncrement(); k < aantal && !stop.get()
                                && !Thread.currentThread().isInterrupted(); k = volgende.getAndIncrement()) {
                            doeBatch.accept(k);
                        }
                    } catch (Throwable e) {
                        eersteFout.compareAndSet(null, e);
                        stop.set(true);
                    } finally {
                        klaar.countDown();
                    }
                }));
            }
            // wake up now and then, so the first failure stops the run without waiting for the other workers
            while (!klaar.await(100, TimeUnit.MILLISECONDS) && eersteFout.get() == null) {
                // waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit onderbroken", e);
        } finally {
            stop.set(true);
            werkers.forEach(f -> f.cancel(true));
        }
        Throwable fout = eersteFout.get();
        if (fout instanceof RuntimeException re) {
            throw re;
        }
        if (fout instanceof Error e) {
            throw e;
        }
        if (fout != null) {
            throw new IllegalStateException(fout);
        }
    }

    /** Daemon threads that end after a minute idle: an engine kept by a service costs nothing between audits. */
    private static ThreadPoolExecutor pool(int draden) {
        AtomicInteger nummer = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(draden, draden, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "normtoets-audit-" + nummer.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private record Batchuitslag(List<Bevinding> bevindingen, List<Afwijzing> afgewezen) {
    }

    /**
     * One batch; if a rule fails on it, its dossiers one by one, so only the dossier at fault is rejected. A catalog
     * error (a parameter a rule needs is missing or wrong) is nobody's dossier's fault: it stops the audit.
     */
    private Batchuitslag batch(List<Indicator> indicatoren, List<Toepassing> toepassingen, Map<String, Gezin> gezinnen,
                               LocalDate peildatum, List<Dossier> batch) {
        try {
            return new Batchuitslag(vuur(indicatoren, toepassingen, gezinnen, peildatum, batch), List.of());
        } catch (RuntimeException batchFout) {
            CatalogusFout.herwerpOorzaak(batchFout);
            List<Bevinding> bevindingen = new ArrayList<>();
            List<Afwijzing> afgewezen = new ArrayList<>();
            for (Dossier d : batch) {
                try {
                    bevindingen.addAll(vuur(indicatoren, toepassingen, gezinnen, peildatum, List.of(d)));
                } catch (RuntimeException e) {
                    CatalogusFout.herwerpOorzaak(e);
                    afgewezen.add(new Afwijzing(d.id(), d.team(), List.of("dossier " + d.id()
                            + ": kon niet worden getoetst: " + oorzaak(e))));
                }
            }
            return new Batchuitslag(bevindingen, afgewezen);
        }
    }

    private List<Bevinding> vuur(List<Indicator> indicatoren, List<Toepassing> toepassingen, Map<String, Gezin> gezinnen,
                                 LocalDate peildatum, List<Dossier> batch) {
        KieSession sessie = kieBase.newKieSession();
        Bevindingen.Lijst genoteerd = new Bevindingen.Lijst();
        try {
            sessie.setGlobal(Bevindingen.GLOBAL, genoteerd);
            sessie.insert(new Toetsing(peildatum));
            indicatoren.forEach(sessie::insert); // for the rule on maatregelen an indicator does not apply to
            toepassingen.forEach(sessie::insert);
            batch.forEach(sessie::insert);
            Gezin.van(batch, gezinnen).forEach(sessie::insert);
            sessie.fireAllRules();
            Bevinding[] vakken = new Bevinding[batch.size() * indicatoren.size()];
            Plaatsing plaatsing = new Plaatsing(indicatoren, batch);
            for (Bevinding b : genoteerd.alle()) {
                plaatsing.plaats(b, vakken);
            }
            plaatsing.controleerVolledig(vakken);
            return Arrays.asList(vakken);
        } finally {
            sessie.dispose();
        }
    }

    /**
     * The rules fire in no particular order; the report lists findings by input dossier, then catalog indicator. Each finding
     * goes straight into its slot (dossier position x indicator position), which also proves that every
     * (indicator, dossier) got exactly one finding: anything else is a defect in the rules.
     */
    private static final class Plaatsing {
        private final List<Indicator> indicatoren;
        private final List<Dossier> batch;
        private final Map<String, Integer> dossierPositie;
        private final Map<String, Integer> indicatorPositie;
        private final List<String> dubbel = new ArrayList<>();

        Plaatsing(List<Indicator> indicatoren, List<Dossier> batch) {
            this.indicatoren = indicatoren;
            this.batch = batch;
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
            // the dossier's team, regio, gemeente and maatregel go with each finding (report contract extension)
            vakken[vak] = b.metKenmerken(batch.get(d));
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
