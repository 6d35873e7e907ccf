package nl.normtoets.dossier;

import java.time.LocalDate;

/** A sign of unsafety; {@code opgevolgd} is the date it was acted on, null while open. */
public record Signaal(LocalDate datum, LocalDate opgevolgd) {
}
