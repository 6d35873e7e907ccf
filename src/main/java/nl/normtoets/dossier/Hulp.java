package nl.normtoets.dossier;

import java.time.LocalDate;

/**
 * Help deployed for the family. {@code effectief} is null until judged; {@code beoordeeld} (optional, an
 * extension of the contract) is the date of that judgement; {@code wachtreden} (optional, extension of issue 13)
 * says why the help did not start in time.
 */
public record Hulp(String id, String doel, LocalDate aangevraagd, LocalDate gestart, LocalDate gemeenteAfgestemd,
                   LocalDate opgeschaald, Boolean effectief, LocalDate beoordeeld, Wachtreden wachtreden) {

    /** Help without a recorded reason for waiting. */
    public Hulp(String id, String doel, LocalDate aangevraagd, LocalDate gestart, LocalDate gemeenteAfgestemd,
                LocalDate opgeschaald, Boolean effectief, LocalDate beoordeeld) {
        this(id, doel, aangevraagd, gestart, gemeenteAfgestemd, opgeschaald, effectief, beoordeeld, null);
    }

    public boolean nietEffectief() {
        return Boolean.FALSE.equals(effectief);
    }
}
