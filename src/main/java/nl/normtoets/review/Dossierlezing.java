package nl.normtoets.review;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checklist a reviewer works through per sampled dossier: per dossier norm (1a.1 to 3.6) its questions and its
 * combination rule. Data, loaded by {@link DossierlezingLezer} from {@code rules/dossierlezing.yaml}.
 */
public record Dossierlezing(String versie, List<Lezingnorm> normen) {

    public Dossierlezing {
        normen = normen == null ? List.of() : List.copyOf(normen);
    }

    public Optional<Lezingnorm> norm(String id) {
        return normen.stream().filter(n -> n.norm().equals(id)).findFirst();
    }

    public Stream<Lezingvraag> vragen() {
        return normen.stream().flatMap(n -> n.vragen().stream());
    }

    public Optional<Lezingvraag> vraag(String id) {
        return vragen().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The norm a question belongs to. */
    public Optional<Lezingnorm> normVan(String vraag) {
        return normen.stream().filter(n -> n.vragen().stream().anyMatch(v -> v.id().equals(vraag))).findFirst();
    }

    /** The combination rule of a norm; {@code laagste} for a norm the checklist does not name. */
    public Combinatieregel combinatie(String norm) {
        return norm(norm).map(Lezingnorm::combinatie).orElse(Combinatieregel.LAAGSTE);
    }
}
