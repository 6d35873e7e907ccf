package nl.normtoets.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.RegelBasis;
import nl.normtoets.engine.Toetsuitslag;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.OrganisatieEngine;
import nl.normtoets.organisatie.OrganisatieTelling;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Bevindingenspool;
import nl.normtoets.report.Bevindingenuitvoer;
import nl.normtoets.report.Rapportopbouw;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Bevindinggroepen;
import nl.normtoets.scoring.Maandtabel;
import nl.normtoets.scoring.Meetperiode;
import nl.normtoets.thema4.Thema4Telling;

/**
 * The same audit as {@link Audit}, in memory independent of the number of dossiers, on every core.
 *
 * <ul>
 * <li><b>Parsing</b> runs on the calling thread: the reader takes the {@code dossiers} array one element at a time
 * and does only what needs the order (place, id, a repeated id); the elements are gathered into batches.</li>
 * <li><b>Checking, binding and judging</b> run on the worker threads: each worker checks a batch's elements against
 * the schema, binds them, judges the accepted dossiers in one rule session and turns the findings into the bytes
 * they will have in the report. At most two batches per worker are in flight (a bounded queue): when it is full,
 * the reader waits for the oldest.</li>
 * <li><b>In input order</b> the calling thread takes the batches back, the oldest first whatever finished first,
 * appends their bytes to the {@link Bevindingenspool} (and any other output) and keeps only what the summary needs:
 * outcome counts ({@link Uitkomsttelling}), the theme-4 and theme-5 aggregates ({@link Thema4Telling},
 * {@link OrganisatieTelling}) and the rejections. So the report is byte for byte the in-memory one, whatever the
 * number of threads.</li>
 * </ul>
 *
 * <p><b>Families.</b> Rule 1a.2-D judges every dossier of a family ({@code gezin}) together, so a family must sit
 * in one session. A first pass ({@link Gezinsvoorlezing}) finds where each family's last dossier stands; a batch is
 * closed only when it is full and no family in it has a dossier still to come. Siblings far apart in the file make
 * that batch long (see docs/ontwerp.md).
 */
public final class Stroomaudit {

    private final AuditEngine engine;
    private final OrganisatieEngine organisatieEngine;
    /** Dossiers per batch a worker takes: large enough to keep the queue and the report parts few. */
    static final int TAAK = 500;

    private final int draden;
    private final int batchgrootte;
    /** The dossier check, chosen once per run (compiled schema, or the generic validator on request). */
    private final nl.normtoets.ingest.validatie.Dossiercontrole controle =
            nl.normtoets.ingest.Dossiercontroles.standaard();
    private final Voortgang voortgang;

    public Stroomaudit() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** {@code draden}: worker threads that check and judge batches; the reader is the calling thread. */
    public Stroomaudit(int draden) {
        this(draden, TAAK, new OrganisatieEngine());
    }

    public Stroomaudit(int draden, int batchgrootte, OrganisatieEngine organisatieEngine) {
        this(draden, batchgrootte, organisatieEngine, Voortgang.GEEN);
    }

    private Stroomaudit(int draden, int batchgrootte, OrganisatieEngine organisatieEngine, Voortgang voortgang) {
        if (draden < 1 || batchgrootte < 1) {
            throw new IllegalArgumentException("draden en batchgrootte zijn ten minste 1");
        }
        // judged on the calling worker (no pool of its own); a long batch (a family far apart) is cut into sessions
        // of the usual size, each with the families of the whole batch
        this.engine = new AuditEngine(RegelBasis.gedeeld(), Math.min(batchgrootte, AuditEngine.STANDAARD_BATCH), 1);
        this.organisatieEngine = organisatieEngine;
        this.draden = draden;
        this.batchgrootte = batchgrootte;
        this.voortgang = java.util.Objects.requireNonNull(voortgang);
    }

