package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.generator.Dossierverloop;
import nl.normtoets.generator.PerMaatregel;

/**
 * The GI day by day from {@link #BEGIN} to the last seed date: measures start and end so that the running stock per
 * kind follows the seed counts, and every dossier is carried by someone as capacity allows.
 *
 * <p>How dossiers are carried (seed 000 §3, seed 002 "Ingezette interventies"): a new measure goes straight to a
 * vaste jeugdbeschermer of its region when one has room and the GI works that way for this start ({@link
 * #directVast}); otherwise the CCP takes it and hands it over after four to ten weeks, to a vaste worker with room or
 * else to the CRT pool. Every day the pool hands dossiers to vaste workers who have room, measures for OTS and JR
 * before voogdij (the inspecties: cases with more acute unsafety get a vaste worker first). When a worker leaves,
 * their dossiers go to a colleague with room, or else to the pool.
 *
 * <p>Room: a vaste worker's capacity is their deployable FTE (lower while in training) times the day's caseload
 * norm per FTE. That norm is the one calibration knob for the vaste-worker counts: it is set each day so that the
 * vaste workers together can carry all running dossiers but the seed count without one (249 on 10-3-2025, 252 on
 * 28-8-2025, 179 on 2-2-2026, linear in between). Whether the count is reached still depends on the flows: a
 * dossier only moves on a start, a hand-over, a leaver or a free place.
 */
final class Wereldsimulatie {

    static final LocalDate BEGIN = LocalDate.of(2024, 1, 1);
    static final LocalDate HORIZON = Seedcijfers.LAATSTE;

    /**
     * Share of new measures that a vaste worker takes from the start. Schatting, calibrated on seed 002 theme 4 (44%
     * of the dossiers had a period without a vaste worker on 10-3-2025); from September 2025 JBN assigns new measures
     * to a vaste worker from the start again (seed 000 §3).
     */
    static final double DIRECT_VAST_2024 = 0.72;
    /** Seed 000 §3 (August 2025): every new measure is picked up by the CCP; a few go to a vaste worker at once. */
    static final double DIRECT_VAST_2025 = 0.30;
    static final LocalDate CCP_VOOR_IEDEREEN = LocalDate.of(2025, 1, 1);
    static final double DIRECT_VAST_NA = 0.55;
    static final LocalDate NIEUWE_WERKWIJZE = LocalDate.of(2025, 9, 1);

    /** Ids for workers who left before the simulation began (in earlier parts of a dossier's history only). */
    private static final int VOORMALIG_VAN = 9001;
    private static final long ZOUT = 0x7772_656C_6473_696DL;
    private static final long ZOUT_F2F = 0x6632_6600L;
    private static final long ZOUT_PLAN = 0x706C_616EL;

    private final long seed;
    private final double schaal;
    private final SplittableRandom r;
    private final List<Werker> werkers;
    private final List<Loop> loops = new ArrayList<>();
    private final List<Loop> lopend = new ArrayList<>();
    private int voormalig = VOORMALIG_VAN;
    private double norm;
    /** Per pool of vaste workers: what they can carry today and what they carry. */
    private final double[] poolRuimte = new double[Werker.Pools.AANTAL];
    private final int[] poolLast = new int[Werker.Pools.AANTAL];
    private final double[] poolNorm = new double[Werker.Pools.AANTAL];
    /** Seed 000 §3, 28-8-2025: 42 of the 252 measures without a vaste worker were JR. */
    static final double AANDEEL_JR_ZONDER = 42.0 / 252;

    /** Schatting: when a vaste worker leaves, most dossiers go to a colleague (warm hand-over), the rest to the CRT. */
    static final double OVERDRACHT_BIJ_VERTREK = 0.8;

    /** One dossier while it is simulated: its frame and who carries it. */
    static final class Loop {
        int nr;
        Maatregel maatregel;
        LocalDate start;
        LocalDate einde;
        boolean drenthe;
        String team;
        final List<Toewijzing> klaar = new ArrayList<>();
        Werkwijze wijze;
        Werker werker;
        String medewerker;
        LocalDate sinds;
        LocalDate overdracht;
        boolean ooitZonder;
        boolean f2fOpTijd;
        boolean planOpTijd;

