package nl.normtoets.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.normtoets.audit.Audit;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.RegelBasis;
import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;

/**
 * Measures, per size, in one JVM: (a) reading and validating the JSON; (b) (a) plus the plain-Java baseline of
 * {@link Basislijn}; (c) (a) plus the full audit (Drools rules and scoring). Each phase runs after warm-up, the best
 * of a few repetitions counts (least disturbed by the other tenants of a shared machine). Peak heap is the sum of
 * the heap pools' peaks during (c), after a GC and a reset of the peaks.
 */
public final class Benchmark {

    /**
     * One size. {@code piekRssMb}: this JVM's peak resident memory during (c) by the OS (null off Linux);
     * {@code peer}, {@code peerMs}, {@code cDivPeer}: the peer's time for 1a.3-A alone on the same file and (c)
     * against it, counts asserted equal ({@link Peervergelijking}); null when no peer is on the classpath.
     */
    public record Meting(int dossiers, long bestandBytes, int indicatoren, double lezenMs, double basislijnMs,
                        double auditMs, double b, double c, double cDivA, double cDivB, long piekHeapMb,
                        int afgewezen, Long piekRssMb, String peer, Double peerMs, Double cDivPeer, Double boomMs,
                        Double aDivBoom) {
    }

    public record Uitslag(String datum, String machine, String java, String profiel, long seed, String peildatum,
                          int warmup, int herhalingen, int indicatorenInCatalogus, List<Meting> metingen,
                          Double opstartMs, EindTotEind eindTotEind, double belastingVoor, double belastingNa,
                          String opmerking, List<Opslagmeting.Meting> opslag) {
    }

    /** A cold {@code java -jar ... audit} of the largest set, report written: what a user waits for. */
    public record EindTotEind(int dossiers, double ms, long rapportBytes, Long piekRssMb) {
    }

    private final Path werkmap;
    private final Profiel profiel;
    private final long seed;
    private final LocalDate peildatum;
    private final int warmup;
    private final int herhalingen;
    private final PrintStream log;
    private final Optional<Peer> peer = Peer.gevonden();
    private Opslagmeting opslag;

    public Benchmark(Path werkmap, Profiel profiel, long seed, LocalDate peildatum, int warmup, int herhalingen,
                     PrintStream log) {
        this.werkmap = werkmap;
        this.profiel = profiel;
        this.seed = seed;
        this.peildatum = peildatum;
        this.warmup = warmup;
        this.herhalingen = herhalingen;
        this.log = log;
    }

    /** Also times storing each size's audit and reading its summary back (null: not). */
    public Benchmark metOpslag(Opslagmeting opslag) {
        this.opslag = opslag;
        return this;
    }

    public List<Meting> meet(List<Integer> groottes, Normcatalogus catalogus) throws IOException {
        Audit auditpad = new Audit(new AuditEngine(RegelBasis.gedeeld(), AuditEngine.STANDAARD_BATCH));
        List<Path> bestanden = new ArrayList<>();
        for (int n : groottes) {
            bestanden.add(genereer(n));
        }
        // warm-up on the smallest set: JIT, Drools' lazy class generation, schema caches
        Path kleinste = bestanden.get(0);
        for (int i = 0; i < warmup; i++) {
            Auditset set = new AuditsetLezer().lees(kleinste, null);
            Basislijn.evalueer(set.dossiers(), set.peildatum());
            Auditrapport r = auditpad.voerUit(set, catalogus);
            if (peer.isPresent()) {
                peerMeting(kleinste, catalogus, r, 1); // loads the peer's native library before timing
            }
        }
        List<Meting> uit = new ArrayList<>();
        for (int k = 0; k < groottes.size(); k++) {
            uit.add(meet(groottes.get(k), bestanden.get(k), catalogus, auditpad));
        }
        return uit;
    }

