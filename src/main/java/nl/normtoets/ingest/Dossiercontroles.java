package nl.normtoets.ingest;

import java.util.List;

import nl.normtoets.ingest.validatie.Dossiercontrole;
import nl.normtoets.ingest.validatie.GecompileerdSchema;
import tools.jackson.databind.JsonNode;

/**
 * Which schema checks the reader uses: the compiled schema by default; {@code -Dnormtoets.validatie=schema} picks the
 * generic validator (the reference, slower), e.g. to rule out the compiled path when an error looks odd. The choice
 * covers the dossiers, the document header and the organisation facts alike, so a normal run never loads the generic
 * validator.
 */
public final class Dossiercontroles {

    public static final String INSTELLING = "normtoets.validatie";

    private Dossiercontroles() {
    }

    public static Dossiercontrole standaard() {
        return generiek() ? SchemaDossiercontrole.INSTANTIE : GecompileerdSchema.dossier();
    }

    /** The errors of the document without its dossiers, by the chosen check. */
    static List<String> documentfouten(JsonNode kop) {
        return generiek() ? SchemaDossiercontrole.documentfouten(kop) : GecompileerdSchema.document().fouten(kop);
    }

    /** The errors of the organisation facts, each path starting with {@code veld}, by the chosen check. */
    static List<String> organisatiefouten(JsonNode feiten, String veld) {
        return generiek() ? SchemaDossiercontrole.organisatiefouten(feiten, veld)
                : GecompileerdSchema.organisatieFeiten().fouten(feiten, veld);
    }

    private static boolean generiek() {
        return "schema".equalsIgnoreCase(System.getProperty(INSTELLING, "").strip());
    }
}
