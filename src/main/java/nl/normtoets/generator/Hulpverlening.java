package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.normtoets.dossier.Doel;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.Samenwerkingsafspraak;
import nl.normtoets.dossier.Wachtreden;

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
            Wachtreden reden = i == 1 && teLaat(w, gestart, drieMaanden)
                    ? wachtreden(w, aanvraag, gestart, opgeschaald) : null;
            hulp.add(new Hulp("H" + i, doel, aanvraag, gestart, afgestemd, opgeschaald, effectief, beoordeeld, reden));
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

    /** The first help missed its three months: started after them, or not started when they ran out. */
    private static boolean teLaat(Worp w, LocalDate gestart, LocalDate drieMaanden) {
        return gestart != null ? gestart.isAfter(drieMaanden) : w.eind.isAfter(drieMaanden);
    }

    /**
     * Why the first help waited, when the worker recorded it (most do; a share does not, as in a real registration).
     * Drawn from a stream of its own, seeded by facts already drawn, so the dossier's other facts and every set
     * generated before this field existed stay exactly as they were.
     */
    static Wachtreden wachtreden(Worp w, LocalDate aanvraag, LocalDate gestart, LocalDate opgeschaald) {
        long sleutel = w.start.toEpochDay() * 1_000_003L + aanvraag.toEpochDay() * 7_919L
                + (gestart == null ? -1 : gestart.toEpochDay()) * 104_729L
                + (opgeschaald == null ? -1 : opgeschaald.toEpochDay());
        SplittableRandom r = new SplittableRandom(DossierGenerator.meng(sleutel, ZOUT_WACHTREDEN));
        if (r.nextDouble() >= REDEN_VASTGELEGD) {
            return null;
        }
        double x = r.nextDouble();
        for (Map.Entry<Wachtreden, Double> e : REDENEN.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        return Wachtreden.WACHTLIJST_AANBIEDER;
    }

    private static final long ZOUT_WACHTREDEN = 0x57AC_4EDE_2025L;

    /** Share of late first help with a recorded reason (schatting). */
    static final double REDEN_VASTGELEGD = 0.7;

    /**
     * Weights of the reasons (schatting after seed 002, norm 2.2: waiting lists above all in youth mental health care,
     * too little residential and specialist help, providers that refuse complex cases, missing contracts between
     * providers and gemeenten, parents who stop cooperating; and seed 003 on the GI's own shortage of workers).
     */
    static final Map<Wachtreden, Double> REDENEN = redenen();

    private static Map<Wachtreden, Double> redenen() {
        Map<Wachtreden, Double> m = new EnumMap<>(Wachtreden.class);
        m.put(Wachtreden.WACHTLIJST_AANBIEDER, 0.35);
        m.put(Wachtreden.GEEN_AANBOD, 0.18);
        m.put(Wachtreden.GEMEENTE_FINANCIERING, 0.12);
        m.put(Wachtreden.AANBIEDER_WEIGERT, 0.10);
        m.put(Wachtreden.GEZIN_WEIGERT, 0.08);
        m.put(Wachtreden.GI_NIET_OPGEPAKT, 0.11);
        m.put(Wachtreden.GI_TE_LAAT, 0.06);
        return Collections.unmodifiableMap(m);
    }
}
