package nl.normtoets.review.blad;

import java.util.List;

/** What {@link Bladlezer} read: the sheet's name (for messages) and its filled rows with their row numbers. */
public record Bladinhoud(String blad, List<Regel> regels) {

    public Bladinhoud {
        regels = List.copyOf(regels);
    }

    /** One row of the sheet with its number as the spreadsheet shows it (the header is row 1). */
    public record Regel(int nummer, Bladrij rij) {
    }
}