        boolean jr() {
            return maatregel.isJeugdreclassering();
        }

        int pool() {
            return Werker.Pools.van(drenthe, jr());
        }

        boolean voogdij() {
            return maatregel == Maatregel.VOOGDIJ || maatregel == Maatregel.VOORLOPIGE_VOOGDIJ;
        }

        List<Toewijzing> toewijzingen() {
            List<Toewijzing> uit = new ArrayList<>(klaar);
            if (wijze != null) {
                uit.add(new Toewijzing(sinds, null, wijze, medewerker));
            }
            return uit;
        }
    }

    private Wereldsimulatie(long seed, double schaal, List<Werker> werkers) {
        this.seed = seed;
        this.schaal = schaal;
        this.r = new SplittableRandom(Dossierverloop.stroom(seed ^ ZOUT, 0));
        this.werkers = werkers;
    }

    /** Simulates the GI; the loops come back in dossier-number order, with their assignments up to the horizon. */
    static List<Loop> simuleer(long seed, double schaal, List<Werker> werkers) {
        Wereldsimulatie s = new Wereldsimulatie(seed, schaal, werkers);
        s.beginstand();
        s.instroom();
        s.tijdigheid();
        s.beginToewijzingen();
        s.loop();
        return s.loops;
    }

    // ---------------------------------------------------------------- stock

    static PerMaatregel doelstand(LocalDate dag) {
        List<Seedcijfers.Stand> s = Seedcijfers.STANDEN;
        if (!dag.isAfter(s.get(0).datum())) {
            return s.get(0).aantallen();
        }
        for (int i = 1; i < s.size(); i++) {
            if (!dag.isAfter(s.get(i).datum())) {
                double a = fractie(s.get(i - 1).datum(), s.get(i).datum(), dag);
                PerMaatregel x = s.get(i - 1).aantallen();
                PerMaatregel y = s.get(i).aantallen();
                return new PerMaatregel((int) Math.round(x.jr() + (y.jr() - x.jr()) * a),
                        (int) Math.round(x.ots() + (y.ots() - x.ots()) * a),
                        (int) Math.round(x.voogdij() + (y.voogdij() - x.voogdij()) * a));
            }
        }
        return s.get(s.size() - 1).aantallen();
    }

    static double doelZonderVaste(LocalDate dag) {
        List<Seedcijfers.ZonderVaste> z = Seedcijfers.ZONDER_VASTE;
        if (!dag.isAfter(z.get(0).datum())) {
            return z.get(0).aantal();
        }
        for (int i = 1; i < z.size(); i++) {
            if (!dag.isAfter(z.get(i).datum())) {
                double a = fractie(z.get(i - 1).datum(), z.get(i).datum(), dag);
                return z.get(i - 1).aantal() + (z.get(i).aantal() - z.get(i - 1).aantal()) * a;
            }
        }
        return z.get(z.size() - 1).aantal();
    }

    private static double fractie(LocalDate van, LocalDate tot, LocalDate dag) {
        return (double) ChronoUnit.DAYS.between(van, dag) / ChronoUnit.DAYS.between(van, tot);
    }

    /** The soort column: 0 JR, 1 OTS, 2 voogdij. */
    private static int soort(Maatregel m) {
        return switch (m) {
            case JR -> 0;
            case OTS, VOORLOPIGE_OTS -> 1;
            case VOOGDIJ, VOORLOPIGE_VOOGDIJ -> 2;
        };
    }

    private static int van(PerMaatregel p, int soort) {
        return soort == 0 ? p.jr() : soort == 1 ? p.ots() : p.voogdij();
    }

    /** Schatting: duration ranges in days; provisional measures (4% of OTS, 3% of voogdij) last one to three months. */
    private Maatregel maatregel(int soort) {
        return switch (soort) {
            case 0 -> Maatregel.JR;
            case 1 -> r.nextDouble() < 0.04 ? Maatregel.VOORLOPIGE_OTS : Maatregel.OTS;
            default -> r.nextDouble() < 0.03 ? Maatregel.VOORLOPIGE_VOOGDIJ : Maatregel.VOOGDIJ;
        };
    }

