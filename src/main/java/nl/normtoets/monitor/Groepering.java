package nl.normtoets.monitor;

import java.util.function.Function;

/** The views of the monitor: one list per team, worker, regio or gemeente. */
public enum Groepering {
    TEAM(Toedeling::team),
    MEDEWERKER(Toedeling::medewerker),
    REGIO(Toedeling::regio),
    GEMEENTE(Toedeling::gemeente);

    /** Shown for dossiers without a value, e.g. no active assignment. */
    public static final String ONBEKEND = "(geen)";

    private final Function<Toedeling, String> sleutel;

    Groepering(Function<Toedeling, String> sleutel) {
        this.sleutel = sleutel;
    }

    public String sleutel(Toedeling t) {
        String s = t == null ? null : sleutel.apply(t);
        return s == null || s.isBlank() ? ONBEKEND : s;
    }
}
