package nl.normtoets.scoring;

import java.util.List;
import java.util.Map;

import nl.normtoets.norm.Combinatie;
import nl.normtoets.norm.Norm;

/**
 * A norm's judgement, its pooled counts, the counts per indicator, and why it was not judged if so. Since issue 13
 * also each indicator's own judgement, the combination rule used, the decisive indicator (null under
 * {@code gepoold} or when nothing was judged), the share the judgement rests on ({@code aandeel}: the decisive
 * indicator's, the pooled or the weighted share), its interval and whether its count is small.
 */
public record Normoordeel(Norm norm, Oordeel oordeel, Telling telling, Map<String, Telling> perIndicator,
                          String reden, List<Indicatoroordeel> indicatoren, Combinatie combinatie, String bepalend,
                          Double aandeel, Interval interval, int basis, boolean kleineAantallen) {

    public Normoordeel {
        indicatoren = indicatoren == null ? List.of() : List.copyOf(indicatoren);
    }

    public Indicatoroordeel indicator(String id) {
        return indicatoren.stream().filter(i -> i.indicator().id().equals(id)).findFirst().orElse(null);
    }
}
