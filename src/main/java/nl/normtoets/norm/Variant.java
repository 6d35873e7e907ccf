package nl.normtoets.norm;

import java.util.Map;
import java.util.Set;

import nl.normtoets.dossier.Maatregel;

/**
 * Different terms or parameters of an indicator for some measures (e.g. JR uses the LIJ every 182 days); {@code bron}
 * says where the variant's own numbers come from (see {@link Bron}).
 */
public record Variant(Set<Maatregel> maatregelen, Termijn termijn, Map<String, Object> parameters,
                      Map<String, Bron> bron) {

    public Variant {
        maatregelen = maatregelen == null ? Set.of() : Set.copyOf(maatregelen);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        bron = bron == null ? Map.of() : Map.copyOf(bron);
    }

    public Variant(Set<Maatregel> maatregelen, Termijn termijn, Map<String, Object> parameters) {
        this(maatregelen, termijn, parameters, null);
    }
}
