package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why the first face-to-face contact missed its term, recorded with the date the analysis was made
 * (Handelingsperspectief, 1a.3-C; contract extension of issue 12).
 */
public record Oorzaakanalyse(LocalDate datum, Oorzaak oorzaak) {

    public Oorzaakanalyse {
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(oorzaak, "oorzaak");
    }
}
