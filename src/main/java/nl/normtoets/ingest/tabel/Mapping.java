package nl.normtoets.ingest.tabel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.normtoets.ingest.OnbruikbareInvoer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GI's vocabulary translated to the contract: which file or sheet holds a table, which header is which column,
 * which code is which enum value, and defaults for columns the export lacks. Keys (headers, codes) match ignoring
 * case and surrounding or repeated spaces, because exports are inconsistent about both. See
 * {@code fixtures/import/mapping-voorbeeld.yaml}.
 */
public record Mapping(String organisatie, Map<Tabel, String> bestanden, Map<String, Map<String, String>> kolommen,
                      Map<String, Map<String, String>> codes, Map<Tabel, Map<String, String>> standaardwaarden) {

    /** The kolommen entry that applies to every table. */
    static final String ALLE = "alle";

    public static final Mapping LEEG = new Mapping(null, Map.of(), Map.of(), Map.of(), Map.of());

    public Mapping {
        bestanden = Map.copyOf(bestanden);
        kolommen = Map.copyOf(kolommen);
        codes = Map.copyOf(codes);
        standaardwaarden = Map.copyOf(standaardwaarden);
    }

    /** Normal form of a header or code for matching. */
    static String sleutel(String s) {
        return s.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The file base name or sheet name of a table. */
    public String bestand(Tabel t) {
        return bestanden.getOrDefault(t, t.naam());
    }

    /** The contract column a header of the export stands for; the contract name itself always works. */
    public Optional<Kolom> kolom(Tabel t, String kop) {
        String k = sleutel(kop);
        String naam = kolommen.getOrDefault(t.naam(), Map.of()).get(k);
        if (naam == null) {
            naam = kolommen.getOrDefault(ALLE, Map.of()).get(k);
        }
        return t.kolom(naam != null ? naam : kop.replace("\uFEFF", "").strip());
    }

    /** The contract value of a GI code in a codelijst, if the mapping lists it. */
    public Optional<String> code(String codelijst, String waarde) {
        return Optional.ofNullable(codes.getOrDefault(codelijst, Map.of()).get(sleutel(waarde)));
    }

    public Map<String, String> standaard(Tabel t) {
        return standaardwaarden.getOrDefault(t, Map.of());
    }

    public static Mapping lees(Path bestand) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(Files.readString(bestand));
        } catch (java.io.IOException | JacksonException e) {
            throw new OnbruikbareInvoer(bestand + ": geen leesbaar mappingbestand (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return LEEG;
        }
        String fout = bestand + ": ";
        Map<Tabel, String> bestanden = new HashMap<>();
        for (var e : root.path("bestanden").properties()) {
            bestanden.put(tabel(e.getKey(), fout + "bestanden"), e.getValue().asString());
        }
        Map<String, Map<String, String>> kolommen = new HashMap<>();
        for (var e : root.path("kolommen").properties()) {
            Optional<Tabel> tabel = ALLE.equals(e.getKey()) ? Optional.empty()
                    : Optional.of(tabel(e.getKey(), fout + "kolommen"));
            Map<String, String> m = new HashMap<>();
            for (var k : e.getValue().properties()) {
                String naam = k.getValue().asString();
                boolean bestaat = tabel.map(t -> t.kolom(naam).isPresent())
                        .orElseGet(() -> List.of(Tabel.values()).stream().anyMatch(t -> t.kolom(naam).isPresent()));
                if (!bestaat) {
                    throw new OnbruikbareInvoer(fout + "kolommen." + e.getKey() + ": '" + naam
                            + "' is geen kolom van " + e.getKey());
                }
                m.put(sleutel(k.getKey()), tabel.flatMap(t -> t.kolom(naam)).map(Kolom::naam).orElse(naam));
            }
            kolommen.put(tabel.map(Tabel::naam).orElse(ALLE), Map.copyOf(m));
        }
        Map<String, Map<String, String>> codes = new HashMap<>();
        for (var e : root.path("codes").properties()) {
            List<String> toegestaan = toegestaan(e.getKey(), fout + "codes");
            Map<String, String> m = new HashMap<>();
            for (var c : e.getValue().properties()) {
                String doel = c.getValue().asString();
                if (!toegestaan.isEmpty() && !toegestaan.contains(doel)) {
                    throw new OnbruikbareInvoer(fout + "codes." + e.getKey() + ": '" + doel
                            + "' is geen toegestane waarde; toegestaan: " + String.join(", ", toegestaan));
                }
                m.put(sleutel(c.getKey()), doel);
            }
            codes.put(e.getKey(), Map.copyOf(m));
        }
        Map<Tabel, Map<String, String>> standaard = new HashMap<>();
        for (var e : root.path("standaardwaarden").properties()) {
            Tabel t = tabel(e.getKey(), fout + "standaardwaarden");
            Map<String, String> m = new HashMap<>();
            for (var k : e.getValue().properties()) {
                Kolom kolom = t.kolom(k.getKey()).orElseThrow(() -> new OnbruikbareInvoer(fout + "standaardwaarden."
                        + t.naam() + ": '" + k.getKey() + "' is geen kolom van " + t.naam()));
                m.put(kolom.naam(), k.getValue().asString());
            }
            standaard.put(t, Map.copyOf(m));
        }
        String organisatie = root.path("organisatie").isString() ? root.path("organisatie").asString() : null;
        return new Mapping(organisatie, bestanden, kolommen, codes, standaard);
    }

    private static Tabel tabel(String naam, String waar) {
        return Tabel.metNaam(naam).orElseThrow(() -> new OnbruikbareInvoer(waar + ": onbekende tabel '" + naam
                + "'; tabellen: " + String.join(", ", List.of(Tabel.values()).stream().map(Tabel::naam).toList())));
    }

    /** Enum values of a codelijst (empty for free codes); unknown codelijst names stop the run. */
    private static List<String> toegestaan(String codelijst, String waar) {
        Set<String> bekend = new TreeSet<>();
        for (Tabel t : Tabel.values()) {
            for (Kolom k : t.kolommen()) {
                if (codelijst.equals(k.codelijst())) {
                    return k.toegestaan();
                }
                if (k.codelijst() != null) {
                    bekend.add(k.codelijst());
                }
            }
        }
        throw new OnbruikbareInvoer(waar + ": onbekende codelijst '" + codelijst + "'; codelijsten: "
                + String.join(", ", bekend));
    }
}
