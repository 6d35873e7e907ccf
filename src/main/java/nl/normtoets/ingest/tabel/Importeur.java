package nl.normtoets.ingest.tabel;

import static nl.normtoets.ingest.tabel.Importfout.Soort.DUBBEL_ID;
import static nl.normtoets.ingest.tabel.Importfout.Soort.NA_PEILDATUM;
import static nl.normtoets.ingest.tabel.Importfout.Soort.ONBEKEND_DOSSIER;
import static nl.normtoets.ingest.tabel.Importfout.Soort.ONBEKEND_PLAN;
import static nl.normtoets.ingest.tabel.Importfout.Soort.ONBEKENDE_CODE;
import static nl.normtoets.ingest.tabel.Importfout.Soort.ONGELDIG;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Analyse;
import nl.normtoets.dossier.Betrokkene;
import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Contactafspraak;
import nl.normtoets.dossier.Contactvorm;
import nl.normtoets.dossier.Doel;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Evaluatie;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Kernbesluit;
import nl.normtoets.dossier.Leefgebied;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Oorzaak;
import nl.normtoets.dossier.Oorzaakanalyse;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.PlanSoort;
import nl.normtoets.dossier.Samenwerkingsafspraak;
import nl.normtoets.dossier.Signaal;
import nl.normtoets.dossier.Taxatie;
import nl.normtoets.dossier.TaxatieSoort;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Uitvoerder;
import nl.normtoets.dossier.Veiligheidsafspraak;
import nl.normtoets.dossier.Werkwijze;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports a registration export (CSV folder or .xlsx) into dossiers and, when the export has organisation tables,
 * the organisation facts. A dossier with any rejected row, its own or a
 * child table's, is rejected as a whole with all errors, as the JSON reader does: auditing it without the row could
 * turn a met norm into a shortfall. Rows naming a dossier that is not in maatregelen are errors too.
 */
public final class Importeur {

    private final Mapping mapping;

    public Importeur(Mapping mapping) {
        this.mapping = mapping;
    }

    /** True for what this importer reads: a folder or an .xlsx file. */
    public static boolean isExport(Path pad) {
        return Exportbron.isExport(pad);
    }

