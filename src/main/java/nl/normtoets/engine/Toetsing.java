package nl.normtoets.engine;

import java.time.LocalDate;

/** The audit's context as a fact: the day on which every dossier is judged. */
public record Toetsing(LocalDate peildatum) {
}
