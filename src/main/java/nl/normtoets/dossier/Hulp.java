package nl.normtoets.dossier;

import java.time.LocalDate;

/**
 * Help deployed for the family. {@code effectief} is null until judged; {@code beoordeeld} (optional, an
 * extension of the contract) is the date of that judgement. {@code strafrechtelijk} (optional, issue 12): the duty to
 * provide this help follows directly from a criminal-law decision, so it need not be agreed with the gemeente;
 * missing means no. {@code wachtreden} (optional, issue 13) says why the help did not start in time.
 */
public record Hulp(String id, String doel, LocalDate aangevraagd, LocalDate gestart, LocalDate gemeenteAfgestemd,
                   LocalDate opgeschaald, Boolean effectief, LocalDate beoordeeld, Boolean strafrechtelijk,
                   Wachtreden wachtreden) {

    /** Help with the criminal-law flag but no recorded reason for waiting. */
    public Hulp(String id, String doel, LocalDate aangevraagd, LocalDate gestart, LocalDate gemeenteAfgestemd,
                LocalDate opgeschaald, Boolean effectief, LocalDate beoordeeld, Boolean strafrechtelijk) {
        this(id, doel, aangevraagd, gestart, gemeenteAfgestemd, opgeschaald, effectief, beoordeeld, strafrechtelijk,
                null);
    }

    /** Help with a reason for waiting but without the criminal-law flag. */
    public Hulp(String id, String doel, LocalDate aangevraagd, LocalDate gestart, LocalDate gemeenteAfgestemd,
                LocalDate opgeschaald, Boolean effectief, LocalDate beoordeeld, Wachtreden wachtreden) {
        this(id, doel, aangevraagd, gestart, gemeenteAfgestemd, opgeschaald, effectief, beoordeeld, null, wachtreden);
    }

    /** Help of the contract before both extensions. */
    public Hulp(String id, String doel, LocalDate aangevraagd, LocalDate gestart, LocalDate gemeenteAfgestemd,
                LocalDate opgeschaald, Boolean effectief, LocalDate beoordeeld) {
        this(id, doel, aangevraagd, gestart, gemeenteAfgestemd, opgeschaald, effectief, beoordeeld, null,
                (Wachtreden) null);
    }

    public boolean nietEffectief() {
        return Boolean.FALSE.equals(effectief);
    }

    public boolean uitStrafrecht() {
        return Boolean.TRUE.equals(strafrechtelijk);
    }
}
