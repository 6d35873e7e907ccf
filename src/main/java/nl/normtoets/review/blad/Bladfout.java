package nl.normtoets.review.blad;

/**
 * One problem in an imported review sheet, by place only: the sheet (for a CSV the file name, which is what Excel
 * calls its single sheet), the row as the spreadsheet numbers it (header = 1; 0 when the error is about the whole file) and the column's header name. The
 * reason never repeats the cell's value: a note may hold whatever a reviewer typed.
 */
public record Bladfout(String blad, int rij, String kolom, String reden) {

    @Override
    public String toString() {
        return "blad '" + blad + "'" + (rij > 0 ? " rij " + rij : "") + (kolom == null ? "" : " kolom '" + kolom + "'")
                + ": " + reden;
    }
}
