package nl.normtoets.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a norm's dossierlezing and its registration judgement make one judgement. {@code laagste} (default): the lower
 * of the two, both shown; {@code alleenLezing}: what dates cannot show (respect, a shared view) is judged on the
 * reading alone and the registration is shown beside it only; {@code alleenRegistratie}: the reading is shown but
 * does not change the judgement (for a GI that wants to see the reading first).
 */
public enum Combinatieregel {
    LAAGSTE("laagste"),
    ALLEEN_LEZING("alleenLezing"),
    ALLEEN_REGISTRATIE("alleenRegistratie");

    private final String naam;

    Combinatieregel(String naam) {
        this.naam = naam;
    }

    @JsonValue
    public String naam() {
        return naam;
    }

    @JsonCreator
    public static Combinatieregel uit(String naam) {
        for (Combinatieregel c : values()) {
            if (c.naam.equalsIgnoreCase(naam) || c.name().equalsIgnoreCase(naam)) {
                return c;
            }
        }
        throw new IllegalArgumentException("combinatie is laagste, alleenLezing of alleenRegistratie");
    }
}
