package nl.normtoets.norm;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The norms, indicators, terms and score thresholds: data, loaded from {@code rules/normcatalogus.yaml}.
 * {@code minimumAantal} (default 20): below this many applicable outcomes a share is marked "kleine aantallen";
 * {@code streefwaarde} (default 0.80, JBN's own target): the target line of the per-month table and chart.
 */
public record Normcatalogus(String versie, Oordeelsgrenzen oordeelsgrenzen, List<Thema> themas, List<Norm> normen,
                            Integer minimumAantal, Double streefwaarde) {

    static final int STANDAARD_MINIMUM = 20;
    static final double STANDAARD_STREEFWAARDE = 0.80;

    public Normcatalogus {
        themas = List.copyOf(themas);
        normen = List.copyOf(normen);
        minimumAantal = minimumAantal == null ? STANDAARD_MINIMUM : minimumAantal;
        streefwaarde = streefwaarde == null ? STANDAARD_STREEFWAARDE : streefwaarde;
    }

    /** The catalog shape of before issue 13; minimum and target take their defaults. */
    public Normcatalogus(String versie, Oordeelsgrenzen oordeelsgrenzen, List<Thema> themas, List<Norm> normen) {
        this(versie, oordeelsgrenzen, themas, normen, null, null);
    }

    /** The indicators in use: an inactive one ({@code actief: false}) is not evaluated and never scored. */
    public Stream<Indicator> indicatoren() {
        return alleIndicatoren().filter(Indicator::gebruikt);
    }

    /** Every indicator the catalog names, active or not. */
    public Stream<Indicator> alleIndicatoren() {
        return normen.stream().flatMap(n -> n.indicatoren().stream());
    }

    /** The indicators switched off in this catalog, listed in the report as not used. */
    public List<Indicator> nietGebruikt() {
        return alleIndicatoren().filter(i -> !i.gebruikt()).toList();
    }

    public List<Indicator> indicatoren(Niveau niveau) {
        return indicatoren().filter(i -> i.niveau() == niveau).toList();
    }

    /** Any indicator by id, active or not (its terms and sources stay readable). */
    public Optional<Indicator> indicator(String id) {
        return alleIndicatoren().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Norm> norm(String id) {
        return normen.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Thema> thema(String id) {
        return themas.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Oordeelsgrenzen grenzenVoor(Norm norm) {
        return norm.oordeelsgrenzen() != null ? norm.oordeelsgrenzen() : oordeelsgrenzen;
    }

    /** Below this many applicable outcomes a norm's or month's share is "kleine aantallen". */
    public int minimumVoor(Norm norm) {
        return norm.minimumAantal() != null ? norm.minimumAantal() : minimumAantal;
    }

    public double streefwaardeVoor(Norm norm) {
        return norm.streefwaarde() != null ? norm.streefwaarde() : streefwaarde;
    }

    /** The norms of the start phase: with a measurement period they count only dossiers started in it. */
    public boolean startfase(String normId) {
        return norm(normId).map(n -> n.fase() == Fase.START).orElse(false);
    }
}
