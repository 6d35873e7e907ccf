package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.normtoets.generator.Kalibratie;
import nl.normtoets.generator.Profiel;

/**
 * The shares for one dossier of the trajectory. Whether its first contact and first plan are on time is decided
 * beforehand (1 or 0) by the quota of the month its step fell due ({@link Tijdigheid}); the other shares move with
 * the start date from the March 2025 profile to the February 2026 profile, linearly between the two peildata. The
 * one-day generator's silence before the peildatum is left out: in a trajectory it would sit before the last day
 * only.
 */
record Stapkansen(double contactOpTijd, double planOpTijd, double taxatieBinnenVijfDagen,
                  double taxatieBinnenZesWeken, double taxatieOntbreekt, double zonderContactStaart,
                  double hulpBinnenDrieMaanden, double informatiebriefOpTijd, double analyseOpTijd,
                  double dossierBijgehouden) implements Kalibratie {

    static final LocalDate VAN = LocalDate.of(2025, 3, 10);
    static final LocalDate TOT = LocalDate.of(2026, 2, 2);

    static Stapkansen voor(LocalDate start, boolean contactOpTijd, boolean planOpTijd) {
        double a = Math.max(0, Math.min(1, (double) ChronoUnit.DAYS.between(VAN, start)
                / ChronoUnit.DAYS.between(VAN, TOT)));
        Profiel p = Profiel.JBN_2025;
        Profiel q = Profiel.JBN_2026;
        return new Stapkansen(contactOpTijd ? 1 : 0, planOpTijd ? 1 : 0,
                mix(p.taxatieBinnenVijfDagen(), q.taxatieBinnenVijfDagen(), a),
                mix(p.taxatieBinnenZesWeken(), q.taxatieBinnenZesWeken(), a),
                mix(p.taxatieOntbreekt(), q.taxatieOntbreekt(), a), 0,
                mix(p.hulpBinnenDrieMaanden(), q.hulpBinnenDrieMaanden(), a),
                mix(p.informatiebriefOpTijd(), q.informatiebriefOpTijd(), a),
                mix(p.analyseOpTijd(), q.analyseOpTijd(), a),
                mix(p.dossierBijgehouden(), q.dossierBijgehouden(), a));
    }

    private static double mix(double x, double y, double a) {
        return x + (y - x) * a;
    }
}
