package nl.normtoets.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.ingest.validatie.Dossiercontrole;
import nl.normtoets.ingest.validatie.JsonInvoer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an audit set (contract v1) as a stream: each dossier is parsed, checked against the schema and bound on its
 * own, so a large set never sits in memory as one tree and every error is attributed to its dossier. A dossier with
 * errors is rejected with all of them; the others are audited. Only a document that is not JSON, or has no usable
 * peildatum, stops the run ({@link OnbruikbareInvoer}).
 */
public final class AuditsetLezer {

    /**
     * Strict where leniency would hide a mistake: a key twice in one object is an error (which value counts is
     * unclear), and the read limits are explicit (nesting, number length) so a hostile document fails early.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonFout.MAX_DIEPTE)
                            .maxNumberLength(JsonFout.MAX_CIJFERS).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(GedeeldeDatum.module())
            .addModule(GedeeldeTekst.module())
            .build();

    /** Date fields that may lie after the peildatum: planned ends, not registered facts. */
    private static final Set<String> TOEKOMST_TOEGESTAAN = Set.of("einddatum", "tot");

    /** A peildatum as the contract writes it; LocalDate.parse alone would also take "-2025-03-10" or "+12025-...". */
    private static final Pattern ISO_DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The schema check per dossier (issue 20: compiled once by default, the generic validator on request). */
    private final Dossiercontrole controle;

    public AuditsetLezer() {
        this(Dossiercontroles.standaard());
    }

    public AuditsetLezer(Dossiercontrole controle) {
        this.controle = controle;
    }

    public Auditset lees(Path bestand, LocalDate peildatumOverride) {
        return lees(bestand, peildatumOverride, null);
    }

