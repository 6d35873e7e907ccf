package nl.normtoets.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.normtoets.dossier.Wachtreden;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.scoring.Meetperiode;

/**
 * What scoring needs of a streaming audit's findings, without the findings: per (indicator, outcome, reason of a
 * shortfall, month of the dossier's start, counted by the period) how many, with one real finding as its example.
 * Scoring and the month table are then given each example as often as its group occurred ({@link #alle},
 * {@link #geteld}), with the group's reason and start looked up by example. The groups are few (indicators x
 * outcomes x reasons x months), whatever the number of dossiers.
 */
final class Uitkomsttelling {

    private record Sleutel(String indicator, Uitkomst uitkomst, Wachtreden reden, YearMonth maand, boolean telt) {
    }

    private static final class Groep {
        final Bevinding voorbeeld;
        final LocalDate start;
        int aantal;

        Groep(Bevinding voorbeeld, LocalDate start) {
            this.voorbeeld = voorbeeld;
            this.start = start;
        }
    }

    private final Map<Sleutel, Groep> groepen = new LinkedHashMap<>();
    private int totaal;

    /** One finding, its dossier's facts at hand (the batch's {@link Dossierfeiten}). */
    void tel(Bevinding b, Dossierfeiten feiten, Meetperiode periode, LocalDate peildatum) {
        Wachtreden reden = b.uitkomst() == Uitkomst.TEKORT ? feiten.wachtreden(b) : null;
        LocalDate start = feiten.startdatum(b);
        boolean telt = periode == null || feiten.telt(b, periode, peildatum);
        Sleutel k = new Sleutel(b.indicator(), b.uitkomst(), reden, start == null ? null : YearMonth.from(start), telt);
        groepen.computeIfAbsent(k, x -> new Groep(b, start)).aantal++;
        totaal++;
    }

    /** Adds a batch's counts; called in input order, so the examples are the first of their group. */
    void voegToe(Uitkomsttelling ander) {
        ander.groepen.forEach((k, g) -> {
            Groep eigen = groepen.computeIfAbsent(k, x -> new Groep(g.voorbeeld, g.start));
            eigen.aantal += g.aantal;
        });
        totaal += ander.totaal;
    }

    int totaal() {
        return totaal;
    }

    List<Bevinding> alle() {
        return herhaald(false);
    }

    /** Only the findings the measurement period counts. */
    List<Bevinding> geteld() {
        return herhaald(true);
    }

    Wachtreden reden(Bevinding voorbeeld) {
        return perVoorbeeld().get(voorbeeld).getKey().reden();
    }

    LocalDate start(Bevinding voorbeeld) {
        return perVoorbeeld().get(voorbeeld).getValue().start;
    }

    private Map<Bevinding, Map.Entry<Sleutel, Groep>> index;

    private Map<Bevinding, Map.Entry<Sleutel, Groep>> perVoorbeeld() {
        if (index == null) {
            index = new IdentityHashMap<>();
            groepen.entrySet().forEach(e -> index.put(e.getValue().voorbeeld, e));
        }
        return index;
    }

    /** A list that repeats each group's example as often as the group occurred; nothing is copied. */
    private List<Bevinding> herhaald(boolean alleenGeteld) {
        List<Groep> gekozen = new ArrayList<>();
        groepen.forEach((k, g) -> {
            if (!alleenGeteld || k.telt()) {
                gekozen.add(g);
            }
        });
        int[] tot = new int[gekozen.size()];
        int som = 0;
        for (int i = 0; i < tot.length; i++) {
            som += gekozen.get(i).aantal;
            tot[i] = som;
        }
        int grootte = som;
        return new AbstractList<>() {
            @Override
            public Bevinding get(int i) {
                if (i < 0 || i >= grootte) {
                    throw new IndexOutOfBoundsException(i);
                }
                int plek = java.util.Arrays.binarySearch(tot, i + 1);
                return gekozen.get(plek >= 0 ? plek : -plek - 1).voorbeeld;
            }

            @Override
            public int size() {
                return grootte;
            }
        };
    }
}
