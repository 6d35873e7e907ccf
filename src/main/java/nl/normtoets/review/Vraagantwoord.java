package nl.normtoets.review;

import java.util.Objects;

/** A reviewer's answer to one question for one dossier, with a short note ({@code toelichting}, may be empty). */
public record Vraagantwoord(String vraag, Antwoord antwoord, String toelichting) {

    /** Notes are short: a sentence or two, never the dossier's text. */
    public static final int MAX_TOELICHTING = 1000;

    public Vraagantwoord {
        Objects.requireNonNull(vraag, "vraag");
        Objects.requireNonNull(antwoord, "antwoord");
        toelichting = toelichting == null ? "" : toelichting.strip();
        if (toelichting.length() > MAX_TOELICHTING) {
            throw new IllegalArgumentException("een toelichting is hoogstens " + MAX_TOELICHTING + " tekens");
        }
    }
}
