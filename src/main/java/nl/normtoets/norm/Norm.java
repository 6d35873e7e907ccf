package nl.normtoets.norm;

import java.util.List;
import java.util.Map;

/**
 * A norm of the toetsingskader with its indicators. {@code oordeelsgrenzen} is optional: when absent the
 * catalog-wide thresholds apply. The scoring fields (issue 13) are optional too: {@code combinatie} (default
 * {@code ergste}), {@code gewichten} per indicator id for {@code gewogen}, {@code fase} (default
 * {@code doorlopend}), {@code minimumAantal} and {@code streefwaarde} (default: the catalog's), and
 * {@code buitenInvloed} per indicator id (default {@code telt}).
 */
public record Norm(String id, String thema, String titel, String beschrijving, List<Indicator> indicatoren,
                   Oordeelsgrenzen oordeelsgrenzen, Combinatie combinatie, Map<String, Double> gewichten, Fase fase,
                   Integer minimumAantal, Double streefwaarde, Map<String, BuitenInvloed> buitenInvloed) {

    public Norm {
        indicatoren = indicatoren == null ? List.of() : List.copyOf(indicatoren);
        combinatie = combinatie == null ? Combinatie.ERGSTE : combinatie;
        gewichten = gewichten == null ? Map.of() : Map.copyOf(gewichten);
        fase = fase == null ? Fase.DOORLOPEND : fase;
        buitenInvloed = buitenInvloed == null ? Map.of() : Map.copyOf(buitenInvloed);
        for (var g : gewichten.entrySet()) {
            if (g.getValue() == null || g.getValue() < 0) {
                throw new IllegalArgumentException("gewicht van " + g.getKey() + " moet 0 of meer zijn");
            }
        }
        if (minimumAantal != null && minimumAantal < 0) {
            throw new IllegalArgumentException("minimumAantal moet 0 of meer zijn");
        }
    }

    /** A norm with only the fields of before issue 13; the scoring fields take their defaults. */
    public Norm(String id, String thema, String titel, String beschrijving, List<Indicator> indicatoren,
                Oordeelsgrenzen oordeelsgrenzen) {
        this(id, thema, titel, beschrijving, indicatoren, oordeelsgrenzen, null, null, null, null, null, null);
    }

    /** The same norm with other indicators (the reader gives each its norm id). */
    public Norm metIndicatoren(List<Indicator> andere) {
        return new Norm(id, thema, titel, beschrijving, andere, oordeelsgrenzen, combinatie, gewichten, fase,
                minimumAantal, streefwaarde, buitenInvloed);
    }

    public double gewicht(String indicator) {
        return gewichten.getOrDefault(indicator, 1.0);
    }

    public BuitenInvloed buitenInvloed(String indicator) {
        return buitenInvloed.getOrDefault(indicator, BuitenInvloed.TELT);
    }
}
