package nl.normtoets.audit;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.RegelBasis;
import nl.normtoets.engine.Toetsuitslag;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.OrganisatieEngine;
import nl.normtoets.organisatie.OrganisatieTelling;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Bevindingenspool;
import nl.normtoets.report.Rapportopbouw;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.thema4.Thema4Telling;

/**
 * The same audit as {@link Audit}, in memory independent of the number of dossiers: the reader parses and checks
 * the dossiers on the calling thread and hands them on in batches; worker threads judge the batches, at most a few
 * batches ahead (a bounded queue); the calling thread takes the results back in input order and writes every
 * finding to a {@link Bevindingenspool}. What is kept is what the summary needs: outcome counts per indicator,
 * the theme-4 and theme-5 aggregates ({@link Thema4Telling}, {@link OrganisatieTelling}) and the rejections. The
 * result is a report without findings (the skeleton) whose counts include the spooled findings; the spool writes
 * the full report, byte for byte the one {@link Audit} gives, whatever the number of threads.
 */
public final class Stroomaudit {

    private final AuditEngine engine;
    private final OrganisatieEngine organisatieEngine;
    private final int draden;
    private final int batchgrootte;

    public Stroomaudit() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** {@code draden}: worker threads that judge batches; the reader is the calling thread. */
    public Stroomaudit(int draden) {
        this(draden, AuditEngine.STANDAARD_BATCH, new OrganisatieEngine());
    }

    public Stroomaudit(int draden, int batchgrootte, OrganisatieEngine organisatieEngine) {
        if (draden < 1 || batchgrootte < 1) {
            throw new IllegalArgumentException("draden en batchgrootte zijn ten minste 1");
        }
        // one batch per call, judged on the calling worker: the engine's own pool is not needed
        this.engine = new AuditEngine(RegelBasis.gedeeld(), batchgrootte, 1);
        this.organisatieEngine = organisatieEngine;
        this.draden = draden;
        this.batchgrootte = batchgrootte;
    }

    public Auditrapport voerUit(InputStream in, String bron, LocalDate peildatumOverride, Normcatalogus catalogus,
                                Bevindingenspool spool) {
        return voerUit(o -> new AuditsetLezer().lees(in, bron, peildatumOverride, o), catalogus, spool);
    }

    public Auditrapport voerUit(Path bestand, LocalDate peildatumOverride, Normcatalogus catalogus,
                                Bevindingenspool spool) {
        return voerUit(o -> new AuditsetLezer().lees(bestand, peildatumOverride, o), catalogus, spool);
    }

