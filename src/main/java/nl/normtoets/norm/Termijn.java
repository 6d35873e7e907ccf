package nl.normtoets.norm;

import java.time.LocalDate;

import nl.normtoets.dossier.Datumpool;

/**
 * A term from the catalog, in calendar days or calendar months ("3 maanden" is {@code plusMonths(3)}).
 * A term of N days starting on day S is met by anything on or before S + N.
 */
public record Termijn(Integer dagen, Integer maanden) {

    public Termijn {
        if ((dagen == null) == (maanden == null)) {
            throw new IllegalArgumentException("een termijn heeft precies een van 'dagen' of 'maanden'");
        }
        if ((dagen != null && dagen < 0) || (maanden != null && maanden < 0)) {
            throw new IllegalArgumentException("een termijn is niet negatief");
        }
    }

    public static Termijn vanDagen(int dagen) {
        return new Termijn(dagen, null);
    }

    public static Termijn vanMaanden(int maanden) {
        return new Termijn(null, maanden);
    }

    /** The last day on which something started on {@code begin} is still on time. */
    public LocalDate einde(LocalDate begin) {
        return Datumpool.gedeeld(dagen != null ? begin.plusDays(dagen) : begin.plusMonths(maanden));
    }

    /** The earliest day that still lies within this term before {@code eind} ("in the last N days"). */
    public LocalDate terugVanaf(LocalDate eind) {
        return Datumpool.gedeeld(dagen != null ? eind.minusDays(dagen) : eind.minusMonths(maanden));
    }

    /** Dutch wording for toelichtingen, e.g. "5 dagen", "3 maanden". */
    public String omschrijving() {
        // every finding's toelichting and evidence quote its term: the usual ones are made once, not per finding
        if (dagen != null && dagen < DAGEN.length) {
            return DAGEN[dagen];
        }
        if (maanden != null && maanden < MAANDEN.length) {
            return MAANDEN[maanden];
        }
        return woorden(dagen, maanden);
    }

    private static final String[] DAGEN = new String[400];
    private static final String[] MAANDEN = new String[40];

    static {
        for (int i = 0; i < DAGEN.length; i++) {
            DAGEN[i] = woorden(i, null);
        }
        for (int i = 0; i < MAANDEN.length; i++) {
            MAANDEN[i] = woorden(null, i);
        }
    }

    private static String woorden(Integer dagen, Integer maanden) {
        return dagen != null ? dagen + (dagen == 1 ? " dag" : " dagen") : maanden + (maanden == 1 ? " maand" : " maanden");
    }

    @Override
    public String toString() {
        return omschrijving();
    }
}
