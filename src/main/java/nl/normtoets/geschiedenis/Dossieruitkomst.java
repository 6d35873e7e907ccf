package nl.normtoets.geschiedenis;

import nl.normtoets.engine.Uitkomst;

/** One dossier's outcome on one indicator in a stored audit, with the dossier's team then. */
public record Dossieruitkomst(String indicator, String dossier, String team, Uitkomst uitkomst) {
}
