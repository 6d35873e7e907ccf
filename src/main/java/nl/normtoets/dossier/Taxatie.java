package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * A safety or risk assessment; {@code instrument} is free text (e.g. ARIJ_VEILIGHEIDSLIJST, LIJ).
 * {@code samenMetGezin} (optional, issue 12): made together with the parents and/or the child; missing means not
 * recorded, which 1a.2-B reads as not made with the family (the stricter reading).
 */
public record Taxatie(LocalDate datum, TaxatieSoort soort, String instrument, List<String> risicos,
                      Boolean samenMetGezin) {

    public Taxatie {
        risicos = Lists.of(risicos);
    }

    /** An assessment of the contract before {@code samenMetGezin}: not recorded. */
    public Taxatie(LocalDate datum, TaxatieSoort soort, String instrument, List<String> risicos) {
        this(datum, soort, instrument, risicos, null);
    }

    public boolean metGezin() {
        return Boolean.TRUE.equals(samenMetGezin);
    }
}
