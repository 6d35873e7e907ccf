package nl.normtoets.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.normtoets.dossier.Maatregel;
import nl.normtoets.norm.Indicator;

/**
 * A dossier indicator as it applies to one maatregel: its variant's term and parameters already resolved
 * ({@link Indicator#voor}). The engine inserts one per (indicator, maatregel it applies to), so a rule joins a dossier
 * on its maatregel and cannot forget a variant; a maatregel the indicator does not apply to has no Toepassing at all.
 * Resolved once per maatregel, not per dossier: at most indicators x maatregelen facts per session.
 */
public record Toepassing(String id, Maatregel maatregel, Indicator indicator) {

    public Toepassing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(maatregel, "maatregel");
        Objects.requireNonNull(indicator, "indicator");
    }

    /** Every (indicator, maatregel) pair the catalog lets apply, with the indicator resolved for that maatregel. */
    public static List<Toepassing> van(List<Indicator> indicatoren) {
        List<Toepassing> uit = new ArrayList<>();
        for (Indicator i : indicatoren) {
            for (Maatregel m : Maatregel.values()) {
                if (i.geldtVoor(m)) {
                    uit.add(new Toepassing(i.id(), m, i.voor(m)));
                }
            }
        }
        return uit;
    }
}
