package nl.normtoets.ingest.validatie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published audit-set schema compiled once into plain checks ({@link Controles}): per dossier only the checks
 * run, with no keyword lookup, no error objects and no path objects unless something is wrong. The schema file stays
 * the one source of the rules; the compiler understands the keywords the schema uses and refuses any other, so a
 * schema change that needs a new keyword fails the build's tests instead of being skipped silently.
 */
public final class GecompileerdSchema implements Dossiercontrole {

    public static final String BRON = "schema/auditset.schema.json";

    /** Keywords that only annotate (no assertion): nothing to compile. */
    private static final Set<String> AANTEKENINGEN = Set.of("$schema", "$id", "$comment", "title", "description",
            "examples", "default", "deprecated", "$defs");

    private static final GecompileerdSchema DOSSIER = new GecompileerdSchema(leesSchema(), "#/$defs/dossier");
    // the other entry points share the dossier's compiled definitions: each definition is compiled once
    private static final GecompileerdSchema DOCUMENT = new GecompileerdSchema(DOSSIER, "#");
    private static final GecompileerdSchema ORGANISATIE = new GecompileerdSchema(DOSSIER,
            "#/$defs/organisatieFeiten");

    private final JsonNode wortel;
    private final Map<String, Controles.Verwijzing> verwijzingen;
    private final Controle controle;

    GecompileerdSchema(JsonNode wortel, String verwijzing) {
        this.wortel = wortel;
        this.verwijzingen = new HashMap<>();
        this.controle = verwijzing(verwijzing);
    }

    /** Another entry point into the schema of {@code bron}, reusing its compiled definitions (only at class set-up). */
    private GecompileerdSchema(GecompileerdSchema bron, String verwijzing) {
        this.wortel = bron.wortel;
        this.verwijzingen = bron.verwijzingen;
        this.controle = verwijzing(verwijzing);
    }

    /** The dossier definition of the product's schema, compiled when this class is first used. */
    public static GecompileerdSchema dossier() {
        return DOSSIER;
    }

    /**
     * The whole document ("#"); the reader checks its header with it, the dossiers removed (those are checked one by
     * one against {@link #dossier()}).
     */
    public static GecompileerdSchema document() {
        return DOCUMENT;
    }

    /** The definition of the organisation facts ({@code #/$defs/organisatieFeiten}). */
    public static GecompileerdSchema organisatieFeiten() {
        return ORGANISATIE;
    }

    @Override
    public List<String> fouten(JsonNode waarde) {
        List<String> fouten = new ArrayList<>(0);
        controle.controleer(waarde, Pad.WORTEL, fouten);
        return fouten;
    }

    /**
     * The errors of {@code waarde} checked as the value of field {@code veld}: every path starts with that name
     * ("organisatieFeiten: heeft het verkeerde type ...", "organisatieFeiten.medewerkers[0].id: ...").
     */
    public List<String> fouten(JsonNode waarde, String veld) {
        List<String> fouten = new ArrayList<>(0);
        controle.controleer(waarde, Pad.veld(Pad.WORTEL, veld), fouten);
        return fouten;
    }

    private static JsonNode leesSchema() {
        try (InputStream in = GecompileerdSchema.class.getClassLoader().getResourceAsStream(BRON)) {
            if (in == null) {
                throw new IllegalStateException(BRON + " ontbreekt op het classpath");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Controle verwijzing(String ref) {
        Controles.Verwijzing v = verwijzingen.get(ref);
        if (v == null) {
            if (!ref.equals("#") && !ref.startsWith("#/")) {
                throw new IllegalStateException("alleen verwijzingen binnen het schema worden ondersteund: " + ref);
            }
            v = new Controles.Verwijzing();
            verwijzingen.put(ref, v);
            JsonNode doel = wortel.at(ref.substring(1));
            if (doel.isMissingNode()) {
                throw new IllegalStateException("verwijzing zonder doel in het schema: " + ref);
            }
            v.zet(compileer(doel));
        }
        return v;
    }

    private Controle compileer(JsonNode schema) {
        if (schema.isBoolean()) {
            if (schema.asBoolean()) {
                return new Controles.Alle(List.of());
            }
            throw new IllegalStateException("het schema 'false' wordt niet ondersteund");
        }
        List<Controle> delen = new ArrayList<>();
        // the generic validator runs "type" first and "properties" second, the other keywords as written (a stable
        // sort); its errors come in that order, so the compiled checks run in it too
        List<Map.Entry<String, JsonNode>> woorden = new ArrayList<>();
        schema.properties().forEach(woorden::add);
        woorden.sort(Comparator.comparingInt(e -> volgorde(e.getKey())));
        for (Map.Entry<String, JsonNode> e : woorden) {
            String woord = e.getKey();
            JsonNode w = e.getValue();
            switch (woord) {
                case "type" -> delen.add(type(w));
                case "enum" -> delen.add(opsomming(w));
                case "format" -> {
                    if (!"date".equals(w.asString())) {
                        throw new IllegalStateException("format '" + w.asString() + "' wordt niet ondersteund");
                    }
                    delen.add(new Controles.Datum());
                }
                case "minLength" -> delen.add(new Controles.MinLengte(w.asInt()));
                case "minimum" -> delen.add(new Controles.Grens(w.decimalValue(), true));
                case "maximum" -> delen.add(new Controles.Grens(w.decimalValue(), false));
                case "pattern" -> delen.add(new Controles.Patroon(Pattern.compile(w.asString())));
                case "properties" -> {
                    Map<String, Controle> velden = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> v : w.properties()) {
                        velden.put(v.getKey(), compileer(v.getValue()));
                    }
                    delen.add(new Controles.Velden(velden));
                }
                case "required" -> {
                    List<String> namen = new ArrayList<>();
                    w.forEach(n -> namen.add(n.asString()));
                    delen.add(new Controles.Verplicht(List.copyOf(namen)));
                }
                case "items" -> delen.add(new Controles.Elementen(compileer(w)));
                case "anyOf" -> {
                    List<Controle> takken = new ArrayList<>();
                    w.forEach(t -> takken.add(compileer(t)));
                    delen.add(new Controles.EenVan(List.copyOf(takken)));
                }
                case "$ref" -> delen.add(verwijzing(w.asString()));
                default -> {
                    if (!AANTEKENINGEN.contains(woord)) {
                        throw new IllegalStateException("schemawoord '" + woord + "' wordt niet ondersteund");
                    }
                }
            }
        }
        return delen.size() == 1 ? delen.get(0) : new Controles.Alle(List.copyOf(delen));
    }

    /** Where the generic validator puts a keyword's check among those of one schema object. */
    private static int volgorde(String woord) {
        return switch (woord) {
            case "type" -> 0;
            case "properties" -> 1;
            default -> 2;
        };
    }

    private static Controle type(JsonNode w) {
        Set<String> typen = new HashSet<>();
        String verwacht;
        if (w.isArray()) {
            List<String> namen = new ArrayList<>();
            w.forEach(t -> namen.add(t.asString()));
            typen.addAll(namen);
            verwacht = namen.stream().map(Meldingen::typeNaam).collect(Collectors.joining(" of "));
        } else {
            typen.add(w.asString());
            verwacht = Meldingen.typeNaam(w.asString());
        }
        return new Controles.Type(Set.copyOf(typen), verwacht);
    }

    private static Controle opsomming(JsonNode w) {
        Set<JsonNode> waarden = new HashSet<>();
        List<String> namen = new ArrayList<>();
        for (JsonNode n : w) {
            waarden.add(n);
            namen.add(n.asString());
        }
        return new Controles.Opsomming(waarden, String.join(", ", namen));
    }
}
