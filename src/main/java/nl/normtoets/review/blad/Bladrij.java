package nl.normtoets.review.blad;

import java.util.Objects;

import nl.normtoets.review.Antwoord;

/**
 * One row of the offline review sheet: one checklist question for one sampled dossier, with the reviewer's answer
 * (null while unanswered) and a note (empty when none). {@code norm} and {@code vraag} are there for the person
 * filling in the sheet; an import keys on dossier and vraag-id only.
 */
public record Bladrij(String dossier, String norm, String vraagId, String vraag, Antwoord antwoord,
                      String toelichting) {

    public Bladrij {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(vraagId, "vraagId");
        toelichting = toelichting == null ? "" : toelichting;
    }
}
