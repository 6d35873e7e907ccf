package nl.normtoets.dossier;

import java.time.LocalDate;

/** A period in which a worker or interim team carries the dossier; {@code tot} is inclusive, null while running. */
public record Toewijzing(LocalDate vanaf, LocalDate tot, Werkwijze werkwijze, String medewerker) {

    public boolean actiefOp(LocalDate dag) {
        return !vanaf.isAfter(dag) && (tot == null || !tot.isBefore(dag));
    }

    public boolean isVast() {
        return werkwijze == Werkwijze.VAST;
    }
}
