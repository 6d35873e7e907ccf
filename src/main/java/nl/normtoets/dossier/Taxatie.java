package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

    /**
     * Drools keeps every object a {@code from} pattern produces in a hash map, so this is asked once per rule and
     * dossier; the record's own hash walks every nested list. Equal records have equal fields, so a hash of a few
     * of them keeps the contract with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(datum) + Objects.hashCode(soort);
    }
}
