package nl.normtoets.ingest.validatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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

import nl.normtoets.fuzz.Mutaties;
import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.OrganisatieFeitenLezer;
import nl.normtoets.ingest.SchemaDossiercontrole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compiled checks of the organisation facts and of the document header give the same messages as the generic
 * validator, text and order: on valid facts (generated and the demo's) and on the fuzz suite's damage applied inside
 * {@code organisatieFeiten} (fields removed, retyped, hostile values, lists bent, the facts not an object). The header
 * is the document without its dossiers, as the reader checks it when the peildatum is unusable. Seeds as in the fuzz
 * suite: {@code -Dfuzz.gevallen=N -Dfuzz.startwaarde=S}.
 */
class OrganisatieSchemaGelijkwaardigheidTest {

    private static final String MARKER = Mutaties.MARKER;
    private static final String VELD = "organisatieFeiten";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int GEVALLEN = Integer.getInteger("fuzz.gevallen", 150);
    private static final long START = Long.getLong("fuzz.startwaarde", 30_000L);
    private static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 10);

    /** Valid facts: the generator's and the demo fixture's. */
    private static final List<JsonNode> GELDIG = new ArrayList<>();
    private static final Set<String> GEZIEN = new HashSet<>();

    @BeforeAll
    static void feiten() throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        new DossierGenerator(Profiel.van("jbn-2025"), 7, PEILDATUM).schrijfAuditset(o, 40, "JBN", false);
        GELDIG.add(JSON.readTree(o.toByteArray()).get(VELD));
        GELDIG.add(JSON.readTree(Files.readString(Path.of("fixtures/demo.json"))).get(VELD));
        assertThat(GELDIG).allSatisfy(f -> assertThat(f).isInstanceOf(ObjectNode.class));
    }

    @Test
    void geldigeFeitenWordenGelijkGelezen() {
        for (JsonNode f : GELDIG) {
            var schema = OrganisatieFeitenLezer.lees(f, SchemaDossiercontrole::organisatiefouten);
            var snel = OrganisatieFeitenLezer.lees(f, GecompileerdSchema.organisatieFeiten()::fouten);
            assertThat(schema.fouten()).isEmpty();
            assertThat(snel.fouten()).isEmpty();
            assertThat(snel.feiten()).isNotNull().isEqualTo(schema.feiten());
            assertThat(GecompileerdSchema.document().fouten(kop(f))).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> beschadigdeFeitenKrijgenDezelfdeFouten() {
        return Stream.iterate(START, s -> s + 1).limit(GEVALLEN)
                .map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> geval(seed)));
    }

    @Test
    void hetCorpusLaatElkeControleVanDeOrganisatieFeitenAfgaan() {
        Stream.iterate(START, s -> s + 1).limit(Math.max(GEVALLEN, 150))
                .forEach(OrganisatieSchemaGelijkwaardigheidTest::geval);
        assertThat(GEZIEN).contains("verplicht", "datum", "enum", "type", "leeg", "bereik", "vorm", "wortel");
    }

    @Test
    void feitenDieGeenObjectZijn() throws Exception {
        for (String waarde : List.of("\"x\"", "1", "2.5", "true", "[]", "[{}]", "{}")) {
            JsonNode f = JSON.readTree(waarde);
            vergelijk(f, waarde);
        }
        assertThat(GecompileerdSchema.organisatieFeiten().fouten(JSON.readTree("\"" + MARKER + "\""), VELD))
                .containsExactly("organisatieFeiten: heeft het verkeerde type (tekst); verwacht: object");
    }

    @Test
    void padenBeginnenBijOrganisatieFeiten() throws Exception {
        JsonNode f = JSON.readTree("{\"medewerkers\":[{\"id\":\"M-1\",\"functie\":\"TEAMMANAGER\"},{\"functie\":7}],"
                + "\"jaarverslag\":5,\"clientenraadAdviezen\":[{\"terugkoppeling\":\"2025-02-30\"}],"
                + "\"verbeteracties\":[{\"id\":\"\"}],\"samenwerkingsprotocollen\":[{\"gemeente\":null}]}");
        List<String> verwacht = List.of(
                "organisatieFeiten.medewerkers[1].functie: heeft het verkeerde type (geheel getal); verwacht: tekst",
                "organisatieFeiten.medewerkers[1].functie: is geen toegestane waarde; toegestaan: JEUGDBESCHERMER, "
                        + "JEUGDRECLASSEERDER, GEDRAGSWETENSCHAPPER, PRAKTIJKBEGELEIDER, TEAMMANAGER, ASSISTENT",
                "organisatieFeiten.medewerkers[1].id: verplicht veld ontbreekt",
                "organisatieFeiten.jaarverslag: heeft het verkeerde type (geheel getal); verwacht: tekst of null",
                "organisatieFeiten.clientenraadAdviezen[0].terugkoppeling: is geen geldige datum (JJJJ-MM-DD)",
                "organisatieFeiten.clientenraadAdviezen[0].datum: verplicht veld ontbreekt",
                "organisatieFeiten.verbeteracties[0].id: mag niet leeg zijn",
                "organisatieFeiten.samenwerkingsprotocollen[0].gemeente: heeft het verkeerde type (null); "
                        + "verwacht: tekst");
        assertThat(SchemaDossiercontrole.organisatiefouten(f, VELD)).isEqualTo(verwacht);
        assertThat(GecompileerdSchema.organisatieFeiten().fouten(f, VELD)).isEqualTo(verwacht);
    }

    @Test
    void verplichtAanDeWortelEnInAnyOf() throws Exception {
        // shapes the product's schema does not have at the root of the facts: a required field, required in anyOf
        JsonNode schema = JSON.readTree("{\"type\":\"object\",\"required\":[\"jaarverslag\"],\"properties\":{"
                + "\"x\":{\"anyOf\":[{\"type\":\"null\"},{\"type\":\"object\",\"required\":[\"a\"]}]}},"
                + "\"anyOf\":[{\"required\":[\"b\"]},{\"required\":[\"c\"]}]}");
        GecompileerdSchema snel = new GecompileerdSchema(JSON.createObjectNode().set("$defs",
                JSON.createObjectNode().set("o", schema)), "#/$defs/o");
        for (String waarde : List.of("{}", "{\"jaarverslag\":null,\"b\":1}", "{\"x\":{}}", "{\"x\":5,\"c\":1}", "\"s\"",
                "[]")) {
            JsonNode w = JSON.readTree(waarde);
            assertThat(snel.fouten(w, VELD)).as(waarde).isEqualTo(SchemaDossiercontrole.fouten(schema, w, VELD));
        }
        assertThat(snel.fouten(JSON.readTree("{}"), VELD)).containsExactly(
                "organisatieFeiten.jaarverslag: verplicht veld ontbreekt",
                "organisatieFeiten.b: verplicht veld ontbreekt", "organisatieFeiten.c: verplicht veld ontbreekt");
    }

    @Test
    void deKopVanHetDocument() throws Exception {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> peildatums = List.of(f.missingNode(), f.nullNode(), f.numberNode(20250310), f.stringNode(""),
                f.stringNode("2025-02-30"), f.stringNode("10-03-2025"), f.stringNode(MARKER), f.arrayNode(),
                f.stringNode("2025-03-10"));
        List<JsonNode> organisaties = List.of(f.missingNode(), f.nullNode(), f.numberNode(1), f.stringNode("JBN"),
                f.objectNode().put("naam", MARKER));
        List<JsonNode> feiten = List.of(f.missingNode(), f.nullNode(), f.stringNode(MARKER), f.arrayNode(),
                f.objectNode(), GELDIG.get(0), f.objectNode().set("verbeteracties", f.arrayNode().add(f.objectNode())),
                f.objectNode().put("financieleBuffer", 11));
        for (JsonNode p : peildatums) {
            for (JsonNode o : organisaties) {
                for (JsonNode of : feiten) {
                    ObjectNode kop = f.objectNode();
                    zet(kop, "peildatum", p);
                    zet(kop, "organisatie", o);
                    zet(kop, VELD, of);
                    kop.put("uitbreiding", MARKER);
                    assertThat(GecompileerdSchema.document().fouten(kop)).as(kop.toString())
                            .isEqualTo(SchemaDossiercontrole.documentfouten(kop));
                }
            }
        }
        ObjectNode kop = f.objectNode().put("organisatie", 1).put(VELD, "x");
        // the generic validator's order: type, then properties, then the other keywords as written (required)
        assertThat(GecompileerdSchema.document().fouten(kop)).containsExactly(
                "organisatie: heeft het verkeerde type (geheel getal); verwacht: tekst of null",
                "organisatieFeiten: heeft het verkeerde type (tekst); verwacht: null",
                "organisatieFeiten: heeft het verkeerde type (tekst); verwacht: object",
                "peildatum: verplicht veld ontbreekt");
    }

    private static void zet(ObjectNode kop, String veld, JsonNode waarde) {
        if (!waarde.isMissingNode()) {
            kop.set(veld, waarde.deepCopy());
        }
    }

    private static ObjectNode kop(JsonNode feiten) {
        ObjectNode kop = JSON.createObjectNode().put("peildatum", "2025-03-10").put("organisatie", "JBN");
        kop.set(VELD, feiten.deepCopy());
        return kop;
    }

    private static void geval(long seed) {
        Random r = new Random(seed);
        JsonNode feiten = GELDIG.get(r.nextInt(GELDIG.size())).deepCopy();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            feiten = r.nextBoolean() ? diepeMutatie(feiten, r) : fuzz(feiten, r);
        }
        vergelijk(feiten, "seed " + seed);
    }

    /** Both paths, through the reader of the facts and as part of the header; the errors must be the same. */
    private static void vergelijk(JsonNode feiten, String wat) {
        var schema = OrganisatieFeitenLezer.lees(feiten, SchemaDossiercontrole::organisatiefouten);
        var snel = OrganisatieFeitenLezer.lees(feiten, GecompileerdSchema.organisatieFeiten()::fouten);
        assertThat(snel.fouten()).as(wat).isEqualTo(schema.fouten());
        assertThat(snel.feiten()).as(wat).isEqualTo(schema.feiten());
        List<String> verwacht = SchemaDossiercontrole.organisatiefouten(feiten, VELD);
        assertThat(GecompileerdSchema.organisatieFeiten().fouten(feiten, VELD)).as(wat).isEqualTo(verwacht);
        verwacht.forEach(f -> {
            assertThat(f).as(wat).startsWith(VELD).doesNotContain(MARKER);
            GEZIEN.add(soort(f));
        });
        ObjectNode kop = kop(feiten);
        assertThat(GecompileerdSchema.document().fouten(kop)).as(wat)
                .isEqualTo(SchemaDossiercontrole.documentfouten(kop));
    }

    /**
     * The fuzz suite's tree changes ({@link Mutaties#boom}) inside the facts: the objects of the facts (the facts
     * themselves, each employee, action, advice ...) stand in for the dossiers it changes, so a field of any of them
     * is removed, retyped or given a hostile value in place.
     */
    private static JsonNode fuzz(JsonNode feiten, Random r) {
        ArrayNode objecten = JsonNodeFactory.instance.arrayNode();
        objecten(feiten, objecten);
        ObjectNode set = JsonNodeFactory.instance.objectNode();
        set.set("dossiers", objecten);
        Mutaties.boom(set, r);
        return feiten;
    }

    private static void objecten(JsonNode n, ArrayNode uit) {
        if (n instanceof ObjectNode o && !o.isEmpty()) {
            uit.add(o);
        }
        if (n.isContainer()) {
            n.forEach(k -> objecten(k, uit));
        }
    }

    /** A change at any depth, the facts themselves included (then they may stop being an object). */
    private static JsonNode diepeMutatie(JsonNode feiten, Random r) {
        List<JsonNode[]> plekken = new ArrayList<>(); // {container, key-or-index as text}
        // a place inside one of the top-level fields, drawn first: else the employees' fields would crowd out the
        // few actions and protocols; the root itself now and then
        if (feiten instanceof ObjectNode o && !o.isEmpty()) {
            List<String> velden = new ArrayList<>(o.propertyNames());
            String veld = velden.get(r.nextInt(velden.size()));
            plekken.add(new JsonNode[] {o, JsonNodeFactory.instance.stringNode(veld)});
            verzamel(o.get(veld), plekken);
        }
        JsonNode[] plek = plekken.isEmpty() || r.nextInt(10) == 0 ? new JsonNode[] {null, null}
                : plekken.get(r.nextInt(plekken.size()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode nieuw = switch (r.nextInt(13)) {
            case 0 -> null; // removed
            case 1 -> f.stringNode(MARKER);
            case 2 -> f.numberNode(99_999_999_999L);
            case 3 -> f.arrayNode().add(MARKER);
            case 4 -> f.nullNode();
            case 5 -> f.stringNode(List.of("2025-02-30", "2025-1-06", "2099-01-01", "", " ", "2025-13")
                    .get(r.nextInt(6)));
            case 6 -> f.numberNode(List.of(2012.5, 0.0, -3.0, 1.3, 11.0).get(r.nextInt(5)));
            case 7 -> f.booleanNode(r.nextBoolean());
            case 8 -> f.objectNode().put("tekst", MARKER);
            case 9 -> f.stringNode("");
            case 10 -> f.arrayNode().add(f.objectNode());
            case 11 -> f.stringNode("M-" + MARKER);
            default -> f.stringNode("VAST");
        };
        if (plek[0] == null) {
            return nieuw == null ? f.objectNode() : nieuw;
        }
        JsonNode oud = plek[0] instanceof ObjectNode o ? o.get(plek[1].asString()) : plek[0].get(plek[1].asInt());
        if (oud != null && oud.isString() && r.nextInt(4) == 0) {
            nieuw = f.stringNode(""); // a text emptied: the few minLength fields (an action's id, a gemeente)
        }
        Mutaties.vervang(plek, nieuw);
        return feiten;
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

    private static String soort(String fout) {
        return fout.startsWith(VELD + ": ") ? "wortel" : fout.contains("verplicht veld ontbreekt") ? "verplicht"
                : fout.contains("geen geldige datum") ? "datum" : fout.contains("geen toegestane waarde") ? "enum"
                : fout.contains("verkeerde type") ? "type" : fout.contains("mag niet leeg") ? "leeg"
                : fout.contains("buiten het toegestane bereik") ? "bereik" : fout.contains("vereiste vorm") ? "vorm"
                : "anders";
    }
}
