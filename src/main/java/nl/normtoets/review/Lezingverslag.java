package nl.normtoets.review;

import java.util.List;
import java.util.Optional;

/**
 * The dossierlezing of one audit as the report carries it (JSON field {@code dossierlezing}, an extension of
 * contract v1): which sample, how many of its dossiers were read, per norm the registration and reading side by
 * side, the agreement per mirrored indicator, and the reading's own findings (source {@code DOSSIERREVIEW}; kept
 * apart from the report's {@code bevindingen}, which stay one per registration indicator and dossier).
 */
public record Lezingverslag(String steekproef, String checklistVersie, int steekproefAantal, int gelezen,
                            List<Normlezing> normen, List<Overeenstemming> overeenstemming,
                            List<Leesbevinding> bevindingen) {

    public Lezingverslag {
        normen = normen == null ? List.of() : List.copyOf(normen);
        overeenstemming = overeenstemming == null ? List.of() : List.copyOf(overeenstemming);
        bevindingen = bevindingen == null ? List.of() : List.copyOf(bevindingen);
    }

    public Optional<Normlezing> norm(String id) {
        return normen.stream().filter(n -> n.norm().equals(id)).findFirst();
    }

    public Optional<Overeenstemming> overeenstemming(String indicator) {
        return overeenstemming.stream().filter(o -> o.indicator().equals(indicator)).findFirst();
    }
}
