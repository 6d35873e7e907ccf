package nl.normtoets.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import nl.normtoets.dossier.Dossier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes dossiers as an audit set of contract v1, field by field, so the document holds exactly the contract's
 * names (no derived bean properties) and reads back through {@link AuditsetLezer}. Empty lists are left out:
 * missing arrays mean "none recorded".
 */
public final class AuditsetSchrijver {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AuditsetSchrijver() {
    }

    public static void schrijf(LocalDate peildatum, String organisatie, List<Dossier> dossiers, OutputStream out)
            throws IOException {
        schrijf(peildatum, organisatie, dossiers, null, out);
    }

    /** With the organisation facts (contract JSON, already in shape; null leaves them out). */
    public static void schrijf(LocalDate peildatum, String organisatie, List<Dossier> dossiers,
                               JsonNode organisatieFeiten, OutputStream out) throws IOException {
        ObjectNode doc = F.objectNode();
        doc.put("peildatum", peildatum.toString());
        doc.put("organisatie", organisatie);
        ArrayNode lijst = doc.putArray("dossiers");
        dossiers.forEach(d -> lijst.add(dossier(d)));
        if (organisatieFeiten != null) {
            doc.set("organisatieFeiten", organisatieFeiten);
        }
        AuditsetLezer.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, doc);
    }

    static ObjectNode dossier(Dossier d) {
        ObjectNode o = F.objectNode();
        o.put("id", d.id());
        o.put("maatregel", d.maatregel().name());
        datum(o, "startdatum", d.startdatum());
        datum(o, "einddatum", d.einddatum());
        o.put("regio", d.regio());
        o.put("gemeente", d.gemeente());
        o.put("team", d.team());
        o.put("geboortejaar", d.geboortejaar());
        o.put("hulpNodig", d.hulpNodig());
        lijst(o, "toewijzingen", d.toewijzingen(), t -> {
            ObjectNode n = F.objectNode();
            datum(n, "vanaf", t.vanaf());
            datum(n, "tot", t.tot());
            n.put("werkwijze", t.werkwijze().name());
            n.put("medewerker", t.medewerker());
            return n;
        });
        datum(o, "informatiebrief", d.informatiebrief());
        lijst(o, "contacten", d.contacten(), c -> {
            ObjectNode n = F.objectNode();
            datum(n, "datum", c.datum());
            n.put("vorm", c.vorm().name());
            ArrayNode met = n.putArray("met");
            c.met().forEach(b -> met.add(b.name()));
            n.put("alleenJeugdige", c.alleenJeugdige());
            n.put("door", c.door().name());
            return n;
        });
        lijst(o, "taxaties", d.taxaties(), t -> {
            ObjectNode n = F.objectNode();
            datum(n, "datum", t.datum());
            n.put("soort", t.soort().name());
            n.put("instrument", t.instrument());
            ArrayNode r = n.putArray("risicos");
            t.risicos().forEach(r::add);
            return n;
        });
        lijst(o, "analyses", d.analyses(), a -> {
            ObjectNode n = F.objectNode();
            datum(n, "datum", a.datum());
            n.put("samenMetGezin", a.samenMetGezin());
            ArrayNode l = n.putArray("leefgebieden");
            a.leefgebieden().forEach(g -> l.add(g.name()));
            return n;
        });
        lijst(o, "plannen", d.plannen(), p -> {
            ObjectNode n = F.objectNode();
            datum(n, "datum", p.datum());
            if (p.soort() != null) {
                n.put("soort", p.soort().name());
            }
            n.put("besprokenMetJeugdige", p.besprokenMetJeugdige());
            n.put("besprokenMetOuders", p.besprokenMetOuders());
            ArrayNode doelen = n.putArray("doelen");
            p.doelen().forEach(g -> {
                ObjectNode dn = doelen.addObject();
                dn.put("id", g.id());
                ArrayNode adr = dn.putArray("adresseert");
                g.adresseert().forEach(adr::add);
            });
            return n;
        });
        lijst(o, "hulp", d.hulp(), h -> {
            ObjectNode n = F.objectNode();
            n.put("id", h.id());
            n.put("doel", h.doel());
            datum(n, "aangevraagd", h.aangevraagd());
            datum(n, "gestart", h.gestart());
            datum(n, "gemeenteAfgestemd", h.gemeenteAfgestemd());
            datum(n, "opgeschaald", h.opgeschaald());
            n.put("effectief", h.effectief());
            if (h.beoordeeld() != null) {
                datum(n, "beoordeeld", h.beoordeeld());
            }
            return n;
        });
        lijst(o, "evaluaties", d.evaluaties(), e -> datum(F.objectNode(), "datum", e.datum()));
        lijst(o, "kernbesluiten", d.kernbesluiten(), k -> {
            ObjectNode n = F.objectNode();
            datum(n, "datum", k.datum());
            n.put("gedragswetenschapper", k.gedragswetenschapper());
            n.put("jeugdigeBetrokken", k.jeugdigeBetrokken());
            n.put("oudersBetrokken", k.oudersBetrokken());
            return n;
        });
        lijst(o, "samenwerkingsafspraken", d.samenwerkingsafspraken(), s -> {
            ObjectNode n = datum(F.objectNode(), "datum", s.datum());
            n.put("met", s.met());
            return n;
        });
        if (d.contactafspraak() != null) {
            ObjectNode n = datum(o.putObject("contactafspraak"), "datum", d.contactafspraak().datum());
            n.put("frequentieDagen", d.contactafspraak().frequentieDagen());
        }
        lijst(o, "veiligheidsafspraken", d.veiligheidsafspraken(), v -> datum(F.objectNode(), "datum", v.datum()));
        lijst(o, "signalen", d.signalen(), s -> {
            ObjectNode n = datum(F.objectNode(), "datum", s.datum());
            datum(n, "opgevolgd", s.opgevolgd());
            return n;
        });
        return o;
    }

    private static ObjectNode datum(ObjectNode o, String veld, LocalDate d) {
        o.put(veld, d == null ? null : d.toString());
        return o;
    }

    private static <T> void lijst(ObjectNode o, String veld, List<T> items, Function<T, ObjectNode> node) {
        if (!items.isEmpty()) {
            ArrayNode a = o.putArray(veld);
            items.forEach(i -> a.add(node.apply(i)));
        }
    }
}
