package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.normtoets.generator.PerMaatregel;

/**
 * Every published figure the trajectory is calibrated on, with its place in the seeds, and the estimates
 * ("schatting") that fill the gaps. Seeds: 000 = JBN progress report with monthly tables up to 28-8-2025; 001 = third
 * progress report (peildatum 2-2-2026) with the annex "Formatie" and "Tijdigheid"; 002 = the inspecties' report
 * (peildatum 10-3-2025); 003 = AEF study (key figures 2024, sickness and turnover 2024). docs/kalibratie.md lists the
 * same figures beside what the generated trajectory measures.
 */
public final class Seedcijfers {

    private Seedcijfers() {
    }

    static final String T000 = "seed 000, §1 tabel tijdigheid";
    static final String T001 = "seed 001, bijlage Tijdigheid";

    /**
     * The measurement dates. Seed 000 names the day (7-jan … 21-aug 2025); seed 001 repeats those months and adds
     * sep, sep, okt, nov, dec, jan, feb with the month only: the days are estimates, four weeks apart, ending on 001's
     * peildatum 2-2-2026. 10-3-2025 (seed 002, the inspection) and 28-8-2025 (seed 000, totals) are snapshot dates
     * without a timeliness column.
     */
    public static final List<Meetmoment> MEETMOMENTEN = List.of(
            m(2025, 1, 7, "7-jan", T000, 0.26, 0.26, 46, 155, 231, false),
            m(2025, 2, 2, "2-feb", T000, 0.48, 0.20, 20, 149, 202, false),
            m(2025, 3, 3, "3-mrt", T000, 0.90, 0.26, 15, 124, 115, false),
            new Meetmoment(LocalDate.of(2025, 3, 10), "10-3-2025", "seed 002, inleiding (peildatum inspectie)",
                    null, null, null, null, null, false),
            m(2025, 4, 7, "7-apr", T000, 0.67, 0.46, 18, 104, 104, false),
            m(2025, 5, 6, "6-mei", T000, 0.69, 0.86, 7, 63, 52, false),
            m(2025, 6, 1, "1-jun", T000, 0.55, 0.78, 9, 47, 20, false),
            m(2025, 7, 3, "3-jul", T000, 0.78, 0.54, 13, 53, 31, false),
            m(2025, 7, 31, "31-jul", T000 + " (seed 001: jul)", 0.75, 0.78, 6, 42, 40, false),
            m(2025, 8, 21, "21-aug", T000 + " (seed 001: aug)", 0.86, 0.95, 8, 38, 29, false),
            new Meetmoment(LocalDate.of(2025, 8, 28), "28-8-2025", "seed 000, §3 tabel peildatum 28-8-2025",
                    null, null, null, null, null, false),
            m(2025, 9, 8, "sep", T001, 0.62, 0.71, 4, 29, 27, true),
            m(2025, 9, 29, "sep", T001, 0.74, 0.72, 7, 36, 41, true),
            m(2025, 10, 27, "okt", T001, 0.82, 0.65, 3, 42, 52, true),
            m(2025, 11, 24, "nov", T001, 0.67, 0.63, 6, 39, 45, true),
            m(2025, 12, 22, "dec", T001, 0.70, 0.69, 6, 40, 46, true),
            m(2026, 1, 19, "jan", T001, 0.65, 0.79, 5, 42, 72, true),
            m(2026, 2, 2, "feb", T001 + " (peildatum 2-2-2026)", 0.83, 0.77, 8, 37, 133, false));

    private static Meetmoment m(int j, int mnd, int d, String kolom, String bron, double f2f, double plan,
                                int openF2f, int openPlan, int openTaxatie, boolean geschat) {
        return new Meetmoment(LocalDate.of(j, mnd, d), kolom, bron, f2f, plan, openF2f, openPlan, openTaxatie,
                geschat);
    }

    public static final LocalDate EERSTE = LocalDate.of(2025, 1, 7);
    public static final LocalDate LAATSTE = LocalDate.of(2026, 2, 2);

    /**
     * Timeliness before the first table column (steps due before 7-12-2024). Schatting, derived from seed 002: on
     * 10-3-2025 the inspecties counted 585 of 975 first contacts (60%) and 295 of 975 first plans (30%) on time over
     * the whole stock; with the 2025 columns above for the recent starts, the older stock needs about 62% and 31%.
     */
    static final double F2F_VOOR_2025 = 0.62;
    static final double PLAN_VOOR_2025 = 0.31;

    // ------------------------------------------------------------------ stock

    /** A dated stock target per kind of measure. */
    record Stand(LocalDate datum, PerMaatregel aantallen, String bron) {
    }

