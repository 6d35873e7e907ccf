package nl.normtoets.web.audit;

import java.util.List;

import nl.normtoets.engine.Bevinding;

/** One dossier of an audit: its team, every finding with evidence, and the errors if it was rejected. */
public record DossierInzage(String dossier, String team, List<Bevinding> bevindingen, List<String> fouten) {
}
