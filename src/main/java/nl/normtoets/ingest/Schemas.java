package nl.normtoets.ingest;

import java.util.Locale;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/** The audit-set JSON Schema ({@code schema/auditset.schema.json}), loaded once. */
final class Schemas {
    static final String LOCATIE = "classpath:schema/auditset.schema.json";

    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH).build()));

    /** The document without its dossiers (those are checked one by one against {@link #DOSSIER}). */
    static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(LOCATIE));
    static final Schema DOSSIER = REGISTRY.getSchema(SchemaLocation.of(LOCATIE + "#/$defs/dossier"));
    static final Schema ORGANISATIE = REGISTRY.getSchema(SchemaLocation.of(LOCATIE + "#/$defs/organisatieFeiten"));

    private Schemas() {
    }
}
