package nl.normtoets.web.rapport;

import java.util.Locale;

/**
 * The two PDF variants: {@code samenvatting} for the board (judgements, figures, no dossier-level text; default) and
 * {@code volledig} (also the shortcomings per norm as compact tables).
 */
public enum Variant {
    SAMENVATTING, VOLLEDIG;

    /** From {@code ?variant=}; empty means the board's summary. */
    public static Variant van(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return SAMENVATTING;
        }
        try {
            return valueOf(tekst.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Onbekende variant; kies 'samenvatting' of 'volledig'.");
        }
    }
}
