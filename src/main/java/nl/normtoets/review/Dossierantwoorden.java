package nl.normtoets.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers for one sampled dossier: by whom ({@code lezer}, a user name) and when. Saving again replaces them;
 * unanswered questions are simply absent.
 */
public record Dossierantwoorden(String steekproef, String dossier, String lezer, Instant moment,
                                List<Vraagantwoord> antwoorden) {

    public Dossierantwoorden {
        Objects.requireNonNull(dossier, "dossier");
        antwoorden = antwoorden == null ? List.of() : List.copyOf(antwoorden);
    }

    public Optional<Vraagantwoord> antwoord(String vraag) {
        return antwoorden.stream().filter(a -> a.vraag().equals(vraag)).findFirst();
    }
}