    /**
     * The same audit, reporting its progress (the CLI's progress bar): read by the reader per batch, judged and
     * written in input order as the batches come back; the number expected comes from the first pass.
     */
    public Stroomaudit metVoortgang(Voortgang voortgang) {
        return new Stroomaudit(draden, batchgrootte, organisatieEngine, voortgang);
    }

    public Auditrapport voerUit(Path bestand, LocalDate peildatumOverride, Normcatalogus catalogus,
                                Bevindingenspool spool) {
        return voerUit(bestand, Gezinsvoorlezing.lees(bestand), peildatumOverride, catalogus, null, spool, List.of());
    }

    /**
     * @param gezinnen  the first pass over {@code bestand} (also gives the number of dossiers, e.g. to choose a layout)
     * @param periode   the measurement period, or null
     * @param extra     further outputs of the findings (e.g. JSON Lines), written in input order like the spool
     * @return the report without findings (the skeleton); its counts include the spooled findings
     */
    public Auditrapport voerUit(Path bestand, Gezinsvoorlezing gezinnen, LocalDate peildatumOverride,
                                Normcatalogus catalogus, Meetperiode periode, Bevindingenspool spool,
                                List<Bevindingenuitvoer> extra) {
        List<Bevindingenuitvoer> uitvoer = new ArrayList<>();
        uitvoer.add(spool);
        uitvoer.addAll(extra);
        if (gezinnen.dossiers() > 0) {
            voortgang.verwacht(gezinnen.dossiers());
        }
        ExecutorService werkers = Executors.newFixedThreadPool(draden, werker());
        try {
            Loop loop = new Loop(catalogus, periode, gezinnen, uitvoer, werkers, taakgrootte(gezinnen.dossiers()));
            Auditset set = new AuditsetLezer().lees(bestand, peildatumOverride, loop);
            loop.rondAf(set.peildatum());
            Auditrapport skelet = loop.rapport(set, spool);
            voortgang.geschreven(skelet.aantallen().dossiersIngelezen());
            return skelet;
        } finally {
            werkers.shutdownNow();
        }
    }

    /**
     * Dossiers per batch: the engine's batch, but for a small set fewer, so that every worker gets two batches
     * (the 100-dossier demo would otherwise be one batch on one worker while the other core waits).
     */
    int taakgrootte(int dossiers) {
        int perWerker = (dossiers + 2 * draden - 1) / (2 * draden);
        return Math.max(1, Math.min(batchgrootte, perWerker));
    }

