package nl.normtoets.dossier;

import java.time.LocalDate;

/** The agreed contact frequency with the child and family. */
public record Contactafspraak(LocalDate datum, Integer frequentieDagen) {
}
