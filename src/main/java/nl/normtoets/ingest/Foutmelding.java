package nl.normtoets.ingest;

import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;

/**
 * Turns schema errors into messages a quality officer can act on: the field path in the dossier
 * ("contacten[2].datum") and what is wrong, in Dutch. A value from the file is never echoed (only its JSON kind), so
 * free text that may hold personal data does not end up in messages or logs.
 */
final class Foutmelding {
    private Foutmelding() {
    }

    static String pad(NodePath pad, int vanaf) {
        StringBuilder sb = new StringBuilder();
        for (int i = vanaf; i < pad.getNameCount(); i++) {
            Object el = pad.getElement(i);
            if (el instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(el);
            }
        }
        return sb.toString();
    }

    static String tekst(Error e, int padVanaf) {
        String veld = pad(e.getInstanceLocation(), padVanaf);
        JsonNode waarde = e.getInstanceNode();
        String bericht = switch (String.valueOf(e.getKeyword())) {
            case "required" -> {
                String ontbrekend = e.getProperty();
                veld = veld.isEmpty() ? ontbrekend : veld + "." + ontbrekend;
                yield "verplicht veld ontbreekt";
            }
            case "format" -> "is geen geldige datum (JJJJ-MM-DD)";
            case "enum" -> "is geen toegestane waarde; toegestaan: " + toegestaan(e);
            case "type" -> "heeft het verkeerde type (" + toon(waarde) + "); verwacht: " + verwacht(e);
            case "minimum", "maximum" -> "ligt buiten het toegestane bereik";
            case "minLength" -> "mag niet leeg zijn";
            case "pattern" -> "heeft niet de vereiste vorm (" + e.getSchemaNode().asString() + ")";
            // the library's own text may quote the value
            default -> "voldoet niet aan het contract (" + e.getKeyword() + ")";
        };
        return (veld.isEmpty() ? "" : veld + ": ") + bericht;
    }

    /** The JSON kind of a value: a message names it instead of the value, which may be personal data. */
    static String toon(JsonNode waarde) {
        if (waarde == null || waarde.isNull() || waarde.isMissingNode()) {
            return "null";
        }
        return waarde.isString() ? "tekst" : waarde.isIntegralNumber() ? "geheel getal" : waarde.isNumber() ? "getal"
                : waarde.isBoolean() ? "true/false" : waarde.isArray() ? "lijst" : "object";
    }

    private static String toegestaan(Error e) {
        JsonNode schema = e.getSchemaNode();
        if (schema != null && schema.isArray()) {
            return StreamSupport.stream(schema.spliterator(), false).map(JsonNode::asString)
                    .collect(Collectors.joining(", "));
        }
        return e.getMessage();
    }

    private static String verwacht(Error e) {
        JsonNode schema = e.getSchemaNode();
        if (schema == null) {
            return "?";
        }
        return schema.isArray()
                ? StreamSupport.stream(schema.spliterator(), false).map(JsonNode::asString)
                        .map(Foutmelding::typeNaam).collect(Collectors.joining(" of "))
                : typeNaam(schema.asString());
    }

    private static String typeNaam(String type) {
        return switch (type) {
            case "string" -> "tekst";
            case "integer" -> "geheel getal";
            case "number" -> "getal";
            case "boolean" -> "true/false";
            case "array" -> "lijst";
            case "object" -> "object";
            case "null" -> "null";
            default -> type;
        };
    }
}