    /**
     * Running measures. 10-3-2025: seed 002 gives the total 975 only; the split is schatting, in the proportions of
     * 28-8-2025. 28-8-2025: seed 000 §3 (JR 253, OTS 418, voogdij 273). 2-2-2026: seed 001 §3 (246, 412, 260).
     * Before 10-3-2025 the stock is held at the March level (schatting).
     */
    static final List<Stand> STANDEN = List.of(
            new Stand(LocalDate.of(2025, 3, 10), new PerMaatregel(261, 432, 282), "seed 002 (totaal 975); verdeling schatting"),
            new Stand(LocalDate.of(2025, 8, 28), new PerMaatregel(253, 418, 273), "seed 000, §3 tabel peildatum 28-8-2025"),
            new Stand(LocalDate.of(2026, 2, 2), new PerMaatregel(246, 412, 260), "seed 001, §3 tabel peildatum 2-2-2026"));

    /** Running measures in Drenthe on 28-8-2025 (seed 000 §3: 111 / 180 / 87); used as the share of every dossier. */
    static final PerMaatregel DRENTHE = new PerMaatregel(111, 180, 87);

    /** Running measures without a vaste jeugdbeschermer (CCP + CRT). */
    record ZonderVaste(LocalDate datum, int aantal, Integer ccp, Integer crt, String bron) {
    }

    static final List<ZonderVaste> ZONDER_VASTE = List.of(
            new ZonderVaste(LocalDate.of(2025, 3, 10), 249, null, null, "seed 002, inleiding: 249 van 975"),
            new ZonderVaste(LocalDate.of(2025, 8, 28), 252, 49, 203, "seed 000, §3 tabel peildatum 28-8-2025"),
            new ZonderVaste(LocalDate.of(2026, 2, 2), 179, 18, 161, "seed 001, §3 tabel peildatum 2-2-2026"));

    /** Seed 002, theme 4: in 44% of the dossiers the inspecties read there was a period without a vaste worker. */
    public static final double OOIT_ZONDER_VASTE = 0.44;

    // ------------------------------------------------------------------ staffing

    /** One month of the staffing tables: JB FTE incl. PNIL, of which PNIL, of which sick. */
    record Maandformatie(YearMonth maand, double fte, double pnil, double ziek, String bron) {
        double ziekAandeel() {
            return ziek / fte;
        }
    }

    static final String F000 = "seed 000, §2 tabellen 2025 (jan)";
    static final String F001 = "seed 001, bijlage Formatie";

    /**
     * Months before 2025: no monthly table. Schatting: FTE and PNIL as in January/February 2025; sickness 10.7%,
     * the 2024 averages of seed 003 (JB Drenthe 13%, JB Groningen 9%) weighted by their FTE (45 and 58).
     */
    static final Maandformatie VOOR_2025 = new Maandformatie(null, 74.62, 6.6, 74.62 * 0.107,
            "schatting (seed 003 verzuim 2024; FTE als jan 2025)");

    static final List<Maandformatie> FORMATIE = List.of(
            // January 2025 from seed 000 (PNIL not given: schatting as February)
            new Maandformatie(YearMonth.of(2025, 1), 74.62, 6.6, 13.71, F000 + "; PNIL schatting"),
            f(2025, 2, 74.9, 6.6, 13.7), f(2025, 3, 76.6, 10.4, 15.4), f(2025, 4, 79.9, 10.9, 14.6),
            f(2025, 5, 76.1, 10.6, 12.9), f(2025, 6, 75.5, 9.6, 12.7), f(2025, 7, 80.4, 13.9, 11.3),
            f(2025, 8, 81.2, 16.5, 10.4), f(2025, 9, 81.1, 14.1, 10.4), f(2025, 10, 82.1, 13.3, 9.5),
            f(2025, 11, 86.2, 13.3, 11.9), f(2025, 12, 83.9, 12.4, 10.8), f(2026, 1, 84.2, 12.7, 11.2),
            new Maandformatie(YearMonth.of(2026, 2), 84.2, 12.7, 11.2, "schatting (als jan-26, seed 001)"));

    private static Maandformatie f(int j, int mnd, double fte, double pnil, double ziek) {
        return new Maandformatie(YearMonth.of(j, mnd), fte, pnil, ziek, F001);
    }

    static Maandformatie formatie(YearMonth maand) {
        for (Maandformatie f : FORMATIE) {
            if (f.maand().equals(maand)) {
                return f;
            }
        }
        if (maand.isAfter(YearMonth.of(2026, 2))) {
            return FORMATIE.get(FORMATIE.size() - 1);
        }
        return new Maandformatie(maand, VOOR_2025.fte(), VOOR_2025.pnil(), VOOR_2025.ziek(), VOOR_2025.bron());
    }

    /**
     * Yearly turnover of employed jeugdbeschermers per regio. 2024: seed 003 (JB Drenthe 52%, JB Groningen 29%;
     * also seed 000 §2). 2025: seed 000 §2 expects 15% (8 left up to 1 September); the same for both regions
     * (schatting). 2026: schatting, as 2025.
     */
    static double verloop(int jaar, boolean drenthe) {
        if (jaar <= 2024) {
            return drenthe ? 0.52 : 0.29;
        }
        return 0.15;
    }

    /** Seed 000 §2: 18% of the JB FTE is hired (14,8 FTE); seed 000 §2: 9 of them (11%) still in training. */
    static final double AANDEEL_IN_OPLEIDING = 0.11;
}
