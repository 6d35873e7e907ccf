package nl.normtoets.generator;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.organisatie.Functie;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code organisatieFeiten} (theme 5) of a generated set, fitting the dossiers: every worker a dossier names
 * ({@code toewijzingen.medewerker}) becomes an employee, in the team where most of their assignments are (the CCP
 * and CRT pools are teams of their own), plus staff around them; a samenwerkingsprotocol for every gemeente of the
 * set. The generator streams its dossiers, so this class only keeps small aggregates while they pass
 * ({@link #tel}): per worker the assignments per team, whether all are JR, the first day; the set of gemeenten.
 * Memory does not grow with the number of dossiers, only with the number of distinct workers (a few hundred).
 *
 * <p>Deterministic: the facts depend on seed, profile, peildatum and the aggregates only, never on the order in
 * which dossiers were counted; each employee draws from a stream of its own (seed and id), so adding dossiers does
 * not change the employees already there. Figures with a published source say which seed they come from
 * (000 = progress report up to 28-8-2025, 001 = progress report February 2026, 002 = the inspecties' report,
 * 004 = council letter on caseload and turnover); the rest is marked "schatting". The shortcomings the inspecties
 * found (old or missing VOGs, missing diplomas, years without a client survey, PDCA not in place, high sickness)
 * are built in on purpose, fewer in {@code jbn-2026}. The organisation facts of {@code fixtures/demo.json} come
 * from here.
 */
public final class OrganisatiefeitenMaker {

    /** Mixed into the seed so the organisation's stream never coincides with a dossier's. */
    private static final long ZOUT = 0x6F72_6761_6E69_7361L;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Ids of the staff around the workers, after the worker pools of {@link Bezetting} (M-001 to M-260). */
    private static final int STAF_VAN = 301;

    /** Part-time factors of employed workers (schatting: 28, 32 and 36 hours a week, as in genereer_jbn.py). */
    private static final double[] FTE = {0.78, 0.89, 0.89, 1.0, 1.0};

    private final Profiel profiel;
    private final long seed;
    private final LocalDate peildatum;
    private final Organisatieprofiel op;
    private final Map<String, Werker> werkers = new TreeMap<>();
    private final Set<String> gemeenten = new TreeSet<>();
    private final Set<String> teams = new TreeSet<>();

    /** What is kept of one worker while the dossiers stream past. */
    private static final class Werker {
        final Map<String, Integer> perTeam = new TreeMap<>();
        final Set<Maatregel> maatregelen = EnumSet.noneOf(Maatregel.class);
        LocalDate eersteDag;
    }

    public OrganisatiefeitenMaker(Profiel profiel, long seed, LocalDate peildatum) {
        this.profiel = profiel;
        this.seed = seed;
        this.peildatum = peildatum;
        this.op = Organisatieprofiel.van(profiel);
    }

    /** Counts one dossier and hands it on, so it fits in a stream: {@code dossiers.map(feiten::tel)}. */
    public Dossier tel(Dossier d) {
        if (d.gemeente() != null) {
            gemeenten.add(d.gemeente());
        }
        if (d.team() != null) {
            teams.add(d.team());
        }
        for (Toewijzing t : d.toewijzingen()) {
            if (t.medewerker() == null) {
                continue;
            }
            Werker w = werkers.computeIfAbsent(t.medewerker(), k -> new Werker());
            String team = t.isVast() ? (d.team() == null ? "onbekend" : d.team()) : t.werkwijze().name();
            w.perTeam.merge(team, 1, Integer::sum);
            w.maatregelen.add(d.maatregel());
            if (w.eersteDag == null || t.vanaf().isBefore(w.eersteDag)) {
                w.eersteDag = t.vanaf();
            }
        }
        return d;
    }

    /** The facts as contract JSON ({@code $defs/organisatieFeiten}), for the audit set's last field. */
    public ObjectNode maak() {
        ObjectNode o = F.objectNode();
        ArrayNode medewerkers = o.putArray("medewerkers");
        double fteJb = 0;
        for (Map.Entry<String, Werker> e : werkers.entrySet()) {
            ObjectNode m = werker(e.getKey(), e.getValue());
            medewerkers.add(m);
            fteJb += m.get("fte").asDouble();
        }
        staf(medewerkers);
        o.set("personeelscijfers", personeelscijfers(fteJb));
        o.put("jaarverslag", jaarverslag().toString());
        ArrayNode adviezen = o.putArray("clientenraadAdviezen");
        for (int[] a : op.clientenraadAdviezen) {
            ObjectNode n = adviezen.addObject();
            n.put("datum", dag(a[0]).toString());
            if (a[1] != GEEN) {
                n.put("terugkoppeling", dag(a[1]).toString());
            }
        }
        datums(o.putArray("orVergaderingen"), op.orVergaderingen);
        datums(o.putArray("rvtVergaderingen"), op.rvtVergaderingen);
        datums(o.putArray("clientervaringsonderzoeken"), op.clientervaringsonderzoeken);
        ArrayNode acties = o.putArray("verbeteracties");
        for (int i = 0; i < op.verbeteracties.size(); i++) {
            Actie a = op.verbeteracties.get(i);
            ObjectNode n = acties.addObject();
            n.put("id", String.format("VA-%02d", i + 1));
            if (a.eigenaar() != null) {
                n.put("eigenaar", a.eigenaar());
            }
            datum(n, "deadline", a.deadline());
            datum(n, "afgerond", a.afgerond());
            datum(n, "geevalueerd", a.geevalueerd());
        }
        // seed 002: "Er is een samenwerkingsprotocol waar alle taken en werkprocessen in beschreven staan", agreed
        // with the commissioning gemeenten of both regions: one for every gemeente of the set (date: schatting).
        ArrayNode protocollen = o.putArray("samenwerkingsprotocollen");
        LocalDate getekend = LocalDate.of(peildatum.getYear() - 1, 1, 1);
        for (String g : gemeenten) {
            protocollen.addObject().put("gemeente", g).put("datum", getekend.toString());
        }
        o.put("financieleBuffer", op.financieleBuffer);
        return o;
    }

    // ---------------------------------------------------------------- employees

    private ObjectNode werker(String id, Werker w) {
        SplittableRandom r = new SplittableRandom(DossierGenerator.meng(seed ^ ZOUT, id.hashCode()));
        Functie functie = w.maatregelen.equals(EnumSet.of(Maatregel.JR)) ? Functie.JEUGDRECLASSEERDER
                : Functie.JEUGDBESCHERMER;
        boolean extern = r.nextDouble() < op.aandeelExtern;
        double fte = extern ? 1.0 : FTE[r.nextInt(FTE.length)];
        boolean nieuw = r.nextDouble() < op.aandeelNieuw;
        LocalDate inDienst = nieuw ? peildatum.minusDays(30 + r.nextInt(335))
                : peildatum.minusDays(365 + r.nextInt(7 * 365));
        if (w.eersteDag != null && w.eersteDag.isBefore(inDienst)) {
            inDienst = w.eersteDag; // nobody carries a dossier before they were hired
        }
        boolean vogTeOud = r.nextDouble() < op.vogTeOud;
        boolean zonderDiploma = r.nextDouble() < op.zonderDiploma;
        boolean skjVerlopen = r.nextDouble() < op.skjVerlopen;
        boolean gesprekTeLaat = r.nextDouble() < op.jaargesprekTeLaat;
        // catalog 5.4-B: the VOG at most 3 months old on the first day; too old is 100-200 days
        LocalDate vog = inDienst.minusDays(vogTeOud ? 100 + r.nextInt(101) : 5 + r.nextInt(76));
        // SKJ registration runs five years (re-registration); expired means in the last four months
        LocalDate skj = skjVerlopen ? peildatum.minusDays(1 + r.nextInt(120))
                : peildatum.plusDays(1 + r.nextInt(5 * 365));
        LocalDate gesprek = extern ? null : gesprekTeLaat ? peildatum.minusDays(366 + r.nextInt(300))
                : peildatum.minusDays(r.nextInt(365));
        if (gesprek != null && gesprek.isBefore(inDienst)) {
            gesprek = null; // hired within the year: the first one is not due yet
        }
        return medewerker(id, functie, fte, inDienst, extern, skj, vog, !zonderDiploma, gesprek, team(w));
    }

    /** The team with most of the worker's assignments; on a tie the first name, so the order of dossiers is moot. */
    private static String team(Werker w) {
        String beste = null;
        int meeste = 0;
        for (Map.Entry<String, Integer> e : w.perTeam.entrySet()) {
            if (e.getValue() > meeste) {
                beste = e.getKey();
                meeste = e.getValue();
            }
        }
        return beste;
    }

    /**
     * Staff around the workers; not checked by 5.4's defaults (JB and JR only) but part of a plausible GI. A
     * teammanager per team (schatting), praktijkbegeleiders and assistants after the FTE of seeds 000/001,
     * gedragswetenschappers one per two teams (schatting). All screened and in order.
     */
    private void staf(ArrayNode medewerkers) {
        List<Functie> functies = new ArrayList<>();
        teams.forEach(t -> functies.add(Functie.TEAMMANAGER));
        for (int i = 0; i < aantal(op.fteGedragswetenschappers(teams.size())); i++) {
            functies.add(Functie.GEDRAGSWETENSCHAPPER);
        }
        for (int i = 0; i < aantal(op.ftePraktijkbegeleiders); i++) {
            functies.add(Functie.PRAKTIJKBEGELEIDER);
        }
        for (int i = 0; i < aantal(op.fteAssistenten); i++) {
            functies.add(Functie.ASSISTENT);
        }
        List<String> teamlijst = new ArrayList<>(teams);
        for (int i = 0; i < functies.size(); i++) {
            String id = String.format("M-%03d", STAF_VAN + i);
            SplittableRandom r = new SplittableRandom(DossierGenerator.meng(seed ^ ZOUT, id.hashCode()));
            Functie f = functies.get(i);
            LocalDate inDienst = peildatum.minusDays(365 + r.nextInt(7 * 365));
            boolean skjNodig = f == Functie.GEDRAGSWETENSCHAPPER || f == Functie.PRAKTIJKBEGELEIDER
                    || f == Functie.TEAMMANAGER;
            String team = teamlijst.isEmpty() ? null : teamlijst.get(i % teamlijst.size());
            medewerkers.add(medewerker(id, f, f == Functie.TEAMMANAGER ? 1.0 : 0.89, inDienst, false,
                    skjNodig ? peildatum.plusDays(1 + r.nextInt(5 * 365)) : null, inDienst.minusDays(5 + r.nextInt(76)),
                    true, peildatum.minusDays(r.nextInt(365)), team));
        }
    }

    private static int aantal(double fte) {
        return (int) Math.round(fte / 0.89);
    }

    private static ObjectNode medewerker(String id, Functie functie, double fte, LocalDate inDienst, boolean extern,
                                         LocalDate skj, LocalDate vog, boolean diploma, LocalDate gesprek,
                                         String team) {
        ObjectNode m = F.objectNode();
        m.put("id", id);
        m.put("functie", functie.name());
        m.put("fte", fte);
        m.put("inDienst", inDienst.toString());
        m.put("extern", extern);
        datum(m, "skjGeldigTot", skj);
        m.put("vogDatum", vog.toString());
        m.put("diploma", diploma);
        datum(m, "laatsteJaargesprek", gesprek);
        if (team != null) {
            m.put("team", team);
        }
        return m;
    }

    // ---------------------------------------------------------------- monthly table

    /**
     * The profile's monthly table, shifted so its last month is the one before the peildatum's month (that month is
     * not complete yet) and scaled to the generated workers: the table's last FTE equals the summed FTE of the
     * workers, so sickness, external share and turnover keep the seed's proportions at any set size.
     */
    private ArrayNode personeelscijfers(double fteJb) {
        SplittableRandom r = new SplittableRandom(DossierGenerator.meng(seed ^ ZOUT, -1));
        int n = op.fte.length;
        double schaal = fteJb > 0 ? fteJb / op.fte[n - 1] : 1.0;
        YearMonth laatste = YearMonth.from(peildatum).minusMonths(1);
        ArrayNode uit = F.arrayNode();
        for (int i = 0; i < n; i++) {
            double fte = rond(op.fte[i] * schaal);
            // leavers vary per month around the profile's monthly rate
            double uitstroom = rond(fte * op.uitstroomPerMaand * (0.5 + r.nextDouble()));
            uit.addObject().put("maand", laatste.minusMonths(n - 1L - i).toString()).put("fte", fte)
                    .put("fteZiek", Math.min(fte, rond(op.fteZiek[i] * schaal)))
                    .put("fteExtern", Math.min(fte, rond(op.fteExtern[i] * schaal))).put("uitstroom", uitstroom);
        }
        return uit;
    }

    private static double rond(double x) {
        return Math.round(x * 100) / 100.0;
    }

    // ---------------------------------------------------------------- governance

    /** The annual report is published at the end of June (schatting; seed 002 cites JBN's annual reports). */
    private LocalDate jaarverslag() {
        LocalDate dit = MonthDay.of(6, 28).atYear(peildatum.getYear());
        return dit.isAfter(peildatum) ? dit.minusYears(1) : dit;
    }

    private LocalDate dag(int dagenTovPeildatum) {
        return peildatum.plusDays(dagenTovPeildatum);
    }

    private void datums(ArrayNode lijst, int[] dagen) {
        for (int d : dagen) {
            lijst.add(dag(d).toString());
        }
    }

    private void datum(ObjectNode n, String veld, Integer dagenTovPeildatum) {
        if (dagenTovPeildatum != null) {
            n.put(veld, dag(dagenTovPeildatum).toString());
        }
    }

    private static void datum(ObjectNode n, String veld, LocalDate d) {
        if (d != null) {
            n.put(veld, d.toString());
        }
    }

    @Override
    public String toString() {
        return "OrganisatiefeitenMaker[" + profiel + ", " + werkers.size() + " medewerkers, " + gemeenten.size()
                + " gemeenten]";
    }

    // ---------------------------------------------------------------- the profiles

    static final int GEEN = Integer.MIN_VALUE;

    /** An improvement action; dates in days relative to the peildatum, null when not (yet) there. */
    record Actie(String eigenaar, Integer deadline, Integer afgerond, Integer geevalueerd) {
    }

    /** The organisation side of a {@link Profiel}. Dates are days relative to the peildatum (negative: before). */
    static final class Organisatieprofiel {
        double[] fte;
        double[] fteZiek;
        double[] fteExtern;
        double uitstroomPerMaand;
        double aandeelExtern;
        double aandeelNieuw;
        double vogTeOud;
        double zonderDiploma;
        double skjVerlopen;
        double jaargesprekTeLaat;
        double ftePraktijkbegeleiders;
        double fteAssistenten;
        double financieleBuffer;
        int[][] clientenraadAdviezen;
        int[] orVergaderingen;
        int[] rvtVergaderingen;
        int[] clientervaringsonderzoeken;
        List<Actie> verbeteracties;

        double fteGedragswetenschappers(int teams) {
            return 0.89 * Math.ceil(teams / 2.0);
        }

        static Organisatieprofiel van(Profiel p) {
            Organisatieprofiel o = new Organisatieprofiel();
            // seed 002: "Ook zou JBN de benodigde 10% financiële buffer hebben"; no later figure, so both profiles
            o.financieleBuffer = 0.10;
            switch (p) {
                case JBN_2025 -> {
                    // seed 000, table jan-aug 2025: jeugdbeschermers SKJ (FTE) and of whom sick (FTE); PNIL from
                    // seed 001 (feb-aug 2025), January schatting (= February)
                    o.fte = new double[] {74.62, 74.93, 76.58, 79.96, 76.14, 75.48, 80.36, 81.19};
                    o.fteZiek = new double[] {13.71, 13.71, 15.44, 14.6, 12.99, 12.74, 11.28, 10.39};
                    o.fteExtern = new double[] {6.6, 6.6, 10.4, 10.9, 10.6, 9.6, 13.9, 16.5};
                    // seed 000: 8 jeugdbeschermers left in 2025 up to 1 September, on about 77 FTE: 1.3% a month
                    o.uitstroomPerMaand = 0.013;
                    o.aandeelExtern = 0.18;        // seed 000: "14,8 FTE (18%) extern ingehuurd"
                    o.aandeelNieuw = 0.11;         // seed 000: 9 jeugdbeschermers (11%) still in training
                    o.vogTeOud = 0.06;             // schatting; seed 002: VOGs not timely in some staff files
                    o.zonderDiploma = 0.04;        // schatting; seed 002: diplomas missing in some staff files
                    o.skjVerlopen = 0.02;          // schatting
                    o.jaargesprekTeLaat = 0.25;    // schatting; seed 002: professional development not assured
                    o.ftePraktijkbegeleiders = 5.2; // seed 000: praktijkbegeleiders 5,2 FTE
                    o.fteAssistenten = 6.23;       // seed 000: assistent jeugdbeschermers 6,23 FTE (feb-mrt 2025)
                    // schatting: one advice answered in time, one late, one still within its term
                    o.clientenraadAdviezen = new int[][] {{-200, -150}, {-130, -10}, {-40, GEEN}};
                    // schatting (as fixtures/organisatie/jbn.json): a long silence, then monthly formal meetings;
                    // seed 002: the OR only recently added an informal consultation to the formal one
                    o.orVergaderingen = new int[] {-420, -330, -150, -115, -80, -45, -10};
                    o.rvtVergaderingen = new int[] {-290, -200, -110, -20}; // schatting: quarterly
                    o.clientervaringsonderzoeken = new int[] {-4 * 365};    // schatting: years without one
                    // seed 002: PDCA not assured, "veel plannen, maar de uitvoering vaak onvolledig" (schatting)
                    o.verbeteracties = List.of(new Actie("bestuurder", -60, -70, -20),
                            new Actie("manager bedrijfsvoering", -100, -40, null), new Actie("HR", -30, null, null),
                            new Actie("kwaliteit", -10, null, null), new Actie(null, 60, null, null),
                            new Actie("teammanagers", 120, null, null), new Actie("HR", 30, null, null),
                            new Actie("bestuurder", null, null, null));
                }
                case JBN_2026 -> {
                    // seed 001, bijlage formatie feb-25 to jan-26: jeugdbeschermers incl. PNIL, PNIL, of whom sick
                    o.fte = new double[] {74.9, 76.6, 79.9, 76.1, 75.5, 80.4, 81.2, 81.1, 82.1, 86.2, 83.9, 84.2};
                    o.fteZiek = new double[] {13.7, 15.4, 14.6, 12.9, 12.7, 11.3, 10.4, 10.4, 9.5, 11.9, 10.8, 11.2};
                    o.fteExtern = new double[] {6.6, 10.4, 10.9, 10.6, 9.6, 13.9, 16.5, 14.1, 13.3, 13.3, 12.4, 12.7};
                    o.uitstroomPerMaand = 0.15 / 12; // seed 000: expected turnover 2025 of 15%
                    o.aandeelExtern = 0.15;          // seed 001: 12,7 of 84,2 FTE PNIL in January 2026
                    o.aandeelNieuw = 0.15;           // seed 001: formatie 15% higher than a year before
                    o.vogTeOud = 0.02;               // schatting: files brought in order after seed 002
                    o.zonderDiploma = 0.01;          // schatting
                    o.skjVerlopen = 0.01;            // schatting
                    o.jaargesprekTeLaat = 0.10;      // schatting; seed 001: quarterly caseload talks since Oct 2025
                    o.ftePraktijkbegeleiders = 5.3;  // seed 001: praktijkbegeleiders 5,3 FTE (jan-26)
                    o.fteAssistenten = 3.22;         // seed 001: assistent jeugdbeschermers 3,22 FTE (jan-26)
                    o.clientenraadAdviezen = new int[][] {{-240, -200}, {-150, -120}, {-50, GEEN}}; // schatting
                    // schatting: formal OR meetings every five weeks
                    o.orVergaderingen = new int[] {-395, -360, -325, -290, -255, -220, -185, -150, -115, -80, -45,
                            -10};
                    // seed 001: a new raad van toezicht; schatting: every two months
                    o.rvtVergaderingen = new int[] {-340, -280, -220, -160, -100, -40};
                    // seed 001: cliëntervaringsonderzoeken are carried out again (schatting: dates)
                    o.clientervaringsonderzoeken = new int[] {-4 * 365, -120};
                    // seed 001: risks managed, weekly steering on the recovery plan (schatting: the actions)
                    o.verbeteracties = List.of(new Actie("bestuurder", -200, -210, -150),
                            new Actie("manager bedrijfsvoering", -150, -160, -100), new Actie("HR", -90, -95, -40),
                            new Actie("kwaliteit", -45, -50, null), new Actie("teammanagers", -20, null, null),
                            new Actie("kwaliteit", 40, null, null), new Actie("HR", 90, null, null),
                            new Actie("bestuurder", 150, null, null));
                }
                default -> throw new IllegalArgumentException("geen organisatieprofiel voor " + p);
            }
            return o;
        }
    }
}
