package nl.normtoets.norm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a shortfall whose reason lies outside the GI's influence (a provider's waiting list, no help on offer)
 * still counts against the norm (catalog field {@code buitenInvloed} of a norm, per indicator). {@code telt}
 * (default): it counts and the report shows it apart; {@code telt-niet}: it is left out of the share.
 */
public enum BuitenInvloed {
    TELT, TELT_NIET;

    @JsonCreator
    public static BuitenInvloed van(String tekst) {
        String t = tekst.trim().replace('-', '_');
        for (BuitenInvloed b : values()) {
            if (b.name().equalsIgnoreCase(t)) {
                return b;
            }
        }
        throw new IllegalArgumentException("onbekende waarde '" + tekst + "' voor buitenInvloed (kies telt of telt-niet)");
    }

    @JsonValue
    public String naam() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
