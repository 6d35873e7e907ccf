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

import com.networknt.schema.Error;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Date fields that may lie after the peildatum: planned ends, not registered facts. */
    private static final Set<String> TOEKOMST_TOEGESTAAN = Set.of("einddatum", "tot");

    public Auditset lees(Path bestand, LocalDate peildatumOverride) {
        try (InputStream in = Files.newInputStream(bestand)) {
            return lees(in, bestand.getFileName().toString(), peildatumOverride);
        } catch (NoSuchFileException e) {
            throw new OnbruikbareInvoer(bestand + ": bestand bestaat niet");
        } catch (IOException e) {
            throw new OnbruikbareInvoer(bestand + ": kan niet worden gelezen (" + e.getMessage() + ")", e);
        }
    }

    public Auditset lees(InputStream in, String bron, LocalDate peildatumOverride) {
        Lezing lezing = new Lezing(bron);
        try (JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new OnbruikbareInvoer(bron + ": geen auditset: het document is geen JSON-object");
            }
            ObjectNode kop = JsonNodeFactory.instance.objectNode();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String veld = p.currentName();
                JsonToken waarde = p.nextToken();
                if ("dossiers".equals(veld) && waarde == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        lezing.dossier(p.readValueAsTree(), kop, peildatumOverride);
                    }
                } else {
                    kop.set(veld, p.readValueAsTree());
                }
            }
            LocalDate peildatum = peildatum(kop, peildatumOverride, bron);
            lezing.rondAf(peildatum);
            // organisation facts are bound here too, so no later step reads raw JSON; their errors travel with the set
            var org = OrganisatieFeitenLezer.lees(kop.get("organisatieFeiten"));
            return new Auditset(bron, peildatum, tekst(kop.get("organisatie")), lezing.dossiers, lezing.afgewezen,
                    org.feiten(), org.fouten());
        } catch (JacksonException e) {
            throw new OnbruikbareInvoer(bron + ": geen geldige JSON (regel " + e.getLocation().getLineNr() + ", kolom "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        }
    }

    private static LocalDate peildatum(ObjectNode kop, LocalDate override, String bron) {
        List<String> fouten = Schemas.DOCUMENT.validate(kop).stream()
                .map(e -> Foutmelding.tekst(e, 0)).toList();
        if (override != null) {
            return override;
        }
        JsonNode p = kop.get("peildatum");
        if (p == null || p.isNull()) {
            throw new OnbruikbareInvoer(bron + ": 'peildatum' ontbreekt; geef die in het bestand of met --peildatum");
        }
        try {
            return LocalDate.parse(p.asString());
        } catch (DateTimeParseException e) {
            throw new OnbruikbareInvoer(bron + ": peildatum " + Foutmelding.toon(p) + " is geen geldige datum (JJJJ-MM-DD)"
                    + (fouten.isEmpty() ? "" : "; " + String.join("; ", fouten)));
        }
    }

    private static String tekst(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    /** State of one read: dossiers accepted so far, rejections, ids seen. */
    private static final class Lezing {
        private final String bron;
        private final List<Dossier> dossiers = new ArrayList<>();
        private final List<Afwijzing> afgewezen = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        /** Dossiers read before the peildatum was known; their date check waits until the end. */
        private final List<Uitgesteld> uitgesteld = new ArrayList<>();
        private int index;

        Lezing(String bron) {
            this.bron = bron;
        }

        void dossier(JsonNode node, ObjectNode kop, LocalDate override) {
            int positie = index++;
            String id = node.path("id").isString() && !node.path("id").asString().isBlank()
                    ? node.path("id").asString() : "dossiers[" + positie + "]";
            List<String> fouten = new ArrayList<>();
            for (Error e : Schemas.DOSSIER.validate(node)) {
                fouten.add(Foutmelding.tekst(e, 0));
            }
            if (!ids.add(id)) {
                fouten.add("id: komt al eerder voor in " + bron + "; elk dossier staat er één keer in");
            }
            Dossier dossier = null;
            if (fouten.isEmpty()) {
                try {
                    dossier = MAPPER.treeToValue(node, Dossier.class);
                    fouten.addAll(samenhang(dossier));
                } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                    fouten.add("kan niet worden gelezen: " + (e instanceof JacksonException je ? je.getOriginalMessage()
                            : e.getMessage()));
                }
            }
            LocalDate peildatum = override != null ? override : bekendePeildatum(kop);
            if (peildatum == null && fouten.isEmpty()) {
                uitgesteld.add(new Uitgesteld(id, team(node), node, dossier));
                return;
            }
            if (peildatum != null) {
                fouten.addAll(naPeildatum(node, peildatum));
            }
            afronden(id, team(node), dossier, fouten);
        }

        void rondAf(LocalDate peildatum) {
            for (Uitgesteld u : uitgesteld) {
                afronden(u.id, u.team, u.dossier, naPeildatum(u.node, peildatum));
            }
            uitgesteld.clear();
        }

        private void afronden(String id, String team, Dossier dossier, List<String> fouten) {
            if (fouten.isEmpty()) {
                dossiers.add(dossier);
            } else {
                afgewezen.add(new Afwijzing(id, team, fouten.stream().map(f -> "dossier " + id + ": " + f).toList()));
            }
        }

        private static LocalDate bekendePeildatum(ObjectNode kop) {
            JsonNode p = kop.get("peildatum");
            if (p == null || !p.isString()) {
                return null;
            }
            try {
                return LocalDate.parse(p.asString());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private record Uitgesteld(String id, String team, JsonNode node, Dossier dossier) {
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
            fouten.add("einddatum: " + d.einddatum() + " ligt voor de startdatum " + d.startdatum());
        }
        for (int i = 0; i < d.toewijzingen().size(); i++) {
            var t = d.toewijzingen().get(i);
            if (t.tot() != null && t.tot().isBefore(t.vanaf())) {
                fouten.add("toewijzingen: periode " + t.vanaf() + " tot " + t.tot() + " eindigt voor zij begint");
            }
        }
        return fouten;
    }

    /** Registered facts cannot lie after the day the audit looks at; each such date is an error of its dossier. */
    static List<String> naPeildatum(JsonNode dossier, LocalDate peildatum) {
        List<String> fouten = new ArrayList<>();
        zoekDatums(dossier, null, null, -1, null, peildatum.toString(), fouten);
        return fouten;
    }

    /**
     * Walks the tree once per dossier. ISO dates compare as text, so no date is parsed and no path is built unless
     * a date is too late (the walk runs over every value of every dossier).
     */
    private static void zoekDatums(JsonNode node, Pad ouder, String veld, int index, String naam, String peildatum,
                                   List<String> fouten) {
        // naam: the nearest field name, which decides whether a date may lie in the future (e.g. "tot")
        if (node.isObject()) {
            Pad hier = veld == null && ouder == null ? null : new Pad(ouder, veld, index);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                zoekDatums(e.getValue(), hier, e.getKey(), -1, e.getKey(), peildatum, fouten);
            }
        } else if (node.isArray()) {
            Pad hier = new Pad(ouder, veld, index);
            int i = 0;
            for (JsonNode element : node) {
                zoekDatums(element, hier, null, i++, naam, peildatum, fouten);
            }
        } else if (node.isString()) {
            String tekst = node.asString();
            if (naam != null && isoDatum(tekst) && tekst.compareTo(peildatum) > 0
                    && !TOEKOMST_TOEGESTAAN.contains(naam)) {
                try {
                    fouten.add(new Pad(ouder, veld, index) + ": " + LocalDate.parse(tekst) + " ligt na de peildatum "
                            + peildatum);
                } catch (DateTimeParseException ignored) {
                    // malformed dates are reported by the schema check
                }
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