    private Meting meet(int n, Path bestand, Normcatalogus catalogus, Audit auditpad) throws IOException {
        int keer = n >= 100_000 ? 1 : herhalingen;
        double lezen = Double.MAX_VALUE;
        double basis = Double.MAX_VALUE;
        double audit = Double.MAX_VALUE;
        double boom = Double.MAX_VALUE;
        long piek = 0;
        int afgewezen = 0;
        Long rss = null;
        Auditset laatsteSet = null;
        Auditrapport laatste = null;
        // the floor at least twice: right after the peer of the previous size its first pass was several times slower
        Boomvloer.Uitslag vloer = null;
        for (int i = 0; i < Math.max(2, keer); i++) {
            vloer = Boomvloer.meet(bestand);
            boom = Math.min(boom, vloer.ms());
        }
        for (int i = 0; i < keer; i++) {
            resetPieken();
            Procesgeheugen.resetPiek();
            long t0 = System.nanoTime();
            Auditset set = new AuditsetLezer().lees(bestand, null);
            long t1 = System.nanoTime();
            if (vloer.dossiers() != set.aantalIngelezen()) {
                throw new IllegalStateException("de vloermeting las " + vloer.dossiers() + " dossiers van "
                        + bestand.getFileName() + ", het product " + set.aantalIngelezen());
            }
            Basislijn.evalueer(set.dossiers(), set.peildatum());
            long t2 = System.nanoTime();
            Auditrapport r = auditpad.voerUit(set, catalogus);
            long t3 = System.nanoTime();
            piek = Math.max(piek, piekHeap());
            Long r2 = Procesgeheugen.piekMb();
            rss = r2 == null ? rss : rss == null ? r2 : Math.max(rss, r2);
            afgewezen = r.afgewezen().size();
            laatsteSet = set;
            laatste = r;
            lezen = Math.min(lezen, ms(t0, t1));
            basis = Math.min(basis, ms(t1, t2));
            audit = Math.min(audit, ms(t2, t3));
        }
        double b = lezen + basis;
        double c = lezen + audit;
        Peervergelijking.Uitslag p = peer.isPresent() ? peerMeting(bestand, catalogus, laatste, keer) : null;
        Meting m = new Meting(n, Files.size(bestand), catalogus.indicatoren(nl.normtoets.norm.Niveau.DOSSIER).size(),
                rond(lezen), rond(basis), rond(audit), rond(b), rond(c), rond2(c / lezen), rond2(c / b),
                piek / (1024 * 1024), afgewezen, rss, p == null ? null : p.peer(), p == null ? null : p.ms(),
                p == null ? null : rond2(c / Math.max(0.1, p.ms())), rond(boom), rond2(lezen / Math.max(0.1, boom)));
        log.printf(Locale.ROOT, "  N=%d klaar: a=%.0f ms, b=%.0f ms, c=%.0f ms%s%n", n, lezen, b, c,
                p == null ? "" : String.format(Locale.ROOT, ", %s %.0f ms (1a.3-A gelijk geteld)", p.peer(), p.ms()));
        if (opslag != null && laatste != null) {
            opslag.meet(n, laatsteSet, laatste);
        }
        return m;
    }

