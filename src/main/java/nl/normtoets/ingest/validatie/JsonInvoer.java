package nl.normtoets.ingest.validatie;

import java.io.InputStream;

import nl.normtoets.ingest.JsonFout;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parser the audit-set reader reads with (issue 20): bytes in (the parser's fastest input), held to strict UTF-8
 * by {@link StrikteUtf8}; a key twice in one object is refused while the tree is built
 * ({@code FAIL_ON_READING_DUP_TREE_KEY}: the tree's own map sees the duplicate, no second set of names per object as
 * the parser's duplicate detection keeps). The reader checks the document's top-level keys itself, as it reads those
 * without a tree. The same read limits as {@code AuditsetLezer.MAPPER}.
 */
public final class JsonInvoer {

    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonFout.MAX_DIEPTE)
                            .maxNumberLength(JsonFout.MAX_CIJFERS).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private JsonInvoer() {
    }

    public static JsonParser parser(InputStream in) {
        return MAPPER.createParser(new StrikteUtf8(in));
    }
}
