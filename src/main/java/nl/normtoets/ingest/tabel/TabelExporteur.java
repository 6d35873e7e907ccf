package nl.normtoets.ingest.tabel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Plan;
import nl.normtoets.organisatie.OrganisatieFeiten;

/**
 * Writes dossiers as the import's tables: one {@code <tabel>.csv} per table with the contract column names, in the
 * Dutch style the importer must read anyway ({@code ;}, UTF-8 with BOM so Excel shows accents, dd-mm-jjjj,
 * ja/nee, lists with {@code |}). Plans get ids P1, P2, ... per dossier so doelen can point at them. Text cells are
 * neutralised against formula injection ({@link Formuleveilig}); the importer reads them back unchanged.
 */
public final class TabelExporteur {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private TabelExporteur() {
    }

    public static void schrijf(List<Dossier> dossiers, Path map) throws IOException {
        schrijf(dossiers, null, map);
    }

    /** With the organisation tables when {@code feiten} is not null. */
    public static void schrijf(List<Dossier> dossiers, OrganisatieFeiten feiten, Path map) throws IOException {
        Files.createDirectories(map);
        Map<Tabel, List<List<String>>> tabellen = tabellen(dossiers);
        if (feiten != null) {
            tabellen.putAll(organisatie(feiten));
        }
        for (var e : tabellen.entrySet()) {
            Tabel t = e.getKey();
            try (OutputStream out = Files.newOutputStream(map.resolve(t.naam() + ".csv"));
                 Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                        .setHeader(t.kolommen().stream().map(Kolom::naam).toArray(String[]::new)).get();
                try (CSVPrinter p = new CSVPrinter(w, formaat)) {
                    for (List<String> rij : e.getValue()) {
                        p.printRecord(rij);
                    }
                }
            }
        }
    }

    /** The rows of every table, cells as text, in the table's column order. */
    static Map<Tabel, List<List<String>>> tabellen(List<Dossier> dossiers) {
        Map<Tabel, List<List<String>>> t = new EnumMap<>(Tabel.class);
        for (Tabel tabel : Tabel.values()) {
            if (tabel.perDossier()) {
                t.put(tabel, new ArrayList<>());
            }
        }
        for (Dossier d : dossiers) {
            String id = d.id();
            t.get(Tabel.MAATREGELEN).add(rij(id, d.maatregel().name(), d.startdatum(), d.einddatum(), d.regio(),
                    d.gemeente(), d.team(), d.geboortejaar(), d.hulpNodig(), d.informatiebrief(),
                    d.contactafspraak() == null ? null : d.contactafspraak().datum(),
                    d.contactafspraak() == null ? null : d.contactafspraak().frequentieDagen(), d.gezin(),
                    d.oorzaakanalyse() == null ? null : d.oorzaakanalyse().datum(),
                    d.oorzaakanalyse() == null ? null : d.oorzaakanalyse().oorzaak().name()));
            d.toewijzingen().forEach(w -> t.get(Tabel.TOEWIJZINGEN).add(rij(id, w.vanaf(), w.tot(),
                    w.werkwijze().name(), w.medewerker(), w.gezinGeinformeerd())));
            d.contacten().forEach(c -> t.get(Tabel.CONTACTEN).add(rij(id, c.datum(), c.vorm().name(),
                    c.met(), c.alleenJeugdige(), c.door().name(), c.veiligheidBesproken())));
            d.taxaties().forEach(x -> t.get(Tabel.TAXATIES).add(rij(id, x.datum(), x.soort().name(),
                    x.instrument(), x.risicos(), x.samenMetGezin())));
            d.analyses().forEach(a -> t.get(Tabel.ANALYSES).add(rij(id, a.datum(), a.samenMetGezin(),
                    a.leefgebieden())));
            for (int i = 0; i < d.plannen().size(); i++) {
                Plan p = d.plannen().get(i);
                String plan = "P" + (i + 1);
                t.get(Tabel.PLANNEN).add(rij(id, plan, p.datum(), p.soort() == null ? null : p.soort().name(),
                        p.besprokenMetJeugdige(), p.besprokenMetOuders()));
                p.doelen().forEach(g -> t.get(Tabel.DOELEN).add(rij(id, plan, g.id(), g.adresseert())));
            }
            d.hulp().forEach(h -> t.get(Tabel.HULP).add(rij(id, h.id(), h.doel(), h.aangevraagd(), h.gestart(),
                    h.gemeenteAfgestemd(), h.opgeschaald(), h.effectief(), h.beoordeeld(), h.strafrechtelijk())));
            d.evaluaties().forEach(e -> t.get(Tabel.EVALUATIES).add(rij(id, e.datum())));
            d.kernbesluiten().forEach(k -> t.get(Tabel.KERNBESLUITEN).add(rij(id, k.datum(),
                    k.gedragswetenschapper(), k.jeugdigeBetrokken(), k.oudersBetrokken())));
            d.samenwerkingsafspraken().forEach(s -> t.get(Tabel.SAMENWERKINGSAFSPRAKEN).add(rij(id, s.datum(),
                    s.met())));
            d.veiligheidsafspraken().forEach(v -> t.get(Tabel.VEILIGHEIDSAFSPRAKEN).add(rij(id, v.datum())));
            d.signalen().forEach(s -> t.get(Tabel.SIGNALEN).add(rij(id, s.datum(), s.opgevolgd())));
        }
        return t;
    }

