package nl.normtoets.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.normtoets.dossier.Maatregel;

/**
 * The calibration of a synthetic GI: the figures the generator reproduces, each with the seed it comes from.
 * Counts are taken over as published; shares without a published figure are estimates (marked "schatting") chosen
 * to be consistent with what the seeds describe, e.g. the backlog of risk assessments.
 *
 * <p>Seeds: 000 = JBN progress report with monthly tables up to 28-8-2025; 001 = third progress report with the
 * peildatum 2-2-2026; 002 = the inspecties' report on JBN (peildatum 10-3-2025).
 */
public enum Profiel implements Kalibratie {

    /** JBN around the inspection of March 2025, the default. */
    JBN_2025("jbn-2025",
            // seed 000, peildatum 28-8-2025: JR 253, OTS 418, voogdij 273 (944); Drenthe 111/180/87.
            new PerMaatregel(253, 418, 273), new PerMaatregel(111, 180, 87),
            // seed 000, same table: without a vaste worker CCP 25/21/3, CRT 17/77/109 (252 of 944, 27%);
            // seed 002 counts 249 of 975 (26%) on 10-3-2025.
            new PerMaatregel(25, 21, 3), new PerMaatregel(17, 77, 109),
            0.60,  // seed 002: first face-to-face contact on time in 585 of 975 measures
            0.30,  // seed 002: plan of approach late in 680 of 975, so on time in 295 (30%)
            0.90,  // seed 000 §3: every new measure starts with the CCP until the plan is made
            0.45,  // schatting: risk assessment within 5 days; seed 000 shows a backlog of 231 (jan) / 115 (mrt)
            0.75,  // schatting: a safety/risk assessment within six weeks
            0.10,  // schatting: first assessment never recorded
            0.12,  // schatting: "tail" without face-to-face contact for over 3 months (seed 001 monitor, seed 002)
            0.40,  // seed 002: help often not in place within three months because of waiting lists
            0.50,  // schatting: family informed in time who handles the dossier without a vaste worker
            0.55,  // schatting: broad analysis with the family within six weeks
            0.65), // schatting: dossier current (evaluations every half year)

    /** JBN in February 2026, after a year of the recovery plan. */
    JBN_2026("jbn-2026",
            // seed 001, peildatum 2-2-2026: JR 246, OTS 412, voogdij 260 (918); Drenthe 89/231/81.
            new PerMaatregel(246, 412, 260), new PerMaatregel(89, 231, 81),
            // seed 001: without a vaste worker CCP 13/6/0, CRT 13/60/90; the report's total is 179 of 918.
            new PerMaatregel(13, 6, 0), new PerMaatregel(13, 60, 90),
            0.83,  // seed 001: first face-to-face contact on time 83% (February 2026)
            0.77,  // seed 001: first plan of approach on time 77% (February 2026)
            0.30,  // seed 000 §3: new measures go to a vaste worker from the start again
            0.65,  // schatting: risk assessments still lag (seed 001: backlog 133 in February 2026)
            0.88,  // schatting
            0.04,  // schatting
            0.06,  // schatting: half the 2025 tail; seed 001 reports more meaningful contact
            0.60,  // schatting: help waiting lists remain (seed 001)
            0.80,  // schatting
            0.75,  // schatting
            0.80); // schatting

    private final String naam;
    private final PerMaatregel aantallen;
    private final PerMaatregel drenthe;
    private final PerMaatregel zonderVasteCcp;
    private final PerMaatregel zonderVasteCrt;
    final double contactOpTijd;
    final double planOpTijd;
    final double startBijCcp;
    final double taxatieBinnenVijfDagen;
    final double taxatieBinnenZesWeken;
    final double taxatieOntbreekt;
    final double zonderContactStaart;
    final double hulpBinnenDrieMaanden;
    final double informatiebriefOpTijd;
    final double analyseOpTijd;
    final double dossierBijgehouden;

    Profiel(String naam, PerMaatregel aantallen, PerMaatregel drenthe, PerMaatregel zonderVasteCcp,
            PerMaatregel zonderVasteCrt, double contactOpTijd, double planOpTijd, double startBijCcp,
            double taxatieBinnenVijfDagen, double taxatieBinnenZesWeken, double taxatieOntbreekt,
            double zonderContactStaart, double hulpBinnenDrieMaanden, double informatiebriefOpTijd,
            double analyseOpTijd, double dossierBijgehouden) {
        this.naam = naam;
        this.aantallen = aantallen;
        this.drenthe = drenthe;
        this.zonderVasteCcp = zonderVasteCcp;
        this.zonderVasteCrt = zonderVasteCrt;
        this.contactOpTijd = contactOpTijd;
        this.planOpTijd = planOpTijd;
        this.startBijCcp = startBijCcp;
        this.taxatieBinnenVijfDagen = taxatieBinnenVijfDagen;
        this.taxatieBinnenZesWeken = taxatieBinnenZesWeken;
        this.taxatieOntbreekt = taxatieOntbreekt;
        this.zonderContactStaart = zonderContactStaart;
        this.hulpBinnenDrieMaanden = hulpBinnenDrieMaanden;
        this.informatiebriefOpTijd = informatiebriefOpTijd;
        this.analyseOpTijd = analyseOpTijd;
        this.dossierBijgehouden = dossierBijgehouden;
    }

