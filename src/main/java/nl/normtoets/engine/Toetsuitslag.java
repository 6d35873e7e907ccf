package nl.normtoets.engine;

import java.util.List;

import nl.normtoets.dossier.Afwijzing;

/**
 * What the rules made of the dossiers: one finding per (indicator, dossier), and the dossiers the engine could not
 * evaluate (a rule failed on their data) with the reason.
 */
public record Toetsuitslag(List<Bevinding> bevindingen, List<Afwijzing> afgewezen) {
}
