package nl.normtoets.norm;

import java.util.List;

/**
 * A norm of the toetsingskader with its indicators. {@code oordeelsgrenzen} is optional: when absent the
 * catalog-wide thresholds apply.
 */
public record Norm(String id, String thema, String titel, String beschrijving, List<Indicator> indicatoren,
                   Oordeelsgrenzen oordeelsgrenzen) {

    public Norm {
        indicatoren = indicatoren == null ? List.of() : List.copyOf(indicatoren);
    }
}
