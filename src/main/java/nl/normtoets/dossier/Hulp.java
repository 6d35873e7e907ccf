package nl.normtoets.dossier;

import java.time.LocalDate;

/**
 * Help deployed for the family. {@code effectief} is null until judged; {@code beoordeeld} (optional, an
 * extension of the contract) is the date of that judgement.
 */
public record Hulp(String id, String doel, LocalDate aangevraagd, LocalDate gestart, LocalDate gemeenteAfgestemd,
                   LocalDate opgeschaald, Boolean effectief, LocalDate beoordeeld) {

    public boolean nietEffectief() {
        return Boolean.FALSE.equals(effectief);
    }
}
