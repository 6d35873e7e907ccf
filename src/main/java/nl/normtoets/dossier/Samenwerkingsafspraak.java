package nl.normtoets.dossier;

import java.time.LocalDate;

public record Samenwerkingsafspraak(LocalDate datum, String met) {
}
