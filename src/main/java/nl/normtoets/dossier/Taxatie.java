package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.List;

/** A safety or risk assessment; {@code instrument} is free text (e.g. ARIJ_VEILIGHEIDSLIJST, LIJ). */
public record Taxatie(LocalDate datum, TaxatieSoort soort, String instrument, List<String> risicos) {

    public Taxatie {
        risicos = Lists.of(risicos);
    }
}
