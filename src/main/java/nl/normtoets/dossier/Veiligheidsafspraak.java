package nl.normtoets.dossier;

import java.time.LocalDate;

public record Veiligheidsafspraak(LocalDate datum) {
}
