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

    public Stream<Indicator> indicatoren() {
        return normen.stream().flatMap(n -> n.indicatoren().stream());
    }

    public List<Indicator> indicatoren(Niveau niveau) {
        return indicatoren().filter(i -> i.niveau() == niveau).toList();
    }

    public Optional<Indicator> indicator(String id) {
        return indicatoren().filter(i -> i.id().equals(id)).findFirst();
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
