package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.normtoets.dossier.Contactafspraak;
import nl.normtoets.dossier.Evaluatie;
import nl.normtoets.dossier.Kernbesluit;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.Signaal;
import nl.normtoets.dossier.Taxatie;
import nl.normtoets.dossier.TaxatieSoort;
import nl.normtoets.dossier.Veiligheidsafspraak;

/** Evaluations, key decisions, the agreed contact frequency, signs of unsafety and safety agreements. */
final class Verantwoording {

    private Verantwoording() {
    }

    static List<Evaluatie> evaluaties(Worp w, Kalibratie p, List<Plan> plannen) {
        List<Evaluatie> uit = new ArrayList<>();
        if (plannen.isEmpty()) {
            return uit;
        }
        boolean bijgehouden = w.kans(p.dossierBijgehouden());
        LocalDate d = plannen.get(0).datum();
        while (true) {
            d = d.plusDays(bijgehouden ? w.tussen(60, 180) : w.tussen(150, 400));
            if (!w.gebeurd(d)) {
                return uit;
            }
            uit.add(new Evaluatie(d));
        }
    }

    /** A key decision at the start and at every plan, usually with a behavioural scientist present. */
    static List<Kernbesluit> kernbesluiten(Worp w, int leeftijd, List<Plan> plannen) {
        List<LocalDate> momenten = new ArrayList<>();
        if (w.kans(0.8)) {
            momenten.add(w.alsGebeurd(w.dag(w.tussen(0, 14))));
        }
        plannen.forEach(pl -> momenten.add(pl.datum()));
        List<Kernbesluit> uit = new ArrayList<>();
        for (LocalDate d : momenten) {
            if (d != null) {
                uit.add(new Kernbesluit(d, w.kans(0.9), leeftijd >= 12 && w.kans(0.5), w.kans(0.75)));
            }
        }
        return uit;
    }

    static Contactafspraak contactafspraak(Worp w, Kalibratie p, List<Plan> plannen) {
        if (plannen.isEmpty() || !w.kans(p.dossierBijgehouden() + 0.1)) {
            return null;
        }
        return new Contactafspraak(plannen.get(0).datum(), w.kies(List.of(14, 21, 28, 42)));
    }

    record Veiligheid(List<Signaal> signalen, List<Veiligheidsafspraak> afspraken) {
    }

    /** Signs of unsafety in a fifth of the dossiers; mostly followed up within days, with a safety agreement. */
    static Veiligheid veiligheid(Worp w, List<Taxatie> taxaties) {
        List<Signaal> signalen = new ArrayList<>();
        List<Veiligheidsafspraak> afspraken = new ArrayList<>();
        taxaties.stream().filter(t -> t.soort() == TaxatieSoort.VEILIGHEID && t.risicos().contains("HUISELIJK_GEWELD"))
                .findFirst().ifPresent(t -> afspraken.add(new Veiligheidsafspraak(t.datum())));
        if (w.kans(0.2) && w.looptijd() > 0) {
            int n = w.tussen(1, 3);
            for (int i = 0; i < n; i++) {
                LocalDate d = w.dag(w.tussen(0, w.looptijd()));
                LocalDate opgevolgd = w.kans(0.8) ? w.alsGebeurd(d.plusDays(w.tussen(0, 3)))
                        : w.kans(0.5) ? w.alsGebeurd(d.plusDays(w.tussen(4, 20))) : null;
                signalen.add(new Signaal(d, opgevolgd));
                if (w.kans(0.7)) {
                    LocalDate a = w.alsGebeurd(d.plusDays(w.tussen(0, 14)));
                    if (a != null) {
                        afspraken.add(new Veiligheidsafspraak(a));
                    }
                }
            }
        }
        return new Veiligheid(signalen, afspraken);
    }
}
