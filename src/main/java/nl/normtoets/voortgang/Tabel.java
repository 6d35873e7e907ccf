package nl.normtoets.voortgang;

import java.time.LocalDate;
import java.util.List;

/**
 * One table of the progress report, the same for the page, the PDF and the workbook: column heads, and rows of a
 * label with typed cells. Numbers stay numbers here (a workbook must be able to add them up); each output formats
 * them its own way, Dutch in every case.
 */
public record Tabel(String id, String titel, String toelichting, String kopLabel, List<String> kolommen,
                    List<Rij> rijen) {

    public Tabel {
        kolommen = List.copyOf(kolommen);
        rijen = List.copyOf(rijen);
    }

    /** {@code nadruk}: a total row, shown in bold. */
    public record Rij(String label, List<Cel> cellen, boolean nadruk) {
        public Rij {
            cellen = List.copyOf(cellen);
        }

        public Rij(String label, List<Cel> cellen) {
            this(label, cellen, false);
        }
    }

    /** What a number is, so each output formats it right: a count, FTE (one decimal), a percentage (0..100). */
    public enum Vorm { AANTAL, FTE, PROCENT, DATUM, TEKST }

    /** An empty cell has neither {@code getal}, {@code datum} nor {@code tekst}. */
    public record Cel(Vorm vorm, Double getal, LocalDate datum, String tekst) {

        public static Cel aantal(long n) {
            return new Cel(Vorm.AANTAL, (double) n, null, null);
        }

        public static Cel fte(Double v) {
            return new Cel(Vorm.FTE, v, null, null);
        }

        /** A percentage 0..100; null leaves the cell empty (nothing to measure). */
        public static Cel procent(Double p) {
            return new Cel(Vorm.PROCENT, p, null, null);
        }

        public static Cel datum(LocalDate d) {
            return new Cel(Vorm.DATUM, null, d, null);
        }

        public static Cel tekst(String t) {
            return new Cel(Vorm.TEKST, null, null, t);
        }

        public static Cel leeg() {
            return new Cel(Vorm.TEKST, null, null, null);
        }

        public boolean isLeeg() {
            return getal == null && datum == null && (tekst == null || tekst.isEmpty());
        }
    }
}
