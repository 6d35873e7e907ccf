package nl.normtoets.ingest.validatie;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Checks one dossier (its JSON tree) against the contract's dossier schema and returns the errors as the reader
 * reports them: "field.path: what is wrong", never a value from the file. Two implementations give the same list for
 * the same tree: the generic JSON Schema validator (the published schema, interpreted per dossier) and
 * {@link GecompileerdSchema} (the same schema, compiled once into plain checks).
 */
public interface Dossiercontrole {

    /** The errors of this dossier, in the schema's order; empty when it conforms. */
    List<String> fouten(JsonNode dossier);
}
