package nl.normtoets.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The date fields of a dossier as the contract defines them (every {@code "format": "date"} under
 * {@code $defs/dossier} in the schema), as a tree of field names. Only these are checked against the peildatum: an
 * extension field the contract does not know may hold any date (e.g. a planned hearing) without rejecting the
 * dossier.
 */
final class Datumvelden {

    /** One object level: which fields are dates, and which lead to a nested object (or list of objects). */
    static final class Niveau {
        private final Map<String, Niveau> kinderen = new HashMap<>();
        private final Map<String, Boolean> datums = new HashMap<>();

        /** The nested level of a field, or null when the contract has no object there. */
        Niveau kind(String veld) {
            return kinderen.get(veld);
        }

        boolean isDatum(String veld) {
            return datums.containsKey(veld);
        }
    }

    static final Niveau DOSSIER = laad();

    private Datumvelden() {
    }

    private static Niveau laad() {
        try (InputStream in = Datumvelden.class.getResourceAsStream("/schema/auditset.schema.json")) {
            JsonNode schema = AuditsetLezer.MAPPER.readTree(in);
            Niveau n = new Niveau();
            vul(n, schema.path("$defs").path("dossier"));
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void vul(Niveau niveau, JsonNode objectSchema) {
        for (Map.Entry<String, JsonNode> e : objectSchema.path("properties").properties()) {
            JsonNode s = e.getValue();
            if ("date".equals(s.path("format").asString(""))) {
                niveau.datums.put(e.getKey(), Boolean.TRUE);
            }
            JsonNode object = s.has("items") ? s.get("items") : s;
            if (object.has("properties")) {
                Niveau kind = new Niveau();
                vul(kind, object);
                niveau.kinderen.put(e.getKey(), kind);
            } else if (object.path("items").has("format") && "date".equals(object.path("items").path("format")
                    .asString(""))) {
                niveau.datums.put(e.getKey(), Boolean.TRUE);
            }
            if (s.has("items") && "date".equals(s.path("items").path("format").asString(""))) {
                niveau.datums.put(e.getKey(), Boolean.TRUE);
            }
        }
    }
}
