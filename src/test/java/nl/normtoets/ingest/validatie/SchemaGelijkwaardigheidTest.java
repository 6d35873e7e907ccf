package nl.normtoets.ingest.validatie;

import nl.normtoets.fuzz.Mutaties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.ingest.SchemaDossiercontrole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 20: the compiled schema checks and the generic JSON Schema validator give the same verdict on the same
 * corpus: valid generated sets and every kind of damage the fuzz suite does (fields removed, retyped, hostile values,
 * ids blank or twice, future dates, extension fields, broken bytes), here also applied at any depth of a dossier. Per
 * dossier the error lists must be equal, text and order; through the reader, the same dossiers accepted and the same
 * rejections. Seeds as in the fuzz suite: {@code -Dfuzz.gevallen=N -Dfuzz.startwaarde=S}.
 */
class SchemaGelijkwaardigheidTest {

    private static final String MARKER = Mutaties.MARKER;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int GEVALLEN = Integer.getInteger("fuzz.gevallen", 150);
    private static final long START = Long.getLong("fuzz.startwaarde", 20_000L);
    private static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 10);

    private static final Dossiercontrole SCHEMA = SchemaDossiercontrole.INSTANTIE;
    private static final Dossiercontrole SNEL = GecompileerdSchema.dossier();

    private static ObjectNode basis;
    /** The kinds of message the corpus produced: the test proves little unless every check of the schema fired. */
    private static final Set<String> GEZIEN = new HashSet<>();

    @BeforeAll
    static void basis() throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        new DossierGenerator(Profiel.van("jbn-2025"), 7, PEILDATUM).schrijfAuditset(o, 40, "JBN", false);
        basis = (ObjectNode) JSON.readTree(o.toByteArray());
        ArrayNode dossiers = (ArrayNode) basis.get("dossiers");
        // the demo set's dossiers too: they carry the optional contract fields the generator leaves out
        JsonNode demo = JSON.readTree(Files.readString(Path.of("src/test/resources/web/auditset-demo.json")));
        demo.get("dossiers").forEach(d -> dossiers.add(d.deepCopy()));
        for (JsonNode d : dossiers) {
            ((ObjectNode) d).put("gemeente", MARKER);
        }
    }

    @ParameterizedTest(name = "profiel {0}")
    @ValueSource(strings = {"jbn-2025", "jbn-2026"})
    void geldigeGegenereerdeSetsWordenGelijkGelezen(String profiel) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        new DossierGenerator(Profiel.van(profiel), 3, PEILDATUM).schrijfAuditset(o, 300, "JBN", false);
        Auditset schema = lees(o.toByteArray(), SCHEMA);
        Auditset snel = lees(o.toByteArray(), SNEL);
        assertThat(snel.dossiers()).hasSize(schema.dossiers().size()).isEqualTo(schema.dossiers());
        assertThat(snel.afgewezen()).isEqualTo(schema.afgewezen());
        assertThat(snel.dossiers()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> beschadigdeSetsKrijgenDezelfdeFouten() {
        return Stream.iterate(START, s -> s + 1).limit(GEVALLEN)
                .map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> geval(seed)));
    }

    private static void geval(long seed) {
        Random r = new Random(seed);
        ObjectNode set = basis.deepCopy();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            if (r.nextBoolean()) {
                diepeMutatie(set, r);
            } else {
                Mutaties.boom(set, r);
            }
        }
        // per dossier: the two lists are equal, message for message, in the same order
        if (set.get("dossiers") instanceof ArrayNode dossiers) {
            for (JsonNode d : dossiers) {
                List<String> verwacht = SCHEMA.fouten(d);
                assertThat(SNEL.fouten(d)).as("seed %d, dossier %s", seed, d.path("id")).isEqualTo(verwacht);
                verwacht.forEach(f -> GEZIEN.add(soort(f)));
            }
        }
        // through the reader, bytes damaged too: the same accepted dossiers, rejections or stop
        byte[] tekst = JSON.writeValueAsBytes(set);
        if (r.nextInt(3) == 0) {
            tekst = Mutaties.tekst(tekst, r);
        }
        vergelijkLezing(tekst);
    }

    private static void vergelijkLezing(byte[] tekst) {
        Auditset[] uit = new Auditset[2];
        Throwable[] fout = new Throwable[2];
        Dossiercontrole[] controles = {SCHEMA, SNEL};
        for (int k = 0; k < 2; k++) {
            int i = k;
            fout[k] = catchThrowable(() -> uit[i] = lees(tekst, controles[i]));
        }
        if (fout[0] != null) {
            assertThat(fout[0]).isInstanceOf(OnbruikbareInvoer.class);
            assertThat(fout[1]).isInstanceOf(OnbruikbareInvoer.class).hasMessage(fout[0].getMessage());
            return;
        }
        assertThat(fout[1]).isNull();
        assertThat(uit[1].dossiers().stream().map(Dossier::id).toList())
                .isEqualTo(uit[0].dossiers().stream().map(Dossier::id).toList());
        assertThat(uit[1].dossiers()).isEqualTo(uit[0].dossiers());
        assertThat(uit[1].afgewezen()).isEqualTo(uit[0].afgewezen());
        uit[1].afgewezen().forEach(a -> a.fouten().forEach(f -> assertThat(f).doesNotContain(MARKER)));
    }

    @Test
    void hetCorpusLaatElkeControleVanHetSchemaAfgaan() {
        // runs after the seeds in most orders; run them here too so the assertion does not depend on test order
        Stream.iterate(START, s -> s + 1).limit(Math.max(GEVALLEN, 150)).forEach(SchemaGelijkwaardigheidTest::geval);
        assertThat(GEZIEN).contains("verplicht", "datum", "enum", "type", "leeg", "bereik");
    }

    @Test
    void eenOnbekendSchemawoordWordtGeweigerdInPlaatsVanOvergeslagen() throws Exception {
        JsonNode schema = JSON.readTree("{\"$defs\":{\"d\":{\"type\":\"array\",\"uniqueItems\":true}}}");
        assertThatThrownBy(() -> new GecompileerdSchema(schema, "#/$defs/d")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uniqueItems");
    }

    @Test
    void randgevallenVanDatumGetalEnType() throws Exception {
        // dates the fast date check takes without the formatter, and shapes it leaves to LocalDate.parse
        List<String> datums = List.of("2024-02-29", "2025-02-29", "2025-02-30", "2025-04-31", "2025-00-10",
                "2025-13-01", "0000-01-01", "9999-12-31", "2025-1-06", "+2025-01-06", "-2025-01-06", "20250106",
                "2025-01-06T00:00", "2025-01-0x", "２０２５-01-06", "", " 2025-01-06");
        for (String datum : datums) {
            ObjectNode d = JSON.createObjectNode().put("id", "D-1").put("maatregel", "OTS").put("startdatum", datum);
            assertThat(SNEL.fouten(d)).as(datum).isEqualTo(SCHEMA.fouten(d));
        }
        for (String getal : List.of("2012", "2012.0", "2012.5", "1e3", "1989", "2101", "-0", "1E400",
                "99999999999999999999999")) {
            JsonNode d = JSON.readTree("{\"id\":\"D-1\",\"maatregel\":\"OTS\",\"startdatum\":\"2025-01-06\","
                    + "\"geboortejaar\":" + getal + ",\"contactafspraak\":{\"datum\":\"2025-01-06\","
                    + "\"frequentieDagen\":" + getal + "}}");
            assertThat(SNEL.fouten(d)).as(getal).isEqualTo(SCHEMA.fouten(d));
        }
        for (String waarde : List.of("null", "true", "1", "\"\"", "[]", "{}", "\"x\"")) {
            JsonNode d = JSON.readTree("{\"id\":" + waarde + ",\"maatregel\":" + waarde + ",\"gezin\":" + waarde
                    + ",\"oorzaakanalyse\":" + waarde + ",\"hulp\":[{\"id\":\"H\",\"wachtreden\":" + waarde + "}]}");
            assertThat(SNEL.fouten(d)).as(waarde).isEqualTo(SCHEMA.fouten(d));
        }
    }

    private static String soort(String fout) {
        return fout.contains("verplicht veld ontbreekt") ? "verplicht" : fout.contains("geen geldige datum") ? "datum"
                : fout.contains("geen toegestane waarde") ? "enum" : fout.contains("verkeerde type") ? "type"
                : fout.contains("mag niet leeg") ? "leeg" : fout.contains("buiten het toegestane bereik") ? "bereik"
                : "anders";
    }

    private static Auditset lees(byte[] tekst, Dossiercontrole controle) {
        return new AuditsetLezer(controle).lees(new ByteArrayInputStream(tekst), "set.json", null);
    }

    /** The same kinds of change at any depth of a dossier (a contact's date, a plan's doel, an element of a list). */
    private static void diepeMutatie(ObjectNode set, Random r) {
        if (!(set.get("dossiers") instanceof ArrayNode dossiers) || dossiers.isEmpty()) {
            return;
        }
        List<JsonNode[]> plekken = new ArrayList<>(); // {container, key-or-index as text}
        verzamel(dossiers.get(r.nextInt(dossiers.size())), plekken);
        if (plekken.isEmpty()) {
            return;
        }
        JsonNode[] plek = plekken.get(r.nextInt(plekken.size()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode nieuw = switch (r.nextInt(11)) {
            case 0 -> null; // removed
            case 1 -> f.stringNode(MARKER);
            case 2 -> f.numberNode(99_999_999_999L);
            case 3 -> f.arrayNode().add(MARKER);
            case 4 -> f.nullNode();
            case 5 -> f.stringNode(List.of("2025-02-30", "2025-1-06", "2099-01-01", "", " ").get(r.nextInt(5)));
            case 6 -> f.numberNode(r.nextBoolean() ? 2012.5 : 0);
            case 7 -> f.booleanNode(r.nextBoolean());
            case 8 -> f.objectNode().put("tekst", MARKER);
            case 9 -> f.stringNode("");
            default -> f.stringNode("VAST");
        };
        Mutaties.vervang(plek, nieuw);
    }

    private static void verzamel(JsonNode n, List<JsonNode[]> plekken) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof ObjectNode o) {
            for (String k : o.propertyNames()) {
                plekken.add(new JsonNode[] {o, f.stringNode(k)});
                verzamel(o.get(k), plekken);
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                plekken.add(new JsonNode[] {a, f.numberNode(i)});
                verzamel(a.get(i), plekken);
            }
        }
    }

}
