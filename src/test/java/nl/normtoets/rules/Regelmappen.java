package nl.normtoets.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;

/**
 * The indicator folders under {@code rules/<thema>/<id>-<woorden>/} (each with {@code regel.drl} and
 * {@code gevallen.json}), read from the source tree: the scenario cases are not packaged in the product.
 */
public final class Regelmappen {

    public static final Path REGELS = Path.of("rules");
    /** Theme folders hold indicator folders; {@code monitor} holds the monitor-only rules. */
    public static final List<String> THEMAS = List.of("1a-start", "1b-plan", "2-hulp", "3-regie-veiligheid",
            "5-bestuur");
    public static final String REGEL = "regel.drl";
    public static final String GEVALLEN = "gevallen.json";

    private Regelmappen() {
    }

    /** Every folder directly under a theme folder, by path. */
    public static List<Path> indicatormappen() {
        return THEMAS.stream().map(REGELS::resolve).filter(Files::isDirectory).flatMap(t -> {
            try (Stream<Path> s = Files.list(t)) {
                return s.filter(Files::isDirectory).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sorted().toList();
    }

    /** The catalog indicator a folder is named for ("1a.3-A-eerste-contact..." names 1a.3-A); null when none. */
    public static String indicatorVan(Path map, Normcatalogus catalogus) {
        String naam = map.getFileName().toString();
        return catalogus.alleIndicatoren().map(Indicator::id)
                .filter(id -> naam.startsWith(id + "-")).max((a, b) -> a.length() - b.length()).orElse(null);
    }

    /** Indicator id to its folder, for the folders that name a catalog indicator. */
    public static Map<String, Path> perIndicator(Normcatalogus catalogus) {
        Map<String, Path> uit = new TreeMap<>();
        for (Path map : indicatormappen()) {
            String id = indicatorVan(map, catalogus);
            if (id != null) {
                uit.put(id, map);
            }
        }
        return uit;
    }

    /** The scenario cases of one indicator of the standard catalog. */
    public static Path gevallen(String indicator) {
        Path map = perIndicator(CatalogusLezer.standaard()).get(indicator);
        if (map == null) {
            throw new IllegalArgumentException("geen map onder rules/ voor indicator " + indicator);
        }
        return map.resolve(GEVALLEN);
    }

    /** The scenario cases of every dossier indicator, in catalog order (each a small audit set). */
    public static List<Path> dossiergevallen() {
        Normcatalogus c = CatalogusLezer.standaard();
        return alleActief(c).indicatoren(Niveau.DOSSIER).stream().map(i -> gevallen(i.id())).toList();
    }

    /**
     * The catalog with every indicator switched on: each rule folder has cases, also those of an indicator the
     * default catalog leaves off (1a.3-C, the Handelingsperspectief). Read from the catalog text with the switch
     * turned, so it is the same catalog in every other respect.
     */
    public static Normcatalogus alleActief(Normcatalogus standaard) {
        try {
            String yaml = java.nio.file.Files.readString(REGELS.resolve("normcatalogus.yaml"));
            Path tijdelijk = java.nio.file.Files.createTempFile("normcatalogus-alle-actief", ".yaml");
            tijdelijk.toFile().deleteOnExit();
            java.nio.file.Files.writeString(tijdelijk, yaml.replace("actief: false", "actief: true"));
            Normcatalogus c = nl.normtoets.norm.CatalogusLezer.lees(tijdelijk);
            if (!c.nietGebruikt().isEmpty() || c.alleIndicatoren().count() != standaard.alleIndicatoren().count()) {
                throw new IllegalStateException("kon niet alle indicatoren aanzetten");
            }
            return c;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