    private static ThreadFactory werker() {
        AtomicInteger nummer = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "normtoets-toets-" + nummer.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** An element of a batch: parsed but not checked yet, or (when the peildatum came late) checked by the reader. */
    private record Invoer(AuditsetLezer.Ruwdossier ruw, Dossier dossier) {
    }

    /** The state of one streaming audit, all on the reader's thread except {@link Taak#run}. */
    private final class Loop implements AuditsetLezer.Ontvanger {
        private final Normcatalogus catalogus;
        private final Meetperiode periode;
        private final Gezinsvoorlezing gezinnen;
        private final List<Bevindingenuitvoer> uitvoer;
        private final ExecutorService werkers;
        private final int taakgrootte;
        private final ArrayDeque<Taak> onderweg = new ArrayDeque<>();
        private final Uitkomsttelling telling = new Uitkomsttelling();
        private final List<Afwijzing> afgewezenBijLezen = new ArrayList<>();
        private final List<Afwijzing> afgewezenDoorEngine = new ArrayList<>();
        private List<Invoer> batch = new ArrayList<>();
        /** The place of the last dossier of any family in the open batch; the batch may not close before it. */
        private int gezinseinde = -1;
        private LocalDate peildatum;
        private Thema4Telling thema4;
        private OrganisatieTelling organisatie;
        private int getoetst;
        /** Elements of the array read so far (accepted or not), and the dossiers whose findings are written. */
        private int gelezen;
        private int verwerkt;

        Loop(Normcatalogus catalogus, Meetperiode periode, Gezinsvoorlezing gezinnen, List<Bevindingenuitvoer> uitvoer,
             ExecutorService werkers, int taakgrootte) {
            this.taakgrootte = taakgrootte;
            this.catalogus = catalogus;
            this.periode = periode;
            this.gezinnen = gezinnen;
            this.uitvoer = uitvoer;
            this.werkers = werkers;
        }

        @Override
        public boolean ongecontroleerd(AuditsetLezer.Ruwdossier r, LocalDate peil) {
            begin(peil);
            var g = r.node().path("gezin");
            voegToe(new Invoer(r, null), r.positie(), g.isString() ? g.asString() : null);
            return true;
        }

        @Override
        public void dossier(int positie, Dossier d, LocalDate peil) {
            begin(peil);
            voegToe(new Invoer(null, d), positie, d.gezin());
        }

        private void begin(LocalDate peil) {
            if (peildatum == null) {
                peildatum = peil;
                thema4 = new Thema4Telling(peil);
                organisatie = new OrganisatieTelling(peil);
            }
        }

        private void voegToe(Invoer invoer, int positie, String gezin) {
            batch.add(invoer);
            gelezen = positie + 1;
            if (gezin != null) {
                gezinseinde = Math.max(gezinseinde, gezinnen.einde(gezin));
            }
            if (batch.size() >= taakgrootte && gezinseinde <= positie) {
                verstuur();
            }
        }

        private void verstuur() {
            Taak taak = new Taak(batch, peildatum, catalogus, periode, uitvoer);
            batch = new ArrayList<>();
            voortgang.gelezen(gelezen);
            gezinseinde = -1;
            // bounded: at most two batches per worker are judged or waiting, so memory does not grow with the set
            while (onderweg.size() >= 2 * draden) {
                verwerk(onderweg.removeFirst());
            }
            onderweg.addLast(taak);
            werkers.execute(taak);
            while (!onderweg.isEmpty() && onderweg.peekFirst().klaar()) {
                verwerk(onderweg.removeFirst());
            }
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
            Taak.Resultaat r = taak.wacht();
            for (Dossier d : r.geaccepteerd()) {
                getoetst++;
                // theme 4 and 5 describe every readable dossier, also one a rule then failed on (as Audit does)
                thema4.voegToe(d);
                organisatie.voegToe(d);
            }
            afgewezenBijLezen.addAll(r.afgewezenBijLezen());
            afgewezenDoorEngine.addAll(r.afgewezenDoorEngine());
            for (int i = 0; i < uitvoer.size(); i++) {
                uitvoer.get(i).voegToe(r.delen().get(i), r.aantal());
            }
            telling.voegToe(r.telling());
            verwerkt += r.geaccepteerd().size() + r.afgewezenBijLezen().size();
            voortgang.beoordeeld(verwerkt);
            voortgang.geschreven(verwerkt);
        }

        Auditrapport rapport(Auditset set, Bevindingenspool spool) {
            List<Afwijzing> afgewezen = new ArrayList<>(set.afgewezen());
            afgewezen.addAll(afgewezenBijLezen);
            int ingelezen = getoetst + afgewezen.size();
            afgewezen.addAll(afgewezenDoorEngine);
            // the streaming path is the CLI's audit without a store, so norm 5.2 reads only the set's own actions
            Audit.Organisatiedeel org = Audit.organisatie(organisatieEngine, set, catalogus, organisatie,
                    Verbeteractiebron.GEEN);
            Dossierfeiten geen = new Dossierfeiten(List.of(), catalogus);
            for (Bevinding b : org.bevindingen()) {
                uitvoer.forEach(u -> u.voegToe(u.deel(List.of(b)), 1));
                telling.tel(b, geen, periode, set.peildatum());
            }
            Bevindinggroepen geteld = telling.perGroep(periode != null);
            var resultaat = Beoordelaar.beoordeel(catalogus, geteld,
                    Audit.redenPerOrganisatiethema(catalogus, org.reden()), telling::reden);
            Maandtabel maandtabel = Maandtabel.maak(catalogus, geteld, telling::start);
            Auditrapport.Periode p = periode == null ? null : new Auditrapport.Periode(periode.van(), periode.tot(),
                    periode.tekst(), telling.totaal() - telling.aantalGeteld());
            Auditrapport r = Rapportopbouw.maak(set.peildatum(), set.organisatie(), catalogus.versie(), ingelezen,
                    resultaat, List.of(), afgewezen, org.fouten(), thema4.cijfers(), p, maandtabel);
            Auditrapport.Aantallen a = r.aantallen();
            return new Auditrapport(r.peildatum(), r.organisatie(), r.catalogusVersie(),
                    new Auditrapport.Aantallen(a.dossiersIngelezen(), a.dossiersGetoetst(), a.dossiersAfgewezen(),
                            spool.aantal()),
                    r.normen(), r.themas(), List.of(), r.afgewezen(), r.organisatieFouten(), r.thema4(), r.periode(),
                    r.maandtabel(), r.nietGebruikt())
                    .metVerbeteractiesBron(org.verbeteractiesBron() == null ? null : org.verbeteractiesBron().naam());
        }
    }

    /**
     * One batch checked and judged on a worker. The caller waits on a latch counted down in {@code finally} and the
     * failure is kept in a field: neither allocates, so even a worker that ran out of memory wakes the caller up.
     */
    private final class Taak implements Runnable {
        private final List<Invoer> invoer;
        private final LocalDate peildatum;
        private final Normcatalogus catalogus;
        private final Meetperiode periode;
        private final List<Bevindingenuitvoer> uitvoer;
        private final CountDownLatch klaar = new CountDownLatch(1);
        private volatile Resultaat resultaat;
        private volatile Throwable fout;

        record Resultaat(List<Dossier> geaccepteerd, List<Afwijzing> afgewezenBijLezen,
                         List<Afwijzing> afgewezenDoorEngine, List<byte[]> delen, int aantal,
                         Uitkomsttelling telling) {
        }

        Taak(List<Invoer> invoer, LocalDate peildatum, Normcatalogus catalogus, Meetperiode periode,
             List<Bevindingenuitvoer> uitvoer) {
            this.invoer = invoer;
            this.peildatum = peildatum;
            this.catalogus = catalogus;
            this.periode = periode;
            this.uitvoer = uitvoer;
        }

        @Override
        public void run() {
            try {
                resultaat = bereken();
            } catch (Throwable t) {
                fout = t;
            } finally {
                klaar.countDown();
            }
        }

        private Resultaat bereken() {
            List<Dossier> geaccepteerd = new ArrayList<>(invoer.size());
            List<Afwijzing> afgewezen = new ArrayList<>();
            for (Invoer i : invoer) {
                if (i.ruw() == null) {
                    geaccepteerd.add(i.dossier());
                    continue;
                }
                AuditsetLezer.Controle c = AuditsetLezer.controleer(controle, i.ruw(), peildatum);
                if (c.dossier() != null) {
                    geaccepteerd.add(c.dossier());
                } else {
                    afgewezen.add(c.afwijzing());
                }
            }
            // the batch holds whole families, so the engine's families from this batch are the set's families
            Toetsuitslag u = geaccepteerd.isEmpty() ? new Toetsuitslag(List.of(), List.of())
                    : engine.evalueer(catalogus, peildatum, geaccepteerd);
            Uitkomsttelling t = Uitkomsttelling.vanBatch(geaccepteerd, u.bevindingen(), catalogus, periode, peildatum);
            List<byte[]> delen = new ArrayList<>(uitvoer.size());
            for (Bevindingenuitvoer uit : uitvoer) {
                delen.add(uit.deel(u.bevindingen()));
            }
            return new Resultaat(geaccepteerd, afgewezen, u.afgewezen(), delen, u.bevindingen().size(), t);
        }

        boolean klaar() {
            return klaar.getCount() == 0;
        }

        Resultaat wacht() {
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
            return resultaat;
        }
    }
}
