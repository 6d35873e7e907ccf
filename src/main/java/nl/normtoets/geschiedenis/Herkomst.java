package nl.normtoets.geschiedenis;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a stored audit came from, beside what its report says: the measurement period and the {@code --per} day
 * (both null when not used), fingerprints of the catalog and of the input, when it was made and by whom (a user
 * name of the service or the operating-system user of the CLI, never a person's name from the data).
 */
public record Herkomst(LocalDate periodeVan, LocalDate periodeTot, LocalDate perDatum,
                       String catalogusVingerafdruk, String invoerVingerafdruk, Instant gemaakt, String door) {
}
