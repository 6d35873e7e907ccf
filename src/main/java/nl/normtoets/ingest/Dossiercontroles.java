package nl.normtoets.ingest;

import nl.normtoets.ingest.validatie.Dossiercontrole;
import nl.normtoets.ingest.validatie.GecompileerdSchema;

/**
 * Which dossier check the reader uses: the compiled schema by default; {@code -Dnormtoets.validatie=schema} picks the
 * generic validator (the reference, slower), e.g. to rule out the compiled path when an error looks odd.
 */
public final class Dossiercontroles {

    public static final String INSTELLING = "normtoets.validatie";

    private Dossiercontroles() {
    }

    public static Dossiercontrole standaard() {
        return "schema".equalsIgnoreCase(System.getProperty(INSTELLING, "").strip())
                ? SchemaDossiercontrole.INSTANTIE : GecompileerdSchema.dossier();
    }
}