    private static int[] duur(Maatregel m) {
        return switch (m) {
            case JR -> new int[] {180, 720};
            case OTS -> new int[] {270, 1100};
            case VOOGDIJ -> new int[] {365, 2190};
            case VOORLOPIGE_OTS, VOORLOPIGE_VOOGDIJ -> new int[] {30, 90};
        };
    }

    private Loop nieuw(Maatregel m, LocalDate start, LocalDate einde) {
        Loop l = new Loop();
        l.nr = loops.size() + 1;
        l.maatregel = m;
        l.start = start;
        l.einde = einde;
        l.drenthe = r.nextDouble() < Seedcijfers.DRENTHE.aandeel(m, Seedcijfers.STANDEN.get(1).aantallen());
        l.team = l.drenthe ? "D" + (1 + r.nextInt(5)) : "G" + (1 + r.nextInt(7));
        loops.add(l);
        return l;
    }

    /** The stock on the first day: durations drawn length-biased (a long measure is more often running), age uniform. */
    private void beginstand() {
        PerMaatregel doel = doelstand(BEGIN);
        List<Loop> begin = new ArrayList<>();
        for (int soort = 0; soort < 3; soort++) {
            long n = Math.round(van(doel, soort) * schaal);
            for (int i = 0; i < n; i++) {
                Maatregel m = maatregel(soort);
                int[] d = duur(m);
                double t = Math.sqrt(d[0] * (double) d[0] + r.nextDouble() * ((double) d[1] * d[1] - (double) d[0] * d[0]));
                int leeftijd = (int) (r.nextDouble() * t);
                LocalDate start = BEGIN.minusDays(leeftijd);
                begin.add(nieuw(m, start, start.plusDays(Math.max(leeftijd + 1, (int) t))));
            }
        }
        loops.sort(Comparator.comparing((Loop l) -> l.start).thenComparing(l -> l.nr));
        for (int i = 0; i < loops.size(); i++) {
            loops.get(i).nr = i + 1;
        }
        lopend.addAll(begin);
    }

    /** Whether each dossier's first contact and first plan are on time: the quota of the window they fell due in. */
    private void tijdigheid() {
        boolean[] f2f = Tijdigheid.quota(loops.stream().map(l -> l.start.plusDays(5)).toList(),
                Meetmoment::f2fOpTijd, Seedcijfers.F2F_VOOR_2025,
                new SplittableRandom(Dossierverloop.stroom(seed ^ ZOUT_F2F, 0)));
        boolean[] plan = Tijdigheid.quota(loops.stream().map(l -> l.start.plusDays(42)).toList(),
                Meetmoment::planOpTijd, Seedcijfers.PLAN_VOOR_2025,
                new SplittableRandom(Dossierverloop.stroom(seed ^ ZOUT_PLAN, 0)));
        for (int i = 0; i < loops.size(); i++) {
            loops.get(i).f2fOpTijd = f2f[i];
            loops.get(i).planOpTijd = plan[i];
        }
    }

    private void beginToewijzingen() {
        List<Loop> begin = loops.stream().filter(l -> l.start.isBefore(BEGIN)).toList();
        norm = norm(BEGIN);
        // the state on the first day, with a history that leads to it; in random order, pool dossiers by priority
        List<Loop> volgorde = new ArrayList<>(begin);
        for (int i = volgorde.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Loop t = volgorde.get(i);
            volgorde.set(i, volgorde.get(j));
            volgorde.set(j, t);
        }
        for (Loop l : volgorde) {
            LocalDate overdracht = l.start.plusDays(faseCcp(l));
            boolean direct = r.nextDouble() < DIRECT_VAST_2024;
            if (!direct && overdracht.isAfter(BEGIN)) {
                l.overdracht = overdracht;
                zet(l, Werkwijze.CCP, kiesPool(Werkwijze.CCP, l, BEGIN), l.start);
                continue;
            }
            LocalDate vanaf = direct ? l.start : overdracht;
            if (!direct) {
                l.klaar.add(new Toewijzing(l.start, overdracht.minusDays(1), Werkwijze.CCP, voormalig()));
                l.ooitZonder = true;
            }
            Werker w = kiesVast(l, BEGIN);
            if (w != null) {
                zet(l, Werkwijze.VAST, w, vanaf);
            } else {
                if (direct) {
                    // a vaste worker who has since left carried it first (seed 003: high turnover in 2024)
                    int dagen = (int) ChronoUnit.DAYS.between(l.start, BEGIN);
                    LocalDate weg = l.start.plusDays(1 + r.nextInt(Math.max(1, dagen)));
                    l.klaar.add(new Toewijzing(l.start, weg.minusDays(1), Werkwijze.VAST, voormalig()));
                    vanaf = weg;
                }
                zet(l, Werkwijze.CRT, kiesPool(Werkwijze.CRT, l, BEGIN), vanaf);
            }
        }
    }

