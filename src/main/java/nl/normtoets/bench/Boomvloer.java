package nl.normtoets.bench;

import java.io.IOException;
import java.nio.file.Path;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor of reading an audit set (issue 20: reading should cost at most twice this): on one thread, each element
 * of {@code dossiers} parsed into a tree and dropped, nothing checked, bound or kept. What the product's reading
 * step (a) adds to it is the schema, the coherence and date checks, the binding to records and keeping them.
 */
final class Boomvloer {

    /** A plain mapper: the trees are read one after another from one parser, so what follows one is not an error. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private Boomvloer() {
    }

    record Uitslag(double ms, int dossiers) {
    }

    static Uitslag meet(Path bestand) throws IOException {
        long t0 = System.nanoTime();
        int dossiers = 0;
        try (JsonParser p = MAPPER.createParser(bestand.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(bestand.getFileName() + ": geen JSON-object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String naam = p.currentName();
                p.nextToken();
                if (naam.equals("dossiers") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        MAPPER.readTree(p); // built and dropped: the floor is the tree, not what is done with it
                        dossiers++;
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Uitslag((System.nanoTime() - t0) / 1e6, dossiers);
    }
}
