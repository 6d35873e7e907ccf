package nl.normtoets.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bewijsstuk;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.norm.Termijn;

/**
 * Work stock per first step (seeds 000/001, the first rows of their tables): how many running dossiers still have
 * the first face-to-face contact, first plan or first taxatie to do, against a norm from the inflow, and per start
 * month the share done in time.
 *
 * <p>The norm is how many dossiers are inside the term at any moment when the inflow is steady: the average
 * monthly inflow over the catalog's {@code werkvoorraadVenster} (default 12 months before the peildatum), times the
 * term in days, divided by the average month length (365/12 days). A stock far above the norm is a backlog.
 *
 * @param open          running dossiers with the step not yet done (in term or overdue)
 * @param overTijd      of those, the ones past their term
 * @param instroomPerMaand average dossiers started per month in the window
 * @param norm          expected stock at steady inflow (rounded)
 * @param perMaand      per start month in the window: share done in time of those that could be judged
 */
public record Werkvoorraad(Signaalsoort soort, String indicator, int termijnDagen, int open, int overTijd,
                           double instroomPerMaand, long norm, List<Maand> perMaand) {

    public static final List<Signaalsoort> STAPPEN = List.of(Signaalsoort.EERSTE_CONTACT, Signaalsoort.EERSTE_PLAN,
            Signaalsoort.EERSTE_TAXATIE);
    static final Termijn STANDAARD_VENSTER = Termijn.vanMaanden(12);
    static final double DAGEN_PER_MAAND = 365.0 / 12;

    public Werkvoorraad {
        perMaand = List.copyOf(perMaand);
    }

    /** One start month: dossiers judged (VOLDOET or TEKORT) and of those on time. */
    public record Maand(YearMonth maand, int beoordeeld, int opTijd) {
        public Double aandeelOpTijd() {
            return beoordeeld == 0 ? null : (double) opTijd / beoordeeld;
        }
    }

    public boolean bovenNorm() {
        return open > norm;
    }

    public static List<Werkvoorraad> bereken(Normcatalogus catalogus, LocalDate peildatum, List<Dossier> dossiers,
                                             Function<String, List<Bevinding>> bevindingen) {
        List<Werkvoorraad> uit = new ArrayList<>();
        for (Signaalsoort soort : STAPPEN) {
            String id = soort.indicator().orElse(null);
            Indicator i = id == null ? null : catalogus.indicator(id).orElse(null);
            if (i == null) {
                continue;
            }
            uit.add(bereken(soort, i, peildatum, dossiers, bevindingen));
        }
        return List.copyOf(uit);
    }

    static Werkvoorraad bereken(Signaalsoort soort, Indicator i, LocalDate peildatum, List<Dossier> dossiers,
                                Function<String, List<Bevinding>> bevindingen) {
        Termijn venster = i.parameters().get("werkvoorraadVenster") == null ? STANDAARD_VENSTER
                : i.termijn("werkvoorraadVenster");
        LocalDate vensterBegin = venster.terugVanaf(peildatum);
        int termijnDagen = (int) ChronoUnit.DAYS.between(peildatum, i.vereisteTermijn().einde(peildatum));
        int open = 0;
        int overTijd = 0;
        int instroom = 0;
        Map<YearMonth, int[]> maanden = new TreeMap<>();
        for (YearMonth m = YearMonth.from(vensterBegin.plusDays(1)); !m.isAfter(YearMonth.from(peildatum)); m = m.plusMonths(1)) {
            maanden.put(m, new int[2]);
        }
        for (Dossier d : dossiers) {
            boolean inVenster = d.startdatum().isAfter(vensterBegin) && !d.startdatum().isAfter(peildatum);
            if (inVenster) {
                instroom++;
            }
            for (Bevinding b : bevindingen.apply(d.id())) {
                if (!i.id().equals(b.indicator())) {
                    continue;
                }
                boolean gedaan = b.bewijs() instanceof Bewijsstuk s && s.gebeurd().isPresent();
                if (!d.afgeslotenOp(peildatum) && !d.startdatum().isAfter(peildatum)
                        && (b.uitkomst() == Uitkomst.NOG_NIET_TOETSBAAR || (b.uitkomst() == Uitkomst.TEKORT && !gedaan))) {
                    open++;
                    if (b.uitkomst() == Uitkomst.TEKORT) {
                        overTijd++;
                    }
                }
                int[] m = inVenster ? maanden.get(YearMonth.from(d.startdatum())) : null;
                if (m != null && (b.uitkomst() == Uitkomst.VOLDOET || b.uitkomst() == Uitkomst.TEKORT)) {
                    m[0]++;
                    if (b.uitkomst() == Uitkomst.VOLDOET) {
                        m[1]++;
                    }
                }
            }
        }
        long vensterDagen = ChronoUnit.DAYS.between(vensterBegin, peildatum);
        double perMaand = vensterDagen == 0 ? 0 : instroom * DAGEN_PER_MAAND / vensterDagen;
        long norm = Math.round(perMaand * termijnDagen / DAGEN_PER_MAAND);
        List<Maand> perMaandLijst = new ArrayList<>();
        maanden.forEach((m, t) -> perMaandLijst.add(new Maand(m, t[0], t[1])));
        return new Werkvoorraad(soort, i.id(), termijnDagen, open, overTijd, perMaand, norm, perMaandLijst);
    }
}