    private String voormalig() {
        return String.format("M-%04d", voormalig++);
    }

    /** Starts per month, so that the running stock at each month's end meets the seed counts. */
    private void instroom() {
        for (YearMonth m = YearMonth.from(BEGIN); !m.atDay(1).isAfter(HORIZON); m = m.plusMonths(1)) {
            LocalDate eind = m.plusMonths(1).atDay(1);
            if (eind.isAfter(HORIZON)) {
                eind = HORIZON;
            }
            PerMaatregel doel = doelstand(eind);
            for (int soort = 0; soort < 3; soort++) {
                final int s = soort;
                final LocalDate e = eind;
                long verwacht = loops.stream().filter(l -> soort(l.maatregel) == s && !l.start.isAfter(e)
                        && l.einde.isAfter(e)).count();
                long n = Math.round(van(doel, soort) * schaal) - verwacht;
                int dagen = (int) ChronoUnit.DAYS.between(m.atDay(1), eind) + 1;
                for (int i = 0; i < n; i++) {
                    Maatregel mt = maatregel(soort);
                    int[] d = duur(mt);
                    LocalDate start = m.atDay(1).plusDays(r.nextInt(dagen));
                    nieuw(mt, start, start.plusDays(d[0] + r.nextInt(d[1] - d[0] + 1)));
                }
            }
        }
        int eerste = (int) loops.stream().filter(l -> l.start.isBefore(BEGIN)).count();
        List<Loop> nieuw = new ArrayList<>(loops.subList(eerste, loops.size()));
        nieuw.sort(Comparator.comparing((Loop l) -> l.start).thenComparing(l -> l.nr));
        for (int i = 0; i < nieuw.size(); i++) {
            nieuw.get(i).nr = eerste + i + 1;
            loops.set(eerste + i, nieuw.get(i));
        }
    }

    // ---------------------------------------------------------------- days

    private void loop() {
        int volgende = (int) loops.stream().filter(l -> l.start.isBefore(BEGIN)).count();
        for (LocalDate dag = BEGIN; !dag.isAfter(HORIZON); dag = dag.plusDays(1)) {
            final LocalDate d = dag;
            for (Loop l : List.copyOf(lopend)) {
                if (!l.einde.isAfter(d)) {
                    sluit(l);
                }
            }
            for (Werker w : werkers) {
                if (d.equals(w.uitDienst)) {
                    vertrek(w, d);
                }
            }
            norm = norm(d);
            while (volgende < loops.size() && loops.get(volgende).start.equals(d)) {
                Loop l = loops.get(volgende++);
                lopend.add(l);
                start(l, d);
            }
            for (Loop l : lopend) {
                if (l.wijze == Werkwijze.CCP && d.equals(l.overdracht)) {
                    Werker w = kiesVast(l, d);
                    zet(l, w != null ? Werkwijze.VAST : Werkwijze.CRT, w != null ? w : kiesPool(Werkwijze.CRT, l, d), d);
                }
            }
            uitDePool(d);
        }
    }

