package nl.normtoets.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dates and values a rule used, in the order a person would check them by hand. Keys are Dutch domain words
 * (startdatum, eersteContact, uiterlijk, ...). Null values are kept: "no first contact" is evidence too.
 */
public final class Bewijs {
    private final Map<String, Object> waarden = new LinkedHashMap<>();

    public static Bewijs van() {
        return new Bewijs();
    }

    public Bewijs met(String naam, Object waarde) {
        waarden.put(naam, waarde);
        return this;
    }

    public Map<String, Object> alsMap() {
        return Collections.unmodifiableMap(waarden);
    }
}
