package nl.normtoets.scoring;

import java.util.Map;

import nl.normtoets.dossier.Wachtreden;
import nl.normtoets.norm.BuitenInvloed;

/**
 * The TEKORT outcomes of one indicator split by where their cause lies: inside the GI's influence, outside it, or
 * no reason recorded. {@code buitenInvloed} says whether the outside ones still count in the indicator's share
 * ({@code telt}) or were left out ({@code telt-niet}). Counts per reason are kept for the report.
 */
public record Invloedsplitsing(int binnen, int buiten, int onbekend, Map<Wachtreden, Integer> perReden,
                               BuitenInvloed buitenInvloed) {

    public Invloedsplitsing {
        perReden = Map.copyOf(perReden);
    }

    /** True when at least one shortfall carries a reason, so the split says something. */
    public boolean heeftRedenen() {
        return binnen + buiten > 0;
    }
}