    static Map<Tabel, List<List<String>>> organisatie(OrganisatieFeiten f) {
        Map<Tabel, List<List<String>>> t = new EnumMap<>(Tabel.class);
        t.put(Tabel.MEDEWERKERS, f.medewerkers().stream().map(m -> rij(m.id(), m.functie().name(), m.fte(),
                m.inDienst(), m.uitDienst(), m.extern(), m.skjGeldigTot(), m.vogDatum(), m.diploma(),
                m.laatsteJaargesprek(), m.team(), m.caseload())).toList());
        t.put(Tabel.PERSONEELSCIJFERS, f.personeelscijfers().stream().map(p -> rij(p.maand().toString(), p.fte(),
                p.fteZiek(), p.fteExtern(), p.uitstroom())).toList());
        t.put(Tabel.CLIENTENRAADADVIEZEN, f.clientenraadAdviezen().stream()
                .map(a -> rij(a.datum(), a.terugkoppeling())).toList());
        List<List<String>> datums = new ArrayList<>();
        if (f.jaarverslag() != null) {
            datums.add(rij(Tabel.Organisatiedatum.JAARVERSLAG.name(), f.jaarverslag()));
        }
        f.orVergaderingen().forEach(d -> datums.add(rij(Tabel.Organisatiedatum.OR_VERGADERING.name(), d)));
        f.rvtVergaderingen().forEach(d -> datums.add(rij(Tabel.Organisatiedatum.RVT_VERGADERING.name(), d)));
        f.clientervaringsonderzoeken().forEach(d -> datums.add(rij(
                Tabel.Organisatiedatum.CLIENTERVARINGSONDERZOEK.name(), d)));
        t.put(Tabel.ORGANISATIEDATUMS, datums);
        t.put(Tabel.VERBETERACTIES, f.verbeteracties().stream().map(a -> rij(a.id(), a.eigenaar(), a.deadline(),
                a.afgerond(), a.geevalueerd())).toList());
        t.put(Tabel.SAMENWERKINGSPROTOCOLLEN, f.samenwerkingsprotocollen().stream()
                .map(p -> rij(p.gemeente(), p.datum())).toList());
        t.put(Tabel.FINANCIEN, f.financieleBuffer() == null ? List.of() : List.of(rij(f.financieleBuffer())));
        return t;
    }

    private static List<String> rij(Object... waarden) {
        List<String> cellen = new ArrayList<>(waarden.length);
        for (Object w : waarden) {
            cellen.add(cel(w));
        }
        return cellen;
    }

    private static String cel(Object w) {
        if (w == null) {
            return "";
        }
        if (w instanceof LocalDate d) {
            return NL.format(d);
        }
        if (w instanceof Double d) {
            // Dutch decimal comma, as the importer must read it anyway; plain digits, no exponent.
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (w instanceof Boolean b) {
            return b ? "ja" : "nee";
        }
        if (w instanceof List<?> l) {
            return Formuleveilig.cel(l.stream().map(x -> x instanceof Enum<?> e ? e.name() : String.valueOf(x))
                    .collect(Collectors.joining("|")));
        }
        // text from the registration may start with "=" (formula injection); numbers and dates above never do
        return w instanceof String s ? Formuleveilig.cel(s) : String.valueOf(w);
    }
}
