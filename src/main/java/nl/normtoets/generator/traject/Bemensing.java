package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.generator.Dossierverloop;

/**
 * The staff of the simulated GI month by month: on the first day of each month the jeugdbeschermers in service add
 * up to that month's FTE of the seed tables (incl. PNIL), of which the PNIL share is hired. During a month employees
 * leave at the yearly turnover of their year and region (seeds 003 and 000), PNIL contracts start or end, and new
 * employees are hired to reach the next month's figure; when the next figure is lower, extra employees leave. Every
 * change carries its own date, so a snapshot sees exactly who was in service on its day.
 */
final class Bemensing {

    private static final long ZOUT = 0x6265_6D65_6E73_696EL;

    /** Schatting: FTE in the start phase (CCP, in the regional teams) and in the pool (CRT); the rest is vast. */
    static final double FTE_CCP = 5.0;
    static final double FTE_CRT = 8.0;
    /** Part-time factors of employed workers (schatting: 28, 32 and 36 hours a week). */
    private static final double[] DEELTIJD = {0.78, 0.89, 0.89, 1.0, 1.0};
    private static final int TEAMS_DRENTHE = 5;
    private static final int TEAMS_GRONINGEN = 7;

    private final SplittableRandom r;
    private final long seed;
    private final double schaal;
    private final double aandeelJr;
    private final double aandeelDrenthe;
    private final List<Werker> werkers = new ArrayList<>();
    private int volgnummer;

    private Bemensing(long seed, double schaal, double aandeelJr, double aandeelDrenthe) {
        this.seed = seed;
        this.r = new SplittableRandom(Dossierverloop.stroom(seed ^ ZOUT, 0));
        this.schaal = schaal;
        this.aandeelJr = aandeelJr;
        this.aandeelDrenthe = aandeelDrenthe;
    }

    /** All workers who were in service at some day from {@code van} up to {@code tot}. */
    static List<Werker> simuleer(long seed, double schaal, double aandeelJr, double aandeelDrenthe,
                                 YearMonth van, YearMonth tot) {
        Bemensing b = new Bemensing(seed, schaal, aandeelJr, aandeelDrenthe);
        b.begin(van);
        for (YearMonth m = van; m.isBefore(tot); m = m.plusMonths(1)) {
            b.maand(m);
        }
        return List.copyOf(b.werkers);
    }

    private double fte(YearMonth m) {
        return Seedcijfers.formatie(m).fte() * schaal;
    }

    private double pnil(YearMonth m) {
        return Seedcijfers.formatie(m).pnil() * schaal;
    }

    private void begin(YearMonth m) {
        LocalDate dag = m.atDay(1);
        while (som(dag, true) < pnil(m) - 0.5) {
            voegToe(true, dag.minusDays(r.nextInt(365)));
        }
        while (som(dag, false) < fte(m) - pnil(m) - 0.4) {
            voegToe(false, dag.minusDays(365 + r.nextInt(9 * 365)));
        }
    }

    /** Changes during month {@code m}, so that the first day of the next month matches its figures. */
    private void maand(YearMonth m) {
        LocalDate eerste = m.atDay(1);
        YearMonth volgende = m.plusMonths(1);
        LocalDate peil = volgende.atDay(1);
        for (Werker w : List.copyOf(werkers)) {
            if (!w.extern && w.inDienstOp(eerste) && w.uitDienst == null
                    && r.nextDouble() < natuurlijk(m.getYear(), w.drenthe) / 12) {
                w.uitDienst = dagIn(m, 2);
            }
        }
        // PNIL: contracts (whole FTE) end or start to follow the hired share; employees make up the total
        while (som(peil, true) > pnil(volgende) + 0.5) {
            vertrek(m, true, peil);
        }
        while (som(peil, true) < pnil(volgende) - 0.5) {
            voegToe(true, dagIn(m, 2));
        }
        double doel = fte(volgende) - som(peil, true);
        while (som(peil, false) > doel + 0.5) {
            vertrek(m, false, peil);
        }
        while (som(peil, false) < doel - 0.5) {
            voegToe(false, dagIn(m, 2));
        }
    }

