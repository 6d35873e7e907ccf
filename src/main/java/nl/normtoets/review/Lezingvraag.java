package nl.normtoets.review;

import java.util.Objects;

import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.Bron;

/**
 * One question of the dossierlezing. {@code id} is unique over the checklist (e.g. {@code 1a.3-L1});
 * {@code spiegelt} names the registration indicator the question mirrors (null when none), so the agreement between
 * registration and reading can be reported; {@code deels} is how the answer {@code deels} counts ({@code VOLDOET}
 * or {@code TEKORT}, default {@code TEKORT}); {@code bron} says where the question comes from.
 */
public record Lezingvraag(String id, String tekst, String spiegelt, Uitkomst deels, Bron bron) {

    public Lezingvraag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tekst, "tekst");
        deels = deels == null ? Uitkomst.TEKORT : deels;
        if (deels != Uitkomst.VOLDOET && deels != Uitkomst.TEKORT) {
            throw new IllegalArgumentException("deels telt als VOLDOET of TEKORT");
        }
        if (spiegelt != null && spiegelt.isBlank()) {
            spiegelt = null;
        }
    }

    /** The outcome of an answer to this question. */
    public Uitkomst uitkomst(Antwoord a) {
        return a.uitkomst(deels);
    }
}
