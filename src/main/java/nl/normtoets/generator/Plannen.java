package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.normtoets.dossier.Doel;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.PlanSoort;
import nl.normtoets.dossier.Taxatie;

/**
 * Plans of approach: the first one on time with the profile's share (seed 002: 30% in March 2025; seed 001: 77% in
 * February 2026), then half-yearly or yearly updates. Goals answer the risks of the latest assessment, mostly all
 * of them.
 */
final class Plannen {

    private Plannen() {
    }

    static List<Plan> maak(Worp w, Kalibratie p, Maatregel m, int leeftijd, List<Taxatie> taxaties) {
        List<Plan> uit = new ArrayList<>();
        int eersteDag = w.kans(p.planOpTijd()) ? w.tussen(10, 42) : w.kans(0.75) ? w.tussen(43, 100)
                : w.tussen(101, 200);
        LocalDate d = w.dag(eersteDag);
        boolean bijgehouden = w.kans(p.dossierBijgehouden());
        int[] doelNummer = {1};
        PlanSoort vervolgSoort = switch (m) {
            case JR -> PlanSoort.JR_PLAN;
            case VOOGDIJ, VOORLOPIGE_VOOGDIJ -> PlanSoort.VOOGDIJPLAN;
            default -> leeftijd < 4 ? PlanSoort.HALFJAARLIJKS : PlanSoort.JAARLIJKS;
        };
        while (w.gebeurd(d)) {
            PlanSoort soort = uit.isEmpty() ? PlanSoort.EERSTE : vervolgSoort;
            boolean jeugdigeGevraagd = m.isJeugdreclassering() || leeftijd >= 12;
            uit.add(new Plan(d, soort, jeugdigeGevraagd ? w.kans(0.75) : w.kans(0.3), w.kans(0.8),
                    doelen(w, laatsteVoor(taxaties, d), doelNummer)));
            int stap = soort == PlanSoort.HALFJAARLIJKS || m.isJeugdreclassering() ? 182 : 365;
            d = d.plusDays(bijgehouden ? stap - w.tussen(0, 30) : stap + w.tussen(1, 150));
        }
        return uit;
    }

    private static Taxatie laatsteVoor(List<Taxatie> taxaties, LocalDate d) {
        Taxatie laatste = null;
        for (Taxatie t : taxaties) {
            if (!t.datum().isAfter(d)) {
                laatste = t;
            }
        }
        return laatste;
    }

    /** One goal per one or two risks; sometimes a risk is left unaddressed, sometimes the plan has no goals. */
    private static List<Doel> doelen(Worp w, Taxatie taxatie, int[] nummer) {
        if (w.kans(0.04)) {
            return List.of();
        }
        List<String> risicos = taxatie == null ? List.of() : new ArrayList<>(taxatie.risicos());
        if (risicos.size() > 1 && w.kans(0.15)) {
            risicos.remove(w.r.nextInt(risicos.size()));
        }
        List<Doel> uit = new ArrayList<>();
        Set<String> gedekt = new HashSet<>();
        for (String risico : risicos) {
            if (gedekt.add(risico)) {
                uit.add(new Doel("G" + nummer[0]++, List.of(risico)));
            }
        }
        if (uit.isEmpty() || w.kans(0.3)) {
            // a goal about development or school that answers no specific risk
            uit.add(new Doel("G" + nummer[0]++, List.of()));
        }
        return uit;
    }
}