    private Auditrapport voerUit(Function<AuditsetLezer.Ontvanger, Auditset> lees, Normcatalogus catalogus,
                                 Bevindingenspool spool) {
        ExecutorService werkers = Executors.newFixedThreadPool(draden, werker());
        try {
            Loop loop = new Loop(catalogus, spool, werkers);
            Auditset set = lees.apply(loop::dossier);
            loop.rondAf(set.peildatum());
            return loop.rapport(set, catalogus);
        } finally {
            werkers.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory werker() {
        AtomicInteger nummer = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "normtoets-toets-" + nummer.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The state of one streaming audit, all on the reader's thread except {@link Taak#run}. */
    private final class Loop {
        private final Normcatalogus catalogus;
        private final Bevindingenspool spool;
        private final ExecutorService werkers;
        private final ArrayDeque<Taak> onderweg = new ArrayDeque<>();
        private final Map<String, EnumMap<Uitkomst, Integer>> tellingen = new LinkedHashMap<>();
        private final Map<String, EnumMap<Uitkomst, Bevinding>> voorbeelden = new LinkedHashMap<>();
        private final List<Afwijzing> afgewezenDoorEngine = new ArrayList<>();
        private List<Dossier> batch = new ArrayList<>();
        private LocalDate peildatum;
        private Thema4Telling thema4;
        private OrganisatieTelling organisatie;
        private int getoetst;

        Loop(Normcatalogus catalogus, Bevindingenspool spool, ExecutorService werkers) {
            this.catalogus = catalogus;
            this.spool = spool;
            this.werkers = werkers;
        }

        void dossier(Dossier d, LocalDate peil) {
            begin(peil);
            getoetst++;
            thema4.voegToe(d);
            organisatie.voegToe(d);
            batch.add(d);
            if (batch.size() == batchgrootte) {
                verstuur();
            }
        }

        private void begin(LocalDate peil) {
            if (peildatum == null) {
                peildatum = peil;
                thema4 = new Thema4Telling(peil);
                organisatie = new OrganisatieTelling(peil);
            }
        }

        private void verstuur() {
            Taak taak = new Taak(batch, peildatum, catalogus);
            batch = new ArrayList<>();
            // bounded: at most two batches per worker are judged or waiting, so memory does not grow with the set
            while (onderweg.size() >= 2 * draden) {
                verwerk(onderweg.removeFirst());
            }
            onderweg.addLast(taak);
            werkers.execute(taak);
        }

        void rondAf(LocalDate peil) {
            begin(peil);
            if (!batch.isEmpty()) {
                verstuur();
            }
            while (!onderweg.isEmpty()) {
                verwerk(onderweg.removeFirst());
            }
        }

        /** In input order: the oldest batch first, whatever finished first. */
        private void verwerk(Taak taak) {
            Toetsuitslag uitslag = taak.wacht();
            uitslag.bevindingen().forEach(this::schrijf);
            afgewezenDoorEngine.addAll(uitslag.afgewezen());
        }

        private void schrijf(Bevinding b) {
            spool.schrijf(b);
            tellingen.computeIfAbsent(b.indicator(), k -> new EnumMap<>(Uitkomst.class)).merge(b.uitkomst(), 1,
                    Integer::sum);
            voorbeelden.computeIfAbsent(b.indicator(), k -> new EnumMap<>(Uitkomst.class)).putIfAbsent(b.uitkomst(), b);
        }

        Auditrapport rapport(Auditset set, Normcatalogus catalogus) {
            List<Afwijzing> afgewezen = new ArrayList<>(set.afgewezen());
            afgewezen.addAll(afgewezenDoorEngine);
            Audit.Organisatiedeel org = Audit.organisatie(organisatieEngine, set, catalogus, organisatie);
            org.bevindingen().forEach(this::schrijf);
            var resultaat = Beoordelaar.beoordeel(catalogus, herhaald(), Audit.redenPerOrganisatiethema(catalogus,
                    org.reden()));
            int ingelezen = getoetst + set.afgewezen().size();
            Auditrapport r = Rapportopbouw.maak(set.peildatum(), set.organisatie(), catalogus.versie(), ingelezen,
                    resultaat, List.of(), afgewezen, org.fouten(), thema4.cijfers());
            Auditrapport.Aantallen a = r.aantallen();
            return new Auditrapport(r.peildatum(), r.organisatie(), r.catalogusVersie(),
                    new Auditrapport.Aantallen(a.dossiersIngelezen(), a.dossiersGetoetst(), a.dossiersAfgewezen(),
                            spool.aantal()),
                    r.normen(), r.themas(), List.of(), r.afgewezen(), r.organisatieFouten(), r.thema4());
        }

        /**
         * The findings as {@link Beoordelaar} counts them (indicator and outcome), without keeping them: one real
         * finding per indicator and outcome, repeated as often as that outcome occurred.
         */
        private Iterable<Bevinding> herhaald() {
            List<Map.Entry<Bevinding, Integer>> paren = new ArrayList<>();
            tellingen.forEach((indicator, perUitkomst) -> perUitkomst.forEach((u, n) ->
                    paren.add(Map.entry(voorbeelden.get(indicator).get(u), n))));
            return () -> new Iterator<>() {
                private int paar;
                private int binnen;

                @Override
                public boolean hasNext() {
                    while (paar < paren.size() && binnen >= paren.get(paar).getValue()) {
                        paar++;
                        binnen = 0;
                    }
                    return paar < paren.size();
                }

                @Override
                public Bevinding next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    binnen++;
                    return paren.get(paar).getKey();
                }
            };
        }
    }

    /**
     * One batch judged on a worker. The caller waits on a latch counted down in {@code finally} and the failure is
     * kept in a field: neither allocates, so even a worker that ran out of memory wakes the caller up.
     */
    private final class Taak implements Runnable {
        private final List<Dossier> dossiers;
        private final LocalDate peildatum;
        private final Normcatalogus catalogus;
        private final CountDownLatch klaar = new CountDownLatch(1);
        private volatile Toetsuitslag uitslag;
        private volatile Throwable fout;

        Taak(List<Dossier> dossiers, LocalDate peildatum, Normcatalogus catalogus) {
            this.dossiers = dossiers;
            this.peildatum = peildatum;
            this.catalogus = catalogus;
        }

        @Override
        public void run() {
            try {
                uitslag = engine.evalueer(catalogus, peildatum, dossiers);
            } catch (Throwable t) {
                fout = t;
            } finally {
                klaar.countDown();
            }
        }

        Toetsuitslag wacht() {
            try {
                while (!klaar.await(100, TimeUnit.MILLISECONDS)) {
                    // waiting for this batch; a failure of any batch surfaces when its turn comes
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("audit onderbroken", e);
            }
            Throwable t = fout;
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
            return uitslag;
        }
    }
}
