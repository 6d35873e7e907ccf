package nl.normtoets.scoring;

import nl.normtoets.norm.Indicator;

/**
 * One indicator's own judgement: its counts, its share on the four-point scale, the 95% interval, whether the
 * count is below the catalog's minimum, and, when its shortfalls carry reasons, the split inside / outside the GI's
 * influence (null otherwise). {@code bepalend}: this indicator decided its norm's judgement.
 */
public record Indicatoroordeel(Indicator indicator, Telling telling, Oordeel oordeel, Interval interval,
                               boolean kleineAantallen, Invloedsplitsing invloed, boolean bepalend) {

    Indicatoroordeel alsBepalend() {
        return new Indicatoroordeel(indicator, telling, oordeel, interval, kleineAantallen, invloed, true);
    }
}
