package nl.normtoets.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.Fase;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Norm;
import nl.normtoets.norm.Normcatalogus;

/**
 * The start-phase indicators per month of start, in the shape of the GI's own monthly tables (seeds 000 and 001):
 * one column per month, without gaps, the target as the last column. Per cell the outcomes that were due
 * ({@code teDoen}: VOLDOET + TEKORT), those on time ({@code opTijd}: VOLDOET), the share with its interval, and those
 * whose term has not run out yet; a month with any of the latter is not complete. Built from the same findings the
 * scores are built from, so the columns of an indicator add up to its row in the report.
 */
public record Maandtabel(List<String> maanden, List<Rij> rijen) {

    public Maandtabel {
        maanden = List.copyOf(maanden);
        rijen = List.copyOf(rijen);
    }

    /** One indicator: a cell per month, the totals over all months and the target share. */
    public record Rij(String indicator, String norm, String titel, List<Cel> cellen, Cel totaal,
                      double streefwaarde) {
        public Rij {
            cellen = List.copyOf(cellen);
        }
    }

    /** {@code maand} as JJJJ-MM. */
    public record Cel(String maand, int teDoen, int opTijd, int nogNietToetsbaar, Double aandeel, Interval interval,
                      boolean kleineAantallen, boolean volledig) {
    }

    public boolean leeg() {
        return maanden.isEmpty();
    }

    /**
     * @param startdatum the startdatum of a finding's dossier (null when the finding has no dossier)
     */
    public static Maandtabel maak(Normcatalogus catalogus, List<Bevinding> bevindingen,
                                  Function<Bevinding, LocalDate> startdatum) {
        return maak(catalogus, Bevindinggroepen.elkEenmaal(bevindingen), startdatum);
    }

    /** The same from findings with counts (an audit's {@code Uitkomsttelling}): one step per group. */
    public static Maandtabel maak(Normcatalogus catalogus, Bevindinggroepen bevindingen,
                                  Function<Bevinding, LocalDate> startdatum) {
        Map<String, Map<YearMonth, Telling>> perIndicator = new LinkedHashMap<>();
        Map<String, Indicator> indicatoren = new LinkedHashMap<>();
        Map<String, Norm> normVan = new HashMap<>();
        for (Norm n : catalogus.normen()) {
            if (n.fase() == Fase.START) {
                for (Indicator i : n.indicatoren()) {
                    perIndicator.put(i.id(), new TreeMap<>());
                    indicatoren.put(i.id(), i);
                    normVan.put(i.id(), n);
                }
            }
        }
        YearMonth[] bereik = new YearMonth[2]; // first and last month with a counted finding
        bevindingen.elk((b, aantal) -> {
            Map<YearMonth, Telling> perMaand = perIndicator.get(b.indicator());
            if (perMaand == null || b.uitkomst() == Uitkomst.NIET_VAN_TOEPASSING) {
                return;
            }
            LocalDate start = startdatum.apply(b);
            if (start == null) {
                return;
            }
            YearMonth m = YearMonth.from(start);
            perMaand.merge(m, Telling.LEEG.plus(b.uitkomst(), aantal), Telling::plus);
            bereik[0] = bereik[0] == null || m.isBefore(bereik[0]) ? m : bereik[0];
            bereik[1] = bereik[1] == null || m.isAfter(bereik[1]) ? m : bereik[1];
        });
        YearMonth eerste = bereik[0];
        YearMonth laatste = bereik[1];
        List<YearMonth> maanden = new ArrayList<>();
        for (YearMonth m = eerste; m != null && !m.isAfter(laatste); m = m.plusMonths(1)) {
            maanden.add(m);
        }
        List<Rij> rijen = new ArrayList<>();
        for (var e : perIndicator.entrySet()) {
            Norm norm = normVan.get(e.getKey());
            int minimum = catalogus.minimumVoor(norm);
            List<Cel> cellen = new ArrayList<>();
            Telling totaal = Telling.LEEG;
            for (YearMonth m : maanden) {
                Telling t = e.getValue().getOrDefault(m, Telling.LEEG);
                totaal = totaal.plus(t);
                cellen.add(cel(m.toString(), t, minimum));
            }
            rijen.add(new Rij(e.getKey(), norm.id(), indicatoren.get(e.getKey()).titel(), cellen,
                    cel("totaal", totaal, minimum), catalogus.streefwaardeVoor(norm)));
        }
        return new Maandtabel(maanden.stream().map(YearMonth::toString).toList(), rijen);
    }

    private static Cel cel(String maand, Telling t, int minimum) {
        return new Cel(maand, t.toepasbaar(), t.voldoet(), t.nogNietToetsbaar(), t.aandeel(), Interval.van(t),
                t.toepasbaar() > 0 && t.toepasbaar() < minimum, t.nogNietToetsbaar() == 0);
    }

    /** Only the rows of these indicators (all when the list is empty), in the given order. */
    public Maandtabel alleen(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return this;
        }
        List<Rij> gekozen = new ArrayList<>();
        for (String id : ids) {
            rijen.stream().filter(r -> r.indicator().equals(id)).findFirst().ifPresent(gekozen::add);
        }
        return new Maandtabel(maanden, gekozen);
    }
}
