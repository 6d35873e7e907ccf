package nl.normtoets.thema4;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Theme 4 (effects of waiting), described and never judged: the figures over all dossiers, broken down by regio
 * and maatregel, and the dossiers without a vaste worker on the peildatum as the GI reports them monthly.
 */
public record Thema4Cijfers(Wachtcijfers totaal, Map<String, Wachtcijfers> perRegio,
                            Map<String, Wachtcijfers> perMaatregel, ZonderVaste zonderVasteOpPeildatum) {

    public Thema4Cijfers {
        perRegio = gesorteerd(perRegio);
        perMaatregel = gesorteerd(perMaatregel);
    }

    /**
     * Running dossiers whose assignment on the peildatum is not to a vaste worker, by werkwijze (CCP, CRT, or GEEN
     * when nobody is assigned) and by gemeente.
     */
    public record ZonderVaste(int totaal, Map<String, Integer> perWerkwijze, Map<String, Integer> perGemeente) {
        public ZonderVaste {
            perWerkwijze = gesorteerd(perWerkwijze);
            perGemeente = gesorteerd(perGemeente);
        }
    }

    /** Immutable and in key order, so the report lists regio's and gemeenten alphabetically. */
    static <V> Map<String, V> gesorteerd(Map<String, V> m) {
        return Collections.unmodifiableMap(new TreeMap<>(m));
    }
}
