package nl.normtoets.norm;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The norms, indicators, terms and score thresholds: data, loaded from {@code rules/normcatalogus.yaml}. */
public record Normcatalogus(String versie, Oordeelsgrenzen oordeelsgrenzen, List<Thema> themas, List<Norm> normen) {

    public Normcatalogus {
        themas = List.copyOf(themas);
        normen = List.copyOf(normen);
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
}
