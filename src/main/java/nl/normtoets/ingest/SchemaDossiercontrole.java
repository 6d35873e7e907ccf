package nl.normtoets.ingest;

import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import nl.normtoets.ingest.validatie.Dossiercontrole;
import tools.jackson.databind.JsonNode;

/**
 * The dossier check by the generic JSON Schema validator, interpreting the published schema per dossier. It was the
 * reader's only path; it stays as the reference the compiled checks are tested against, and can be chosen with
 * {@code -Dnormtoets.validatie=schema}. The document header and the organisation facts have their reference check
 * here too ({@link #documentfouten}, {@link #organisatiefouten}).
 */
public final class SchemaDossiercontrole implements Dossiercontrole {

    public static final SchemaDossiercontrole INSTANTIE = new SchemaDossiercontrole();

    private SchemaDossiercontrole() {
    }

    @Override
    public List<String> fouten(JsonNode dossier) {
        List<String> fouten = new ArrayList<>();
        for (Error e : Schemas.DOSSIER.validate(dossier)) {
            fouten.add(Foutmelding.tekst(e, 0));
        }
        return fouten;
    }

    /** The errors of the document without its dossiers, as the reader lists them when the peildatum is unusable. */
    public static List<String> documentfouten(JsonNode kop) {
        List<String> fouten = new ArrayList<>();
        for (Error e : Schemas.DOCUMENT.validate(kop)) {
            fouten.add(Foutmelding.tekst(e, 0));
        }
        return fouten;
    }

    /**
     * The errors of the organisation facts, each path starting with {@code veld} ("organisatieFeiten: ..." at the
     * root, "organisatieFeiten.medewerkers[0].id: ..." below it; a missing field is named after the dot).
     */
    public static List<String> organisatiefouten(JsonNode feiten, String veld) {
        return metVeld(Schemas.ORGANISATIE, feiten, veld);
    }

    /**
     * The errors of {@code waarde} against a schema given as a tree (checked from its root), each path starting with
     * {@code veld} as in {@link #organisatiefouten}: lets tests hold the compiled checks to this format on shapes the
     * product's schema does not have (a required field at the root, or inside anyOf).
     */
    public static List<String> fouten(JsonNode schema, JsonNode waarde, String veld) {
        return metVeld(Schemas.REGISTRY.getSchema(schema), waarde, veld);
    }

    private static List<String> metVeld(Schema schema, JsonNode waarde, String veld) {
        List<String> fouten = new ArrayList<>();
        for (Error e : schema.validate(waarde)) {
            boolean metVeld = !Foutmelding.pad(e.getInstanceLocation(), 0).isEmpty()
                    || "required".equals(String.valueOf(e.getKeyword()));
            fouten.add(veld + (metVeld ? "." : ": ") + Foutmelding.tekst(e, 0));
        }
        return fouten;
    }
}
