package nl.normtoets.geschiedenis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.normtoets.review.Lezingverslag;
import nl.normtoets.review.Normlezing;
import nl.normtoets.scoring.Oordeel;

/**
 * The dossierlezing of two audits side by side, per norm: the reading's count and judgement and the combined
 * judgement before and after. Only made when both audits have a sample with answers; a norm read in only one of
 * them shows the other side empty.
 */
public record Lezingvergelijking(List<Rij> normen) {

    /**
     * @param voorVoldoet     sampled dossiers VOLDOET on the reading in the earlier audit (null: not read)
     * @param verandering     change of the reading's share in percentage points (null when a side is missing)
     */
    public record Rij(String norm, Integer voorVoldoet, Integer voorToepasbaar, Oordeel voorLezing, Oordeel voorOordeel,
                      Integer naVoldoet, Integer naToepasbaar, Oordeel naLezing, Oordeel naOordeel,
                      Double verandering) {
    }

    /** Empty when either audit has no reading with answers. */
    public static Optional<Lezingvergelijking> maak(Optional<Lezingverslag> voor, Optional<Lezingverslag> na) {
        if (voor.isEmpty() || na.isEmpty() || voor.get().gelezen() == 0 || na.get().gelezen() == 0) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        voor.get().normen().forEach(n -> ids.add(n.norm()));
        na.get().normen().forEach(n -> ids.add(n.norm()));
        List<Rij> rijen = new ArrayList<>();
        for (String id : ids) {
            Normlezing v = voor.get().norm(id).filter(n -> n.lezingToepasbaar() > 0).orElse(null);
            Normlezing n = na.get().norm(id).filter(x -> x.lezingToepasbaar() > 0).orElse(null);
            if (v == null && n == null) {
                continue;
            }
            Double verandering = v == null || n == null ? null
                    : Math.round((n.lezingPercentage() - v.lezingPercentage()) * 10.0) / 10.0;
            rijen.add(new Rij(id, v == null ? null : v.lezingVoldoet(), v == null ? null : v.lezingToepasbaar(),
                    v == null ? null : v.lezing(), v == null ? null : v.oordeel(),
                    n == null ? null : n.lezingVoldoet(), n == null ? null : n.lezingToepasbaar(),
                    n == null ? null : n.lezing(), n == null ? null : n.oordeel(), verandering));
        }
        return Optional.of(new Lezingvergelijking(rijen));
    }
}
