package nl.normtoets.ingest;

import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;

import nl.normtoets.ingest.validatie.Dossiercontrole;
import tools.jackson.databind.JsonNode;

/**
 * The dossier check by the generic JSON Schema validator, interpreting the published schema per dossier. It was the
 * reader's only path; it stays as the reference the compiled checks are tested against, and can be chosen with
 * {@code -Dnormtoets.validatie=schema}.
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
}
