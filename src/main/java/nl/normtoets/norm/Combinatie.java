package nl.normtoets.norm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a norm's indicator judgements become the norm's judgement (catalog field {@code combinatie}).
 * {@code ergste}: the lowest judged indicator decides, as the inspecties name what is decisive; {@code gepoold}:
 * every outcome of every indicator in one share (the rule before issue 13); {@code gewogen}: the weighted mean of the
 * indicators' shares, with the norm's {@code gewichten} (missing weights count 1).
 */
public enum Combinatie {
    ERGSTE, GEPOOLD, GEWOGEN;

    @JsonCreator
    public static Combinatie van(String tekst) {
        for (Combinatie c : values()) {
            if (c.name().equalsIgnoreCase(tekst.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("onbekende combinatie '" + tekst + "' (kies ergste, gepoold of gewogen)");
    }

    @JsonValue
    public String naam() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