    private Peervergelijking.Uitslag peerMeting(Path bestand, Normcatalogus catalogus, Auditrapport rapport,
                                                int keer) throws IOException {
        try {
            return new Peervergelijking(peer.get()).meet(bestand, catalogus, rapport, keer);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(peer.get().naam() + " faalde op " + bestand.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The generated set of {@code n} dossiers (made by {@link #meet} if absent). */
    public Path bestand(int n) {
        // "-org": sets with organisatieFeiten, so (c) includes theme 5 as a real audit does
        return werkmap.resolve("bench-" + profiel.naam() + "-" + n + "-org.json");
    }

    private Path genereer(int n) throws IOException {
        Files.createDirectories(werkmap);
        Path bestand = bestand(n);
        if (!Files.exists(bestand)) {
            log.printf("  genereer %d dossiers naar %s%n", n, bestand);
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(bestand), 1 << 16)) {
                new DossierGenerator(profiel, seed, peildatum).schrijfAuditset(o, n, "JBN", false);
            }
        }
        return bestand;
    }

    private static void resetPieken() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long piekHeap() {
        long som = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                som += p.getPeakUsage().getUsed();
            }
        }
        return som;
    }

    /**
     * Start-up: a child {@code java -jar} that audits the demo set, timed from process start to exit (JVM start,
     * Spring-free CLI, rule compilation, audit, report). Null when the jar or the demo set is missing.
     */
    public static Double opstart(Path jar, Path demo, Path rapport) throws IOException, InterruptedException {
        Kind k = kindAudit(jar, demo, rapport);
        return k == null ? null : k.ms();
    }

    /**
     * End to end: a child {@code java -jar ... audit} of a set with this JVM's maximum heap, from process start to
     * exit, report written. Null when the jar or the set is missing or the audit fails.
     */
    public static EindTotEind eindTotEind(Path jar, int dossiers, Path set, Path rapport)
            throws IOException, InterruptedException {
        Kind k = kindAudit(jar, set, rapport);
        return k == null ? null : new EindTotEind(dossiers, k.ms(), Files.size(rapport), k.piekRssMb());
    }

    private record Kind(double ms, Long piekRssMb) {
    }

    private static Kind kindAudit(Path jar, Path set, Path rapport) throws IOException, InterruptedException {
        if (jar == null || !Files.exists(jar) || !Files.exists(set)) {
            return null;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String heap = "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m";
        // "--out", the spelling of before issue 11 (now a hidden alias of --uitvoer), so --jar can time older jars too
        ProcessBuilder pb = new ProcessBuilder(java, heap, "-jar", jar.toString(), "audit", set.toString(), "--out",
                rapport.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Procesgeheugen.Afloop afloop = Procesgeheugen.volg(pb.start());
        long t1 = System.nanoTime();
        return afloop.exit() == 0 ? new Kind(rond(ms(t0, t1)), afloop.piekRssMb()) : null;
    }

    public static String tabel(Uitslag u) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "normtoets bench %s, %s, %s; profiel %s, startwaarde %d, peildatum %s%n",
                u.datum(), u.machine(), u.java(), u.profiel(), u.seed(), u.peildatum()));
        sb.append(String.format(Locale.ROOT, "opwarmen %dx, beste van %d (1 bij 100k); dossier-indicatoren met regel: "
                + "%d%n", u.warmup(), u.herhalingen(), u.metingen().isEmpty() ? 0 : u.metingen().get(0).indicatoren()));
        String fmt = "%9s %9s %10s %10s %9s %10s %10s %8s %8s %10s %10s %9s %9s %10s %9s%n";
        sb.append(String.format(Locale.ROOT, fmt, "dossiers", "JSON MB", "boom ms", "(a) ms", "(a)/boom", "(b) ms",
                "(c) ms", "(c)/(a)",
                "(c)/(b)", "regels/bl", "piek MB", "RSS MB", "afgewezen", "peer ms", "(c)/peer"));
        String peer = null;
        for (Meting m : u.metingen()) {
            sb.append(String.format(Locale.ROOT,
                    "%9d %9.1f %10s %10.0f %9s %10.0f %10.0f %8.2f %8.2f %10.0f %10d %9s %9d %10s %9s%n",
                    m.dossiers(), m.bestandBytes() / 1e6,
                    m.boomMs() == null ? "-" : String.format(Locale.ROOT, "%.0f", m.boomMs()), m.lezenMs(),
                    m.aDivBoom() == null ? "-" : String.format(Locale.ROOT, "%.2f", m.aDivBoom()), m.b(), m.c(),
                    m.cDivA(), m.cDivB(),
                    m.auditMs() / Math.max(0.1, m.basislijnMs()), m.piekHeapMb(),
                    m.piekRssMb() == null ? "-" : m.piekRssMb().toString(), m.afgewezen(),
                    m.peerMs() == null ? "-" : String.format(Locale.ROOT, "%.0f", m.peerMs()),
                    m.cDivPeer() == null ? "-" : String.format(Locale.ROOT, "%.2f", m.cDivPeer())));
            peer = m.peer() != null ? m.peer() : peer;
        }
        sb.append("boom ms = de vloer van het lezen: elk dossier alleen tot een JSON-boom geparst, op één draad, "
                + "niets gecontroleerd of bewaard; (a)/boom = het lezen van het product tegen die vloer\n");
        sb.append("(a) lezen+valideren; (b) = (a) + 1a.3-A, 1b.3-A, 3.4-A in gewoon Java; "
                + "(c) = (a) + volledige audit (Drools + scoring, zonder rapport schrijven)\n"
                + "regels/bl = (c)-(a) gedeeld door (b)-(a): de regels tegen de basislijn, zonder het lezen; "
                + "piek MB = som van de pieken van de heap-pools tijdens (c) (bovengrens); "
                + "RSS MB = piek van het residente geheugen van dit proces tijdens (c), volgens het besturingssysteem\n");
        sb.append(peer == null ? "peer (1a.3-A op hetzelfde JSON-bestand): niet gemeten (geen peer op het classpath; "
                + "zie docs/benchmark.md)\n"
                : "peer ms = " + peer + " berekent alleen 1a.3-A op hetzelfde JSON-bestand (read_json), in dit proces, "
                + "aantallen gelijk aan die van het product; (c)/peer = volledige audit tegen die ene indicator\n");
        sb.append(String.format(Locale.ROOT, "systeembelasting (load average) voor/na: %.1f / %.1f%n",
                u.belastingVoor(), u.belastingNa()));
        sb.append(u.opstartMs() == null ? "opstart: niet gemeten\n"
                : String.format(Locale.ROOT, "opstart (java -jar ... audit fixtures/demo.json, tot exit): %.0f ms%n",
                        u.opstartMs()));
        EindTotEind e = u.eindTotEind();
        sb.append(e == null ? "eind-tot-eind: niet gemeten\n"
                : String.format(Locale.ROOT, "eind-tot-eind (koude java -jar ... audit van %d dossiers, rapport van "
                        + "%.0f MB geschreven, tot exit): %.0f ms, piek RSS %s MB%n", e.dossiers(),
                        e.rapportBytes() / 1e6, e.ms(), e.piekRssMb() == null ? "-" : e.piekRssMb()));
        if (u.opslag() != null) {
            sb.append(Opslagmeting.tabel(u.opslag()));
        }
        if (u.opmerking() != null) {
            sb.append(u.opmerking()).append('\n');
        }
        return sb.toString();
    }

    /** The 1-minute load average: on a shared machine the figures mean little without it. */
    public static double belasting() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 10) / 10.0;
    }


    private static double ms(long van, long tot) {
        return (tot - van) / 1e6;
    }

    private static double rond(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double rond2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