    public String naam() {
        return naam;
    }

    public PerMaatregel aantallen() {
        return aantallen;
    }

    /** Target share of first face-to-face contacts on time (indicator 1a.3-A). */
    @Override
    public double contactOpTijd() {
        return contactOpTijd;
    }

    /** Target share of first plans on time (indicator 1b.3-A). */
    @Override
    public double planOpTijd() {
        return planOpTijd;
    }

    // the other shares of Kalibratie, one line each
    @Override public double taxatieBinnenVijfDagen() { return taxatieBinnenVijfDagen; }
    @Override public double taxatieBinnenZesWeken() { return taxatieBinnenZesWeken; }
    @Override public double taxatieOntbreekt() { return taxatieOntbreekt; }
    @Override public double zonderContactStaart() { return zonderContactStaart; }
    @Override public double hulpBinnenDrieMaanden() { return hulpBinnenDrieMaanden; }
    @Override public double informatiebriefOpTijd() { return informatiebriefOpTijd; }
    @Override public double analyseOpTijd() { return analyseOpTijd; }
    @Override public double dossierBijgehouden() { return dossierBijgehouden; }

    double aandeelDrenthe(Maatregel m) {
        return drenthe.aandeel(m, aantallen);
    }

    double aandeelCcp(Maatregel m) {
        return zonderVasteCcp.aandeel(m, aantallen);
    }

    double aandeelCrt(Maatregel m) {
        return zonderVasteCrt.aandeel(m, aantallen);
    }

    /** Target share of running measures without a vaste worker on the peildatum, over the measure mix. */
    public double zonderVaste() {
        return (double) (zonderVasteCcp.totaal() + zonderVasteCrt.totaal()) / aantallen.totaal();
    }

    public static Profiel van(String naam) {
        for (Profiel p : values()) {
            if (p.naam.equalsIgnoreCase(naam)) {
                return p;
            }
        }
        throw new IllegalArgumentException("onbekend profiel '" + naam + "'; kies uit " + namen());
    }

    public static String namen() {
        return Arrays.stream(values()).map(Profiel::naam).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return naam.toLowerCase(Locale.ROOT);
    }

    /**
     * The figures for the contract extensions of issue 12, per profile. None is published as a number; each is an
     * estimate (schatting) from what the seeds describe:
     * <ul>
     * <li>{@code gezinGeinformeerdOpTijd}: after a change of worker the family hears within 10 days who carries the
     * dossier. Seed 002 (norm 1a.1): families are not actively informed when the CCP or CRT takes over, a standard
     * letter was still being written; 2026: seed 001, the letter is in use.</li>
     * <li>{@code veiligheidBesproken}: safety discussed with the child in a face-to-face GI contact. Seed 002 (norm 3.4,
     * 3.5): JBN does not ask the child's view on safety as a rule; 38% of parents and children say nobody asked.</li>
     * <li>{@code taxatieMetGezin}: an assessment made with the parents or child. Seed 002 (norm 1a.2, 3.5): the worker
     * fills in the ARIJ alone, the files do not show how the family took part.</li>
     * <li>{@code strafrechtelijkeHulp}: share of JR help that follows directly from the criminal-law decision (special
     * conditions); seed 002 (norm 2.3) names the exemption, not a share.</li>
     * <li>{@code broersZussen}: share of dossiers that are one of two children of a family in the set. Seed 002
     * (norm 1a.2) describes a file with four children of one family.</li>
     * <li>{@code oorzaakanalyse}: a recorded cause analysis after a late first contact. Seed 002 ("Ingezette
     * interventies"): JBN does not work with the Handelingsperspectief (seed 004), so it is rare.</li>
     * </ul>
     */
    public Uitbreiding uitbreiding() {
        return this == JBN_2025 ? new Uitbreiding(0.35, 0.45, 0.30, 0.70, 0.30, 0.08)
                : new Uitbreiding(0.70, 0.65, 0.50, 0.70, 0.30, 0.15);
    }

    /** See {@link #uitbreiding()}. */
    public record Uitbreiding(double gezinGeinformeerdOpTijd, double veiligheidBesproken, double taxatieMetGezin,
                              double strafrechtelijkeHulp, double broersZussen, double oorzaakanalyse) {
    }
}
