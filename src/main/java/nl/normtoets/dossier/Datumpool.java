package nl.normtoets.dossier;

import java.time.LocalDate;

/**
 * One {@link LocalDate} object per calendar day. An audit of 100 000 dossiers held 5.4 million date objects (the
 * dossiers' own dates and each finding's last day) for some 40 000 distinct days: 130 MB, and as many objects for
 * the collector to trace on every marking cycle. Dates are value-based and immutable, so sharing one per day changes
 * nothing a reader can see; a date outside 1900-2199 is returned as it is.
 *
 * <p>Several threads fill the pool without locks: two may each store their own object for the same day, and either
 * is right (a {@code LocalDate}'s fields are final, so any thread sees it whole).
 */
public final class Datumpool {

    private static final long EERSTE = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final LocalDate[] DAGEN = new LocalDate[(int) (LocalDate.of(2200, 1, 1).toEpochDay() - EERSTE)];

    private Datumpool() {
    }

    /** The pool's object for {@code datum}'s day (null stays null). */
    public static LocalDate gedeeld(LocalDate datum) {
        if (datum == null) {
            return null;
        }
        long i = datum.toEpochDay() - EERSTE;
        if (i < 0 || i >= DAGEN.length) {
            return datum;
        }
        LocalDate d = DAGEN[(int) i];
        if (d == null) {
            DAGEN[(int) i] = datum;
            return datum;
        }
        return d;
    }
}
