package nl.normtoets.review;

import java.util.List;
import java.util.Objects;

import nl.normtoets.norm.Bron;

/**
 * The questions of one dossier norm and how the reading combines with the registration judgement
 * ({@code combinatie}, default {@code laagste}). {@code toelichting}: one line on why, required for
 * {@code alleenLezing}.
 */
public record Lezingnorm(String norm, Combinatieregel combinatie, String toelichting, Bron bron,
                         List<Lezingvraag> vragen) {

    public Lezingnorm {
        Objects.requireNonNull(norm, "norm");
        combinatie = combinatie == null ? Combinatieregel.LAAGSTE : combinatie;
        vragen = vragen == null ? List.of() : List.copyOf(vragen);
    }
}