    private void start(Loop l, LocalDate d) {
        double direct = d.isBefore(CCP_VOOR_IEDEREEN) ? DIRECT_VAST_2024
                : d.isBefore(NIEUWE_WERKWIJZE) ? DIRECT_VAST_2025 : DIRECT_VAST_NA;
        // the start-phase worker in the regional team keeps the family (seed 000 §3): no check on room here; an
        // overfull pool hands its quietest cases to the CRT (uitDePool)
        Werker w = r.nextDouble() < direct ? kiesVast(l, d, false) : null;
        if (w != null) {
            zet(l, Werkwijze.VAST, w, d);
        } else {
            l.overdracht = d.plusDays(faseCcp(l));
            zet(l, Werkwijze.CCP, kiesPool(Werkwijze.CCP, l, d), d);
        }
    }

    private void uitDePool(LocalDate d) {
        for (int p = 0; p < Werker.Pools.AANTAL; p++) {
            double marge = Math.max(1, 0.02 * poolRuimte[p]);
            if (poolLast[p] <= poolRuimte[p] + marge) {
                continue;
            }
            final int pool = p;
            // an overfull pool hands cases to the CRT (seed 002, norm 3.4: a quiet case goes to the CRT so an acute
            // one can be taken): those that were there before first, then voogdij, then the latest taken on
            List<Loop> naarPool = lopend.stream().filter(l -> l.wijze == Werkwijze.VAST && l.pool() == pool)
                    .sorted(Comparator.comparing((Loop l) -> !l.ooitZonder).thenComparing(l -> !l.voogdij())
                            .thenComparing(l -> l.sinds, Comparator.reverseOrder()).thenComparing(l -> l.nr))
                    .toList();
            for (Loop l : naarPool) {
                if (poolLast[p] <= poolRuimte[p]) {
                    break;
                }
                zet(l, Werkwijze.CRT, kiesPool(Werkwijze.CRT, l, d), d);
            }
        }
        List<Loop> pool = lopend.stream().filter(l -> l.wijze == Werkwijze.CRT)
                .sorted(Comparator.comparing(Loop::voogdij).thenComparing(l -> l.sinds).thenComparing(l -> l.nr))
                .toList();
        for (Loop l : pool) {
            Werker w = kiesVast(l, d);
            if (w != null) {
                zet(l, Werkwijze.VAST, w, d);
            }
        }
    }

    /** The CCP hands over once the plan is made (seed 000 §3): a few weeks when it is on time, months when late. */
    private int faseCcp(Loop l) {
        return l.planOpTijd ? 21 + r.nextInt(36) : 43 + r.nextInt(78);
    }

    private void sluit(Loop l) {
        if (l.wijze != null) {
            l.klaar.add(new Toewijzing(l.sinds, l.einde, l.wijze, l.medewerker));
            last(l, -1);
        }
        l.wijze = null;
        l.werker = null;
        lopend.remove(l);
    }

    private void vertrek(Werker w, LocalDate d) {
        for (Loop l : lopend) {
            if (l.werker == w) {
                Werker opvolger = w.rol != Werkwijze.VAST ? kiesPool(w.rol, l, d)
                        : r.nextDouble() < OVERDRACHT_BIJ_VERTREK ? kiesVast(l, d, false) : null;
                if (opvolger != null && opvolger != w) {
                    zet(l, w.rol, opvolger, d);
                } else {
                    zet(l, Werkwijze.CRT, kiesPool(Werkwijze.CRT, l, d), d);
                }
            }
        }
    }

    /** Hands the dossier to a new carrier from {@code vanaf}; the old period ends the day before. */
    private void zet(Loop l, Werkwijze wijze, Werker w, LocalDate vanaf) {
        if (l.wijze != null) {
            if (l.sinds.isBefore(vanaf)) {
                l.klaar.add(new Toewijzing(l.sinds, vanaf.minusDays(1), l.wijze, l.medewerker));
            }
            last(l, -1);
        }
        l.wijze = wijze;
        l.ooitZonder |= wijze != Werkwijze.VAST;
        l.werker = w;
        l.sinds = vanaf;
        l.medewerker = w == null ? null : w.id;
        last(l, 1);
        if (w != null) {
            if (w.inDienst.isAfter(vanaf)) {
                // carried by someone who has left before the worker of today came
                l.klaar.add(new Toewijzing(vanaf, w.inDienst.minusDays(1), wijze, voormalig()));
                l.sinds = w.inDienst;
            }
        }
    }