    public Importresultaat importeer(Path pad, LocalDate peildatum, String organisatieNaam) {
        Exportbron.Gevonden gevonden = Exportbron.lees(pad, mapping);
        List<String> opmerkingen = new ArrayList<>(gevonden.opmerkingen());
        RijLezer lezer = new RijLezer(mapping, peildatum);
        Map<Tabel, List<Rij>> rijen = new EnumMap<>(Tabel.class);
        for (var e : gevonden.tabellen().entrySet()) {
            RijLezer.Resultaat r = lezer.lees(e.getKey(), e.getValue());
            opmerkingen.addAll(r.opmerkingen());
            // A table without a required column cannot give sound rows: each row carries the table's error.
            r.rijen().forEach(regel -> regel.fouten.addAll(0, r.tabelfouten()));
            rijen.put(e.getKey(), r.rijen());
        }

        OrganisatieTabellen.controleer(rijen);

        Map<String, Rij> maatregelen = new LinkedHashMap<>();
        Map<String, List<Rij>> perDossier = new HashMap<>();
        for (Rij m : rijen.getOrDefault(Tabel.MAATREGELEN, List.of())) {
            String id = m.dossier();
            if (id == null) {
                continue;
            }
            Rij eerste = maatregelen.putIfAbsent(id, m);
            if (eerste != null) {
                m.fout("id", id, DUBBEL_ID, "komt al voor op regel " + eerste.regel
                        + "; welke rij geldt is onduidelijk");
                eerste.fout("id", id, DUBBEL_ID, "komt nog eens voor op regel " + m.regel);
                perDossier.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
            }
            controleerMaatregel(m);
        }
        for (Tabel t : Tabel.values()) {
            if (t == Tabel.MAATREGELEN || !t.perDossier()) {
                continue;
            }
            for (Rij r : rijen.getOrDefault(t, List.of())) {
                String id = r.dossier();
                if (id == null) {
                    continue;
                }
                if (!maatregelen.containsKey(id)) {
                    r.fout("dossier", id, ONBEKEND_DOSSIER, "staat niet in " + mapping.bestand(Tabel.MAATREGELEN));
                } else {
                    perDossier.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
                }
            }
        }
        controleerVerwijzingen(perDossier);

        List<Dossier> dossiers = new ArrayList<>();
        List<Afwijzing> afgewezen = new ArrayList<>();
        Set<Rij> inGoedDossier = new HashSet<>();
        for (var e : maatregelen.entrySet()) {
            List<Rij> alle = new ArrayList<>();
            alle.add(e.getValue());
            alle.addAll(perDossier.getOrDefault(e.getKey(), List.of()));
            List<String> fouten = alle.stream().flatMap(r -> r.fouten.stream())
                    .map(f -> "dossier " + e.getKey() + ": " + f).distinct().toList();
            if (fouten.isEmpty()) {
                dossiers.add(dossier(e.getValue(), perDossier.getOrDefault(e.getKey(), List.of())));
                inGoedDossier.addAll(alle);
            } else {
                // the team its maatregelen row names, so that team's manager sees the rejection
                afgewezen.add(new Afwijzing(e.getKey(), e.getValue().tekst("team"), fouten));
            }
        }

        // Organisation facts are taken whole or not at all, like a dossier: theme 5 on half the staff would mislead.
        List<Rij> organisatie = rijen.entrySet().stream().filter(e -> !e.getKey().perDossier())
                .flatMap(e -> e.getValue().stream()).toList();
        boolean organisatieGoed = organisatie.stream().allMatch(Rij::isGoed);
        ObjectNode organisatieFeiten = null;
        if (rijen.keySet().stream().anyMatch(t -> !t.perDossier())) {
            if (organisatieGoed) {
                organisatieFeiten = OrganisatieTabellen.alsJson(rijen);
                inGoedDossier.addAll(organisatie);
            } else {
                opmerkingen.add("organisatiefeiten niet opgenomen: er zijn afgewezen rijen in de "
                        + "organisatietabellen; thema 5 wordt niet beoordeeld");
            }
        }

        Set<Importfout> fouten = new LinkedHashSet<>();
        List<Importverslag.Telling> tellingen = new ArrayList<>();
        for (Tabel t : Tabel.values()) {
            List<Rij> rs = rijen.get(t);
            if (rs == null) {
                continue;
            }
            int goed = 0;
            int fout = 0;
            for (Rij r : rs) {
                fouten.addAll(r.fouten);
                if (!r.isGoed()) {
                    fout++;
                } else if (inGoedDossier.contains(r)) {
                    goed++;
                }
            }
            tellingen.add(new Importverslag.Telling(t.naam(), gevonden.tabellen().get(t).bron(), rs.size(), goed,
                    fout, rs.size() - goed - fout));
        }
        var kwaliteit = kwaliteit(List.copyOf(fouten), maatregelen, perDossier, inGoedDossier);
        return new Importresultaat(pad.getFileName().toString(), peildatum,
                organisatieNaam != null ? organisatieNaam : mapping.organisatie(), dossiers, afgewezen,
                organisatieFeiten,
                new Importverslag(tellingen, List.copyOf(fouten), opmerkingen, kwaliteit));
    }

    /** The order checks the JSON reader would otherwise make, reported here with their place. */
    private static void controleerMaatregel(Rij m) {
        LocalDate start = m.datum("startdatum");
        LocalDate eind = m.datum("einddatum");
        if (start != null && eind != null && eind.isBefore(start)) {
            m.fout("einddatum", ONGELDIG, "ligt voor de startdatum " + start);
        }
        if (m.getal("contactafspraakFrequentieDagen") != null && m.datum("contactafspraakDatum") == null) {
            m.fout("contactafspraakFrequentieDagen", ONGELDIG,
                    "een contactafspraak zonder datum (kolom contactafspraakDatum) kan niet worden vastgelegd");
        }
    }