    /**
     * The yearly rate at which employees leave on their own. Where the table's employed FTE falls from one month
     * to the next, the fall is made by leavers too; those count against the year's turnover, so the rest of the
     * year has fewer (2025: the table falls by about 9 FTE, which is most of the 15% seed 000 expects), but never
     * less than half the year's rate.
     */
    private double natuurlijk(int jaar, boolean drenthe) {
        double daling = 0;
        double fte = 0;
        for (int mnd = 1; mnd <= 12; mnd++) {
            YearMonth m = YearMonth.of(jaar, mnd);
            double nu = fte(m) - pnil(m);
            double straks = fte(m.plusMonths(1)) - pnil(m.plusMonths(1));
            daling += Math.max(0, nu - straks);
            fte += nu / 12;
        }
        // schatting: at least half of a year's turnover is people leaving of their own accord
        double verloop = Seedcijfers.verloop(jaar, drenthe);
        return Math.max(verloop / 2, verloop - daling / fte);
    }

    /** A day in the month, from day {@code vanaf} to the first of the next month (exclusive end dates). */
    private LocalDate dagIn(YearMonth m, int vanaf) {
        return m.atDay(vanaf + r.nextInt(m.lengthOfMonth() - vanaf + 1));
    }

    private void vertrek(YearMonth m, boolean extern, LocalDate peil) {
        List<Werker> kandidaten = werkers.stream()
                .filter(w -> w.extern == extern && w.inDienstOp(peil) && w.uitDienst == null
                        && w.inDienst.isBefore(m.atDay(1)))
                .toList();
        if (kandidaten.isEmpty()) {
            throw new IllegalStateException("geen medewerker om te laten vertrekken in " + m);
        }
        kandidaten.get(r.nextInt(kandidaten.size())).uitDienst = dagIn(m, 2);
    }

    private double som(LocalDate dag, boolean extern) {
        return werkers.stream().filter(w -> w.extern == extern && w.inDienstOp(dag)).mapToDouble(w -> w.fte).sum();
    }

    /** A new worker in the role, region and kind that is furthest below its share of the FTE. */
    private void voegToe(boolean extern, LocalDate inDienst) {
        Werkwijze rol = Werkwijze.VAST;
        boolean jr = false;
        boolean drenthe;
        if (!extern && fteVan(Werkwijze.CCP, inDienst) < FTE_CCP * schaal) {
            rol = Werkwijze.CCP;
        } else if (!extern && fteVan(Werkwijze.CRT, inDienst) < FTE_CRT * schaal) {
            rol = Werkwijze.CRT;
        } else {
            double vast = fteVan(Werkwijze.VAST, inDienst);
            double jrFte = werkers.stream().filter(w -> w.rol == Werkwijze.VAST && w.jr && w.inDienstOp(inDienst))
                    .mapToDouble(w -> w.fte).sum();
            jr = vast <= 0 ? r.nextDouble() < aandeelJr : jrFte / vast < aandeelJr;
        }
        final boolean isJr = jr;
        final Werkwijze deRol = rol;
        double regio = werkers.stream().filter(w -> w.rol == deRol && w.jr == isJr && w.inDienstOp(inDienst))
                .mapToDouble(w -> w.fte).sum();
        double drentheFte = werkers.stream()
                .filter(w -> w.rol == deRol && w.jr == isJr && w.drenthe && w.inDienstOp(inDienst))
                .mapToDouble(w -> w.fte).sum();
        drenthe = regio <= 0 ? r.nextDouble() < aandeelDrenthe : drentheFte / regio < aandeelDrenthe;
        volgnummer++;
        String id = String.format("M-%04d", volgnummer);
        String team = switch (rol) {
            case CCP -> "CCP";
            case CRT -> "CRT";
            case VAST -> drenthe ? "D" + (1 + volgnummer % TEAMS_DRENTHE) : "G" + (1 + volgnummer % TEAMS_GRONINGEN);
        };
        double fte = extern ? 1.0 : DEELTIJD[r.nextInt(DEELTIJD.length)];
        boolean nieuw = !extern && r.nextDouble() < 0.5; // schatting: half of the hires come straight from school
        werkers.add(new Werker(id, rol, jr, drenthe, team, fte, extern, nieuw, inDienst,
                Dossierverloop.stroom(seed ^ ZOUT, volgnummer)));
    }

    private double fteVan(Werkwijze rol, LocalDate dag) {
        return werkers.stream().filter(w -> w.rol == rol && !w.extern && w.inDienstOp(dag)).mapToDouble(w -> w.fte)
                .sum();
    }
}
