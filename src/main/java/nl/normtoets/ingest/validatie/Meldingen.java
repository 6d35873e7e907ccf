package nl.normtoets.ingest.validatie;

/** Dutch names of JSON kinds for messages, the same words the schema path uses (nl.normtoets.ingest.Foutmelding). */
final class Meldingen {
    private Meldingen() {
    }

    /** The JSON kind of a value: a message names it instead of the value, which may be personal data. */
    static String toon(tools.jackson.databind.JsonNode waarde) {
        if (waarde == null || waarde.isNull() || waarde.isMissingNode()) {
            return "null";
        }
        return waarde.isString() ? "tekst" : waarde.isIntegralNumber() ? "geheel getal" : waarde.isNumber() ? "getal"
                : waarde.isBoolean() ? "true/false" : waarde.isArray() ? "lijst" : "object";
    }

    static String typeNaam(String type) {
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