    /** Ids unique within their dossier; doelen point at an existing plan; assignments do not end before they begin. */
    private static void controleerVerwijzingen(Map<String, List<Rij>> perDossier) {
        for (List<Rij> rs : perDossier.values()) {
            Map<String, Rij> plannen = new HashMap<>();
            Map<String, Rij> doelen = new HashMap<>();
            Map<String, Rij> hulp = new HashMap<>();
            for (Rij r : rs) {
                switch (r.tabel) {
                    case PLANNEN -> uniek(plannen, r, "", "plan");
                    case HULP -> uniek(hulp, r, "", "id");
                    case TOEWIJZINGEN -> {
                        if (r.datum("tot") != null && r.datum("vanaf") != null
                                && r.datum("tot").isBefore(r.datum("vanaf"))) {
                            r.fout("tot", ONGELDIG, "ligt voor het begin van de toewijzing "
                                    + r.datum("vanaf"));
                        }
                    }
                    default -> {
                    }
                }
            }
            for (Rij r : rs) {
                if (r.tabel == Tabel.DOELEN) {
                    // A later plan may carry a goal on under the same id; within one plan an id is unique.
                    uniek(doelen, r, r.tekst("plan") + "\u0000", "id");
                    if (r.tekst("plan") != null && !plannen.containsKey(r.tekst("plan"))) {
                        r.fout("plan", ONBEKEND_PLAN, "staat niet in plannen bij dit dossier");
                    }
                }
            }
        }
    }

    private static void uniek(Map<String, Rij> gezien, Rij r, String binnen, String kolom) {
        String id = r.tekst(kolom);
        if (id == null) {
            return;
        }
        Rij eerste = gezien.putIfAbsent(binnen + id, r);
        if (eerste != null) {
            r.fout(kolom, DUBBEL_ID, "komt bij dit " + (binnen.isEmpty() ? "dossier" : "plan")
                    + " al voor op regel " + eerste.regel);
        }
    }

    private static Importverslag.Kwaliteit kwaliteit(List<Importfout> fouten, Map<String, Rij> maatregelen,
                                                     Map<String, List<Rij>> perDossier, Set<Rij> goed) {
        Map<List<String>, Integer> codes = new LinkedHashMap<>();
        for (Importfout f : fouten) {
            if (f.soort() == ONBEKENDE_CODE) {
                codes.merge(List.of(f.bron(), f.kolom(), f.waarde()), 1, Integer::sum);
            }
        }
        List<Importverslag.Melding> voorStart = new ArrayList<>();
        List<String> zonderContact = new ArrayList<>();
        List<String> zonderToewijzing = new ArrayList<>();
        for (var e : maatregelen.entrySet()) {
            List<Rij> rs = perDossier.getOrDefault(e.getKey(), List.of());
            LocalDate start = e.getValue().datum("startdatum");
            for (Rij r : rs) {
                if (r.tabel == Tabel.CONTACTEN && goed.contains(r) && start != null && r.datum("datum") != null
                        && r.datum("datum").isBefore(start)) {
                    voorStart.add(new Importverslag.Melding(r.bron, r.regel, e.getKey(), "contact op "
                            + r.datum("datum") + " ligt voor de startdatum " + start + "; telt niet mee"));
                }
            }
            if (rs.stream().noneMatch(r -> r.tabel == Tabel.CONTACTEN)) {
                zonderContact.add(e.getKey());
            }
            if (rs.stream().noneMatch(r -> r.tabel == Tabel.TOEWIJZINGEN)) {
                zonderToewijzing.add(e.getKey());
            }
        }
        return new Importverslag.Kwaliteit(
                fouten.stream().filter(f -> f.soort() == DUBBEL_ID).toList(),
                fouten.stream().filter(f -> f.soort() == NA_PEILDATUM).toList(),
                codes.entrySet().stream().map(c -> new Importverslag.Codetelling(c.getKey().get(0),
                        c.getKey().get(1), c.getKey().get(2), c.getValue())).toList(),
                voorStart, zonderContact, zonderToewijzing);
    }

