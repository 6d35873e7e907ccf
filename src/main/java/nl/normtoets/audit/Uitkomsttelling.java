package nl.normtoets.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Wachtreden;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.scoring.Bevindinggroepen;
import nl.normtoets.scoring.Meetperiode;

/**
 * What scoring needs of an audit's findings, without the findings (the streaming audit counts per batch, the
 * in-memory one per slice, both added up in input order): per (indicator, outcome, reason of a
 * shortfall, month of the dossier's start, counted by the period) how many, with one real finding as its example.
 * Scoring and the month table are then given each example with the size of its group ({@link #perGroep}), with
 * the group's reason and start looked up by example. The groups are few (indicators x
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

    /** The counts of one batch's findings, its dossiers' facts at hand: how both audits count, per batch. */
    static Uitkomsttelling vanBatch(List<Dossier> dossiers, List<Bevinding> bevindingen, Normcatalogus catalogus,
                                    Meetperiode periode, LocalDate peildatum) {
        Dossierfeiten feiten = new Dossierfeiten(dossiers, catalogus);
        Uitkomsttelling t = new Uitkomsttelling();
        bevindingen.forEach(b -> t.tel(b, feiten, periode, peildatum));
        return t;
    }

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

    /** How many findings the period counts (all of them without a period). */
    int aantalGeteld() {
        int n = 0;
        for (var e : groepen.entrySet()) {
            n += e.getKey().telt() ? e.getValue().aantal : 0;
        }
        return n;
    }

    /** Each group's example with the group's size, in order; {@code alleenGeteld}: only what the period counts. */
    Bevindinggroepen perGroep(boolean alleenGeteld) {
        return doe -> groepen.forEach((k, g) -> {
            if (!alleenGeteld || k.telt()) {
                doe.accept(g.voorbeeld, g.aantal);
            }
        });
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
}
