package nl.normtoets.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fuzz suite's changes to an audit set: one change to the tree or to the bytes at a time, from a seeded
 * random stream. Shared by the fuzz suite and the schema equivalence test, so both see the same kinds of bad input.
 */
public final class Mutaties {

    /** A value that must never appear in an error message (it would be a value quoted from the file). */
    public static final String MARKER = "Zwartewaal";

    private Mutaties() {
    }

    /** One change to the tree: a field removed, retyped, replaced by a hostile value, or the structure bent. */
    public static void boom(ObjectNode set, Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode dossiers = set.get("dossiers") instanceof ArrayNode a ? a : null;
        switch (r.nextInt(12)) {
            case 0 -> set.set("dossiers", r.nextBoolean() ? (dossiers == null || dossiers.isEmpty() ? f.objectNode()
                    : dossiers.get(0)) : r.nextBoolean() ? f.nullNode() : f.numberNode(7));
            case 1 -> set.set("peildatum", r.nextBoolean() ? f.arrayNode().add("2025-03-10")
                    : f.stringNode(List.of("-2025-03-10", "2025-02-30", MARKER, "", "10-03-2025").get(r.nextInt(5))));
            case 2 -> set.set("organisatie", r.nextBoolean() ? f.objectNode().put("naam", MARKER) : f.numberNode(1));
            default -> {
                if (dossiers == null || dossiers.isEmpty()) {
                    return;
                }
                JsonNode d = dossiers.get(r.nextInt(dossiers.size()));
                if (!(d instanceof ObjectNode dossier)) {
                    return;
                }
                List<String> velden = new ArrayList<>(dossier.propertyNames());
                String veld = velden.get(r.nextInt(velden.size()));
                switch (r.nextInt(9)) {
                    case 0 -> dossier.remove(veld);
                    case 1 -> dossier.put(veld, MARKER);
                    case 2 -> dossier.put(veld, 99_999_999_999L);
                    case 3 -> dossier.set(veld, f.arrayNode().add(MARKER));
                    case 4 -> dossier.put("id", r.nextBoolean() ? " " : dossiers.get(0).path("id").asString(""));
                    case 5 -> dossier.put(veld, "2099-01-01");
                    case 6 -> dossiers.add(dossier.deepCopy());
                    case 7 -> dossier.set("uitbreiding", f.objectNode().put("datum", "2099-01-01")
                            .put("tekst", MARKER));
                    default -> dossier.set(veld, f.nullNode());
                }
            }
        }
    }

    /** One change to the bytes: quotes lost, bytes that are not UTF-8, truncation, garbage, a key twice. */
    public static byte[] tekst(byte[] b, Random r) {
        String s = new String(b, StandardCharsets.UTF_8);
        switch (r.nextInt(6)) {
            case 0 -> {
                return s.replaceFirst("\"" + MARKER + "\"", MARKER).getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                byte[] c = b.clone();
                c[r.nextInt(c.length)] = (byte) (0x80 + r.nextInt(0x80));
                return c;
            }
            case 2 -> {
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 3 -> {
                return (s + " " + MARKER).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                return s.replaceFirst("\\{\"peildatum\"", "{\"peildatum\":\"2025-03-10\",\"peildatum\"")
                        .getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String diep = "[".repeat(400 + r.nextInt(400)) + "]".repeat(0);
                return s.replaceFirst("\"gemeente\"", "\"x\":" + diep + ",\"gemeente\"")
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Puts {@code nieuw} at {@code plek} ({container, key or index as text}, as the equivalence tests collect
     * them); null removes the field or element.
     */
    public static void vervang(JsonNode[] plek, JsonNode nieuw) {
        if (plek[0] instanceof ObjectNode o) {
            if (nieuw == null) {
                o.remove(plek[1].asString());
            } else {
                o.set(plek[1].asString(), nieuw);
            }
        } else if (plek[0] instanceof ArrayNode a) {
            int i = plek[1].asInt();
            if (nieuw == null) {
                a.remove(i);
            } else {
                a.set(i, nieuw);
            }
        }
    }
}