    private static Dossier dossier(Rij m, List<Rij> rs) {
        Map<Tabel, List<Rij>> per = new EnumMap<>(Tabel.class);
        rs.forEach(r -> per.computeIfAbsent(r.tabel, k -> new ArrayList<>()).add(r));
        List<Rij> doelen = per.getOrDefault(Tabel.DOELEN, List.of());
        LocalDate afspraak = m.datum("contactafspraakDatum");
        return new Dossier(m.tekst("id"), Maatregel.valueOf(m.tekst("maatregel")), m.datum("startdatum"),
                m.datum("einddatum"), m.tekst("regio"), m.tekst("gemeente"), m.tekst("team"), m.getal("geboortejaar"),
                m.jaNee("hulpNodig"),
                lijst(per, Tabel.TOEWIJZINGEN).stream().map(r -> new Toewijzing(r.datum("vanaf"), r.datum("tot"),
                        Werkwijze.valueOf(r.tekst("werkwijze")), r.tekst("medewerker"), r.datum("gezinGeinformeerd"))).toList(),
                m.datum("informatiebrief"),
                lijst(per, Tabel.CONTACTEN).stream().map(r -> new Contact(r.datum("datum"),
                        Contactvorm.valueOf(r.tekst("vorm")), r.lijst("met").stream().map(Betrokkene::valueOf).toList(),
                        r.ja("alleenJeugdige"), Uitvoerder.valueOf(r.tekst("door")), r.jaNee("veiligheidBesproken")))
                        .toList(),
                lijst(per, Tabel.TAXATIES).stream().map(r -> new Taxatie(r.datum("datum"),
                        TaxatieSoort.valueOf(r.tekst("soort")), r.tekst("instrument"), r.lijst("risicos"),
                        r.jaNee("samenMetGezin"))).toList(),
                lijst(per, Tabel.ANALYSES).stream().map(r -> new Analyse(r.datum("datum"), r.ja("samenMetGezin"),
                        r.lijst("leefgebieden").stream().map(Leefgebied::valueOf).toList())).toList(),
                lijst(per, Tabel.PLANNEN).stream().map(r -> new Plan(r.datum("datum"),
                        r.tekst("soort") == null ? null : PlanSoort.valueOf(r.tekst("soort")),
                        r.ja("besprokenMetJeugdige"), r.ja("besprokenMetOuders"),
                        doelen.stream().filter(d -> r.tekst("plan").equals(d.tekst("plan")))
                                .map(d -> new Doel(d.tekst("id"), d.lijst("adresseert"))).toList())).toList(),
                lijst(per, Tabel.HULP).stream().map(r -> new Hulp(r.tekst("id"), r.tekst("doel"),
                        r.datum("aangevraagd"), r.datum("gestart"), r.datum("gemeenteAfgestemd"),
                        r.datum("opgeschaald"), r.jaNee("effectief"), r.datum("beoordeeld"), r.jaNee("strafrechtelijk")))
                        .toList(),
                lijst(per, Tabel.EVALUATIES).stream().map(r -> new Evaluatie(r.datum("datum"))).toList(),
                lijst(per, Tabel.KERNBESLUITEN).stream().map(r -> new Kernbesluit(r.datum("datum"),
                        r.ja("gedragswetenschapper"), r.ja("jeugdigeBetrokken"), r.ja("oudersBetrokken"))).toList(),
                lijst(per, Tabel.SAMENWERKINGSAFSPRAKEN).stream()
                        .map(r -> new Samenwerkingsafspraak(r.datum("datum"), r.tekst("met"))).toList(),
                afspraak == null ? null : new Contactafspraak(afspraak, m.getal("contactafspraakFrequentieDagen")),
                lijst(per, Tabel.VEILIGHEIDSAFSPRAKEN).stream()
                        .map(r -> new Veiligheidsafspraak(r.datum("datum"))).toList(),
                lijst(per, Tabel.SIGNALEN).stream().map(r -> new Signaal(r.datum("datum"), r.datum("opgevolgd")))
                        .toList(),
                m.tekst("gezin"),
                m.datum("oorzaakanalyseDatum") == null ? null : new Oorzaakanalyse(m.datum("oorzaakanalyseDatum"),
                        Oorzaak.valueOf(m.tekst("oorzaakanalyseOorzaak"))));
    }

    private static List<Rij> lijst(Map<Tabel, List<Rij>> per, Tabel t) {
        return per.getOrDefault(t, List.of());
    }
}
