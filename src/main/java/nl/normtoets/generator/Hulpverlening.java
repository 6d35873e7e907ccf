package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.normtoets.dossier.Doel;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.Samenwerkingsafspraak;

/**
 * Help for the family: requested when the plan is made, started after a waiting time (seed 002: often not within
 * three months because of waiting lists), escalated when it does not start, judged after some months and replaced
 * when it does not work.
 */
final class Hulpverlening {

    static final List<String> AANBIEDERS = List.of("Jeugd-ggz", "Ambulante gezinsbegeleiding", "Pleegzorg",
            "Lokaal team", "Verslavingszorg", "Gezinshuis", "Leerplicht", "Schuldhulpverlening");

    private Hulpverlening() {
    }

    record Resultaat(List<Hulp> hulp, List<Samenwerkingsafspraak> samenwerkingsafspraken) {
    }

    static Resultaat maak(Worp w, Kalibratie p, Maatregel m, List<Plan> plannen) {
        List<Hulp> hulp = new ArrayList<>();
        List<Samenwerkingsafspraak> afspraken = new ArrayList<>();
        List<String> doelen = plannen.isEmpty() ? List.of()
                : plannen.get(0).doelen().stream().map(Doel::id).toList();
        LocalDate aanvraag = plannen.isEmpty() ? w.dag(w.tussen(14, 60)) : plannen.get(0).datum();
        LocalDate drieMaanden = w.start.plusMonths(3);
        int aantal = w.tussen(1, 3);
        for (int i = 1; i <= aantal && w.gebeurd(aanvraag); i++) {
            boolean opTijd = i == 1 ? w.kans(p.hulpBinnenDrieMaanden()) : w.kans(0.5);
            LocalDate gestart = opTijd && !aanvraag.isAfter(drieMaanden)
                    ? aanvraag.plusDays(w.tussen(0, (int) java.time.temporal.ChronoUnit.DAYS.between(aanvraag, drieMaanden)))
                    : w.later(aanvraag, drieMaanden).plusDays(w.tussen(1, 180));
            gestart = w.alsGebeurd(gestart);
            LocalDate opgeschaald = gestart == null || gestart.isAfter(drieMaanden)
                    ? (w.kans(0.5) ? w.alsGebeurd(drieMaanden.plusDays(w.tussen(0, 20))) : null) : null;
            LocalDate afgestemd = !m.isJeugdreclassering() && w.kans(0.75)
                    ? w.alsGebeurd(aanvraag.plusDays(w.tussen(0, 10))) : null;
            Boolean effectief = null;
            LocalDate beoordeeld = null;
            if (gestart != null && w.kans(0.6)) {
                beoordeeld = w.alsGebeurd(gestart.plusDays(w.tussen(90, 180)));
                effectief = beoordeeld == null ? null : !w.kans(0.25);
            }
            String doel = doelen.isEmpty() || w.kans(0.07) ? null : w.kies(doelen);
            hulp.add(new Hulp("H" + i, doel, aanvraag, gestart, afgestemd, opgeschaald, effectief, beoordeeld));
            if (gestart != null && w.kans(0.7)) {
                afspraken.add(new Samenwerkingsafspraak(w.later(aanvraag, gestart.minusDays(w.tussen(0, 14))),
                        w.kies(AANBIEDERS)));
            }
            // the next help: a replacement for help that did not work, or an addition later on
            aanvraag = Boolean.FALSE.equals(effectief)
                    ? beoordeeld.plusDays(w.kans(0.6) ? w.tussen(0, 30) : w.tussen(31, 90))
                    : aanvraag.plusDays(w.tussen(30, 200));
        }
        return new Resultaat(hulp, afspraken);
    }
}
