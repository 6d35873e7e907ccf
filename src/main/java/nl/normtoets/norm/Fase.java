package nl.normtoets.norm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When in a measure a norm is about (catalog field {@code fase}). {@code start}: the first weeks after the judge's
 * decision, so a measurement period selects dossiers by their startdatum; {@code doorlopend} (default): the running
 * measure, judged on the peildatum.
 */
public enum Fase {
    START, DOORLOPEND;

    @JsonCreator
    public static Fase van(String tekst) {
        for (Fase f : values()) {
            if (f.name().equalsIgnoreCase(tekst.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("onbekende fase '" + tekst + "' (kies start of doorlopend)");
    }

    @JsonValue
    public String naam() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