    // ---------------------------------------------------------------- capacity

    private void last(Loop l, int verschil) {
        if (l.werker != null) {
            l.werker.last += verschil;
            if (l.wijze == Werkwijze.VAST) {
                poolLast[l.werker.pool()] += verschil;
            }
        }
    }

    /**
     * The caseload norm per deployable FTE, per pool, that lets the vaste workers carry all but the seed count. The
     * count is shared over the pools by their running dossiers, JR and child protection in the proportion of seed
     * 000 §3 (42 of 252 without a vaste worker on 28-8-2025 were JR), so no pool has room while another's dossiers
     * wait in the CRT. Returns the pools' mean norm.
     */
    private double norm(LocalDate d) {
        double[] fte = new double[Werker.Pools.AANTAL];
        for (Werker w : werkers) {
            if (w.rol == Werkwijze.VAST && w.inDienstOp(d)) {
                fte[w.pool()] += w.inzetbaar(d) * w.persoonlijk;
            }
        }
        int[] lopendPerPool = new int[Werker.Pools.AANTAL];
        int[] lopendJr = new int[2];
        for (Loop l : lopend) {
            lopendPerPool[l.pool()]++;
            lopendJr[l.jr() ? 1 : 0]++;
        }
        double doel = doelZonderVaste(d) * schaal;
        double som = 0;
        double fteSom = 0;
        java.util.Arrays.fill(poolNorm, 0);
        for (int p = 0; p < Werker.Pools.AANTAL; p++) {
            boolean jr = p % 2 == 1;
            int groep = lopendJr[jr ? 1 : 0];
            double zonder = groep == 0 ? 0 : doel * (jr ? AANDEEL_JR_ZONDER : 1 - AANDEEL_JR_ZONDER)
                    * lopendPerPool[p] / groep;
            poolNorm[p] = fte[p] <= 0 ? 0 : Math.max(0, lopendPerPool[p] - zonder) / fte[p];
            poolRuimte[p] = poolNorm[p] * fte[p];
            som += poolRuimte[p];
            fteSom += fte[p];
        }
        return fteSom <= 0 ? 0 : som / fteSom;
    }

    private Werker kiesVast(Loop l, LocalDate d) {
        return kiesVast(l, d, true);
    }

    /**
     * The vaste worker of the dossier's pool with the most room; with {@code alleenMetRuimte} only when the pool as
     * a whole can take one more dossier (a new colleague's room is not filled while others are over their norm).
     */
    private Werker kiesVast(Loop l, LocalDate d, boolean alleenMetRuimte) {
        if (alleenMetRuimte && poolLast[l.pool()] + 1 > poolRuimte[l.pool()]) {
            return null;
        }
        Werker beste = null;
        double ruimste = Double.NEGATIVE_INFINITY;
        for (Werker w : werkers) {
            if (w.rol != Werkwijze.VAST || w.pool() != l.pool() || !w.inDienstOp(d)) {
                continue;
            }
            double ruimte = w.inzetbaar(d) * w.persoonlijk * poolNorm[w.pool()] - w.last;
            if (ruimte > ruimste) {
                beste = w;
                ruimste = ruimte;
            }
        }
        return beste;
    }

    /** The CCP or CRT worker with the fewest dossiers, of the dossier's region when there is one. */
    private Werker kiesPool(Werkwijze rol, Loop l, LocalDate d) {
        Werker beste = null;
        for (Werker w : werkers) {
            if (w.rol != rol || !w.inDienstOp(d)) {
                continue;
            }
            boolean beter = beste == null || (w.drenthe == l.drenthe) && beste.drenthe != l.drenthe
                    || (w.drenthe == l.drenthe) == (beste.drenthe == l.drenthe) && w.last / w.fte < beste.last / beste.fte;
            if (beter) {
                beste = w;
            }
        }
        return beste;
    }
}
