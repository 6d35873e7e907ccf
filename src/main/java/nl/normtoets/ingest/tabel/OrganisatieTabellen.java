package nl.normtoets.ingest.tabel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The organisation tables as the audit set's {@code organisatieFeiten} (JSON, as the contract has it), so the
 * audit checks them with the same reader as JSON input. Dated governance events come from one table,
 * {@code organisatiedatums}, one row per event with its kind; {@code jaarverslag} is the latest annual report.
 */
final class OrganisatieTabellen {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private OrganisatieTabellen() {
    }

    static boolean isOrganisatie(Tabel t) {
        return !t.perDossier();
    }

    /** Ids unique per table, at most one financien row: errors with their place. */
    static void controleer(Map<Tabel, List<Rij>> rijen) {
        for (Tabel t : List.of(Tabel.MEDEWERKERS, Tabel.VERBETERACTIES)) {
            Map<String, Rij> gezien = new HashMap<>();
            for (Rij r : rijen.getOrDefault(t, List.of())) {
                String id = r.tekst("id");
                Rij eerste = id == null ? null : gezien.putIfAbsent(id, r);
                if (eerste != null) {
                    r.fout("id", Importfout.Soort.DUBBEL_ID, "komt al voor op regel " + eerste.regel);
                }
            }
        }
        List<Rij> financien = rijen.getOrDefault(Tabel.FINANCIEN, List.of());
        for (Rij r : financien.subList(Math.min(1, financien.size()), financien.size())) {
            r.fout("financieleBuffer", Importfout.Soort.ONGELDIG, "financien heeft één rij; de eerste staat op regel "
                    + financien.get(0).regel);
        }
    }

    /** The organisatieFeiten object from the (error-free) rows of the organisation tables. */
    static ObjectNode alsJson(Map<Tabel, List<Rij>> rijen) {
        ObjectNode o = F.objectNode();
        ArrayNode medewerkers = o.putArray("medewerkers");
        for (Rij r : rijen.getOrDefault(Tabel.MEDEWERKERS, List.of())) {
            ObjectNode m = medewerkers.addObject();
            m.put("id", r.tekst("id"));
            m.put("functie", r.tekst("functie"));
            m.put("fte", r.decimaal("fte"));
            datum(m, "inDienst", r.datum("inDienst"));
            datum(m, "uitDienst", r.datum("uitDienst"));
            m.put("extern", r.jaNee("extern"));
            datum(m, "skjGeldigTot", r.datum("skjGeldigTot"));
            datum(m, "vogDatum", r.datum("vogDatum"));
            m.put("diploma", r.jaNee("diploma"));
            datum(m, "laatsteJaargesprek", r.datum("laatsteJaargesprek"));
            m.put("team", r.tekst("team"));
            m.put("caseload", r.getal("caseload"));
        }
        ArrayNode cijfers = o.putArray("personeelscijfers");
        for (Rij r : rijen.getOrDefault(Tabel.PERSONEELSCIJFERS, List.of())) {
            ObjectNode c = cijfers.addObject();
            c.put("maand", r.tekst("maand"));
            c.put("fte", r.decimaal("fte"));
            // The contract's numbers are not nullable; an empty cell is zero (nothing registered).
            for (String veld : List.of("fteZiek", "fteExtern", "uitstroom")) {
                c.put(veld, r.decimaal(veld) == null ? 0.0 : r.decimaal(veld));
            }
        }
        ArrayNode adviezen = o.putArray("clientenraadAdviezen");
        for (Rij r : rijen.getOrDefault(Tabel.CLIENTENRAADADVIEZEN, List.of())) {
            ObjectNode a = adviezen.addObject();
            datum(a, "datum", r.datum("datum"));
            datum(a, "terugkoppeling", r.datum("terugkoppeling"));
        }
        List<Rij> datums = rijen.getOrDefault(Tabel.ORGANISATIEDATUMS, List.of());
        datums.stream().filter(r -> r.tekst("soort").equals("JAARVERSLAG")).map(r -> r.datum("datum"))
                .max(Comparator.naturalOrder()).ifPresent(d -> o.put("jaarverslag", d.toString()));
        datums(o, "orVergaderingen", datums, "OR_VERGADERING");
        datums(o, "rvtVergaderingen", datums, "RVT_VERGADERING");
        datums(o, "clientervaringsonderzoeken", datums, "CLIENTERVARINGSONDERZOEK");
        ArrayNode acties = o.putArray("verbeteracties");
        for (Rij r : rijen.getOrDefault(Tabel.VERBETERACTIES, List.of())) {
            ObjectNode a = acties.addObject();
            a.put("id", r.tekst("id"));
            a.put("eigenaar", r.tekst("eigenaar"));
            datum(a, "deadline", r.datum("deadline"));
            datum(a, "afgerond", r.datum("afgerond"));
            datum(a, "geevalueerd", r.datum("geevalueerd"));
        }
        ArrayNode protocollen = o.putArray("samenwerkingsprotocollen");
        for (Rij r : rijen.getOrDefault(Tabel.SAMENWERKINGSPROTOCOLLEN, List.of())) {
            ObjectNode p = protocollen.addObject();
            p.put("gemeente", r.tekst("gemeente"));
            datum(p, "datum", r.datum("datum"));
        }
        List<Rij> financien = rijen.getOrDefault(Tabel.FINANCIEN, List.of());
        o.put("financieleBuffer", financien.isEmpty() ? null : financien.get(0).decimaal("financieleBuffer"));
        return o;
    }

    private static void datums(ObjectNode o, String veld, List<Rij> datums, String soort) {
        ArrayNode a = o.putArray(veld);
        datums.stream().filter(r -> r.tekst("soort").equals(soort)).map(r -> r.datum("datum")).sorted()
                .forEach(d -> a.add(d.toString()));
    }

    private static void datum(ObjectNode o, String veld, LocalDate d) {
        o.put(veld, d == null ? null : d.toString());
    }
}
