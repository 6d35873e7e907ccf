package nl.normtoets.dossier;

import java.time.LocalDate;

public record Evaluatie(LocalDate datum) {
}
