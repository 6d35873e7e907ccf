package nl.normtoets.ingest.tabel;

import java.util.List;

/**
 * One column of an import table, by its contract name. {@code codelijst} names the vocabulary a mapping file
 * translates for this column (null: no codes); {@code toegestaan} is non-empty when only the contract's enum values
 * are valid, empty when codes are free text (instrument, risico's).
 */
public record Kolom(String naam, Soort soort, boolean verplicht, String codelijst, List<String> toegestaan) {

    public enum Soort {
        TEKST, DATUM, JA_NEE, GETAL, DECIMAAL, MAAND, CODE, CODES
    }

    public Kolom {
        toegestaan = List.copyOf(toegestaan);
    }

    static Kolom tekst(String naam) {
        return new Kolom(naam, Soort.TEKST, false, null, List.of());
    }

    static Kolom sleutel(String naam) {
        return new Kolom(naam, Soort.TEKST, true, null, List.of());
    }

    static Kolom datum(String naam, boolean verplicht) {
        return new Kolom(naam, Soort.DATUM, verplicht, null, List.of());
    }

    static Kolom jaNee(String naam) {
        return new Kolom(naam, Soort.JA_NEE, false, null, List.of());
    }

    static Kolom getal(String naam) {
        return new Kolom(naam, Soort.GETAL, false, null, List.of());
    }

    static Kolom decimaal(String naam, boolean verplicht) {
        return new Kolom(naam, Soort.DECIMAAL, verplicht, null, List.of());
    }

    static Kolom maand(String naam) {
        return new Kolom(naam, Soort.MAAND, true, null, List.of());
    }

    static Kolom code(String naam, boolean verplicht, String codelijst, Class<? extends Enum<?>> waarden) {
        return new Kolom(naam, Soort.CODE, verplicht, codelijst, namen(waarden));
    }

    /** A free code (no enum), still translated by the mapping file when it lists the value. */
    static Kolom vrijeCode(String naam, String codelijst) {
        return new Kolom(naam, Soort.CODE, false, codelijst, List.of());
    }

    static Kolom codes(String naam, String codelijst, Class<? extends Enum<?>> waarden) {
        return new Kolom(naam, Soort.CODES, false, codelijst, waarden == null ? List.of() : namen(waarden));
    }

    /** Whether a date in this column records a fact (and so may not lie after the peildatum). */
    boolean isFeitdatum() {
        return soort == Soort.DATUM && !naam.equals("einddatum") && !naam.equals("tot");
    }

    private static List<String> namen(Class<? extends Enum<?>> waarden) {
        return java.util.Arrays.stream(waarden.getEnumConstants()).map(Enum::name).toList();
    }
}