    /** Streaming, see {@link #lees(InputStream, String, LocalDate, Ontvanger)}. */
    public Auditset lees(Path bestand, LocalDate peildatumOverride, Ontvanger ontvanger) {
        try (InputStream in = Files.newInputStream(bestand)) {
            return lees(in, bestand.getFileName().toString(), peildatumOverride, ontvanger);
        } catch (NoSuchFileException e) {
            throw new OnbruikbareInvoer(bestand + ": bestand bestaat niet");
        } catch (IOException e) {
            throw new OnbruikbareInvoer(bestand + ": kan niet worden gelezen (" + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    public Auditset lees(InputStream in, String bron, LocalDate peildatumOverride) {
        return lees(in, bron, peildatumOverride, null);
    }

    /** Receives each accepted dossier in input order, with its place in the array and the peildatum. */
    @FunctionalInterface
    public interface Ontvanger {
        void dossier(int positie, Dossier dossier, LocalDate peildatum);

        /**
         * A dossier parsed but not yet checked, offered when the peildatum is already known: a receiver that returns
         * true takes over checking it with {@link AuditsetLezer#controleer} (on any thread), so parsing and checking
         * can run side by side; false (the default) leaves it to the reader, which then calls {@link #dossier}.
         */
        default boolean ongecontroleerd(Ruwdossier dossier, LocalDate peildatum) {
            return false;
        }
    }

    /**
     * One element of the {@code dossiers} array as parsed: its place, its (trimmed) id or place name, its team and
     * the errors found in order (a blank or repeated id), before the schema, binding and date checks.
     */
    public record Ruwdossier(int positie, String id, String team, JsonNode node, List<String> fouten) {
    }

    /** The outcome of checking one dossier: the bound dossier, or its rejection with every error. */
    public record Controle(Dossier dossier, Afwijzing afwijzing) {
    }

    /** The checks of {@link #lees} after parsing, on a {@link Ruwdossier}; needs no state of the read. */
    public static Controle controleer(Dossiercontrole controle, Ruwdossier r, LocalDate peildatum) {
        List<String> fouten = new ArrayList<>(r.fouten());
        Dossier dossier = bind(controle, r.node(), fouten);
        fouten.addAll(naPeildatum(r.node(), peildatum));
        return fouten.isEmpty() ? new Controle(dossier, null) : new Controle(null, afwijzing(r.id(), r.team(), fouten));
    }

    private static Afwijzing afwijzing(String id, String team, List<String> fouten) {
        return new Afwijzing(id, team, fouten.stream().map(f -> "dossier " + id + ": " + f).toList());
    }

    /** Schema, binding and coherence; errors are added to {@code fouten}; the dossier only when there were none. */
    private static Dossier bind(Dossiercontrole controle, JsonNode node, List<String> fouten) {
        fouten.addAll(controle.fouten(node));
        Dossier dossier = null;
        if (fouten.isEmpty()) {
            try {
                dossier = MAPPER.treeToValue(node, Dossier.class);
                fouten.addAll(samenhang(dossier));
            } catch (JacksonException e) {
                fouten.add("kan niet worden gelezen: " + JsonFout.beschrijf(e, null));
            } catch (IllegalArgumentException | NullPointerException e) {
                fouten.add("kan niet worden gelezen: " + e.getClass().getSimpleName());
            }
        }
        return fouten.isEmpty() ? dossier : null;
    }

    /**
     * Streaming: each accepted dossier goes to {@code ontvanger} as soon as it is read and checked (when the file
     * gives the peildatum after the dossiers, they wait until it is known), and is not kept; the returned set then
     * holds no dossiers, only the rejections, the header and the organisation facts. With {@code ontvanger} null
     * the set holds every accepted dossier.
     */
    public Auditset lees(InputStream in, String bron, LocalDate peildatumOverride, Ontvanger ontvanger) {
        Lezing lezing = new Lezing(bron, controle, ontvanger);
        JsonParser p = null;
        try {
            p = JsonInvoer.parser(in); // issue 20: bytes, strict UTF-8, duplicate keys refused by the tree
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new OnbruikbareInvoer(bron + ": geen auditset: het document is geen JSON-object");
            }
            ObjectNode kop = JsonNodeFactory.instance.objectNode();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String veld = p.currentName();
                if (kop.has(veld)) { // the top level is read without a tree, so its duplicates are ours to find
                    throw new OnbruikbareInvoer(bron + ": geen geldige JSON: regel " + p.currentLocation().getLineNr()
                            + ", kolom " + p.currentLocation().getColumnNr() + ", veld " + veld
                            + ": veld komt twee keer voor in hetzelfde object");
                }
                JsonToken waarde = p.nextToken();
                if ("dossiers".equals(veld)) {
                    if (waarde != JsonToken.START_ARRAY) {
                        // an object, one dossier, a map by id, null or a number: never "0 dossiers read"
                        throw new OnbruikbareInvoer(bron + ": veld 'dossiers' (regel " + p.currentLocation().getLineNr()
                                + ") moet een lijst van dossiers zijn ([{...}, {...}]), maar is " + soort(waarde)
                                + "; er is niets getoetst");
                    }
                    kop.putNull("dossiers"); // seen; a second "dossiers" key is a duplicate
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        lezing.dossier(p.readValueAsTree(), kop, peildatumOverride);
                    }
                } else {
                    kop.set(veld, p.readValueAsTree());
                }
            }
            if (p.nextToken() != null) {
                throw new OnbruikbareInvoer(bron + ": na het einde van het JSON-document (regel "
                        + p.currentLocation().getLineNr() + ") volgt nog tekst; er mag maar één auditset in staan");
            }
            kop.remove("dossiers");
            tekstveld(kop, "peildatum", bron);
            tekstveld(kop, "organisatie", bron);
            LocalDate peildatum = peildatum(kop, peildatumOverride, bron);
            lezing.rondAf(peildatum);
            // organisation facts are bound here too, so no later step reads raw JSON; their errors travel with the set
            var org = OrganisatieFeitenLezer.lees(kop.get("organisatieFeiten"));
            return new Auditset(bron, peildatum, tekst(kop.get("organisatie")), lezing.dossiers, lezing.afgewezen,
                    org.feiten(), org.fouten());
        } catch (JacksonException e) {
            // read failures of the stream (bytes that are not UTF-8 too) arrive wrapped as JacksonIOException
            throw new OnbruikbareInvoer(bron + ": geen geldige JSON: " + JsonFout.beschrijf(e, p), e);
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    /** The JSON kind of a value, for messages that must not echo the value itself. */
    private static String soort(JsonToken t) {
        if (t == null) {
            return "afwezig";
        }
        return switch (t) {
            case START_OBJECT -> "een object";
            case START_ARRAY -> "een lijst";
            case VALUE_STRING -> "tekst";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "een getal";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> "geen lijst";
        };
    }

    private static String soort(JsonNode n) {
        return n.isObject() ? "een object" : n.isArray() ? "een lijst" : n.isNumber() ? "een getal"
                : n.isBoolean() ? "true/false" : "geen tekst";
    }

    /** A top-level field the contract types as text (or null): a list or object stops the run with the field's name. */
    private static void tekstveld(ObjectNode kop, String veld, String bron) {
        JsonNode n = kop.get(veld);
        if (n != null && !n.isNull() && !n.isString()) {
            throw new OnbruikbareInvoer(bron + ": veld '" + veld + "' moet tekst zijn"
                    + ("peildatum".equals(veld) ? " (JJJJ-MM-DD)" : "") + ", maar is " + soort(n));
        }
    }

    private static LocalDate peildatum(ObjectNode kop, LocalDate override, String bron) {
        if (override != null) {
            return override;
        }
        JsonNode p = kop.get("peildatum");
        if (p == null || p.isNull()) {
            throw new OnbruikbareInvoer(bron + ": 'peildatum' ontbreekt; geef die in het bestand of met --peildatum");
        }
        try {
            if (!ISO_DATUM.matcher(p.asString()).matches()) {
                throw new DateTimeParseException("geen JJJJ-MM-DD", p.asString(), 0);
            }
            return LocalDate.parse(p.asString());
        } catch (DateTimeParseException e) {
            // the header's schema errors only show in this message, so they are looked for only when it is made
            List<String> fouten = Dossiercontroles.documentfouten(kop);
            throw new OnbruikbareInvoer(bron + ": veld 'peildatum' is geen geldige datum (JJJJ-MM-DD)"
                    + (fouten.isEmpty() ? "" : "; " + String.join("; ", fouten)));
        }
    }

    private static String tekst(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    /** State of one read: dossiers accepted so far, rejections, ids seen. */
    private static final class Lezing {
        private final String bron;
        private final Dossiercontrole controle;
        private final List<Dossier> dossiers = new ArrayList<>();
        private final List<Afwijzing> afgewezen = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        /** Dossiers read before the peildatum was known; their date check waits until the end. */
        private final List<Uitgesteld> uitgesteld = new ArrayList<>();
        private final Ontvanger ontvanger;
        private int index;

        Lezing(String bron, Dossiercontrole controle, Ontvanger ontvanger) {
            this.bron = bron;
            this.controle = controle;
            this.ontvanger = ontvanger;
        }

        void dossier(JsonNode node, ObjectNode kop, LocalDate override) {
            int positie = index++;
            List<String> fouten = new ArrayList<>();
            // Ids are trimmed ("D-1 " is "D-1"), so a duplicate cannot hide behind a space; a blank id is refused,
            // and then named by its place, which is unique.
            String id = "dossiers[" + positie + "]";
            if (node.path("id").isString()) {
                String getrimd = node.path("id").asString().strip();
                if (getrimd.isEmpty()) {
                    fouten.add("id: is leeg; elk dossier heeft een eigen (pseudoniem) id");
                } else {
                    id = getrimd;
                    ((ObjectNode) node).put("id", getrimd);
                    if (!ids.add(id)) {
                        fouten.add("id: komt al eerder voor in " + bron + "; elk dossier staat er één keer in");
                    }
                }
            }
            LocalDate peildatum = override != null ? override : bekendePeildatum(kop);
            if (ontvanger != null && peildatum != null
                    && ontvanger.ongecontroleerd(new Ruwdossier(positie, id, team(node), node, fouten), peildatum)) {
                return;
            }
            Dossier dossier = bind(controle, node, fouten);
            if (peildatum == null && fouten.isEmpty()) {
                uitgesteld.add(new Uitgesteld(positie, id, team(node), node, dossier));
                return;
            }
            if (peildatum != null) {
                fouten.addAll(naPeildatum(node, peildatum));
            }
            afronden(positie, id, team(node), dossier, fouten, peildatum);
        }

        void rondAf(LocalDate peildatum) {
            for (Uitgesteld u : uitgesteld) {
                afronden(u.positie, u.id, u.team, u.dossier, naPeildatum(u.node, peildatum), peildatum);
            }
            uitgesteld.clear();
        }

        private void afronden(int positie, String id, String team, Dossier dossier, List<String> fouten,
                              LocalDate peildatum) {
            if (fouten.isEmpty() && ontvanger != null) {
                ontvanger.dossier(positie, dossier, peildatum);
            } else if (fouten.isEmpty()) {
                dossiers.add(dossier);
            } else {
                afgewezen.add(afwijzing(id, team, fouten));
            }
        }

        private static LocalDate bekendePeildatum(ObjectNode kop) {
            JsonNode p = kop.get("peildatum");
            if (p == null || !p.isString() || !ISO_DATUM.matcher(p.asString()).matches()) {
                return null;
            }
            try {
                return LocalDate.parse(p.asString());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private record Uitgesteld(int positie, String id, String team, JsonNode node, Dossier dossier) {
    }

    /** The team a dossier names, even when the dossier is invalid; null if it names none as text. */
    private static String team(JsonNode node) {
        JsonNode t = node.path("team");
        return t.isString() && !t.asString().isBlank() ? t.asString() : null;
    }

    /** Checks the schema cannot express: dates in a sensible order. */
    static List<String> samenhang(Dossier d) {
        List<String> fouten = new ArrayList<>();
        if (d.einddatum() != null && d.einddatum().isBefore(d.startdatum())) {
            fouten.add("einddatum: ligt voor de startdatum");
        }
        for (int i = 0; i < d.toewijzingen().size(); i++) {
            var t = d.toewijzingen().get(i);
            if (t.tot() != null && t.tot().isBefore(t.vanaf())) {
                fouten.add("toewijzingen: periode " + t.vanaf() + " tot " + t.tot() + " eindigt voor zij begint");
            }
        }
        return fouten;
    }

    /**
     * Registered facts cannot lie after the day the audit looks at; each such date is an error of its dossier. Only
     * the contract's date fields count ({@link Datumvelden}): an extension field may hold a future date.
     */
    static List<String> naPeildatum(JsonNode dossier, LocalDate peildatum) {
        List<String> fouten = new ArrayList<>();
        zoekDatums(dossier, Datumvelden.DOSSIER, null, peildatum.toString(), fouten);
        return fouten;
    }

    /**
     * Walks the contract's part of the tree once per dossier. ISO dates compare as text, so no date is parsed and no
     * path is built unless a date is too late (the walk runs over every date of every dossier).
     */
    private static void zoekDatums(JsonNode object, Datumvelden.Niveau niveau, Pad ouder, String peildatum,
                                   List<String> fouten) {
        if (!object.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String veld = e.getKey();
            JsonNode waarde = e.getValue();
            Datumvelden.Niveau kind = niveau.kind(veld);
            if (kind != null) {
                if (waarde.isArray()) {
                    Pad lijst = new Pad(ouder, veld, -1);
                    int i = 0;
                    for (JsonNode element : waarde) {
                        zoekDatums(element, kind, new Pad(lijst, null, i++), peildatum, fouten);
                    }
                } else {
                    zoekDatums(waarde, kind, new Pad(ouder, veld, -1), peildatum, fouten);
                }
            } else if (niveau.isDatum(veld) && !TOEKOMST_TOEGESTAAN.contains(veld)) {
                if (waarde.isArray()) {
                    int i = 0;
                    for (JsonNode element : waarde) {
                        teLaat(element, new Pad(new Pad(ouder, veld, -1), null, i++), peildatum, fouten);
                    }
                } else {
                    teLaat(waarde, new Pad(ouder, veld, -1), peildatum, fouten);
                }
            }
        }
    }

    private static void teLaat(JsonNode waarde, Pad pad, String peildatum, List<String> fouten) {
        if (!waarde.isString()) {
            return;
        }
        String tekst = waarde.asString();
        if (isoDatum(tekst) && tekst.compareTo(peildatum) > 0) {
            try {
                LocalDate.parse(tekst); // only a real date is "after"; the message names the field, never its value
                fouten.add(pad + ": ligt na de peildatum " + peildatum);
            } catch (DateTimeParseException ignored) {
                // malformed dates are reported by the schema check
            }
        }
    }

    /** JJJJ-MM-DD by shape; whether it is a real date is the schema's concern. */
    private static boolean isoDatum(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** A field path such as {@code contacten[2].datum}, only turned into text for an error. */
    private record Pad(Pad ouder, String veld, int index) {
        @Override
        public String toString() {
            String voor = ouder == null ? "" : ouder.toString();
            if (veld != null) {
                return voor.isEmpty() ? veld : voor + "." + veld;
            }
            return voor + "[" + index + "]";
        }
    }
}
