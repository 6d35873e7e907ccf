package nl.normtoets.review;

import java.util.Map;
import java.util.Objects;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;

/**
 * A finding from reading a dossier: one answered question for one sampled dossier. {@code bron} is always
 * {@value #DOSSIERREVIEW}, so a reader of the report JSON tells these apart from the registration's findings;
 * {@code vraag} takes the place of the indicator; {@code antwoord} is the label ({@code ja}, {@code deels}, ...).
 */
public record Leesbevinding(String norm, String vraag, String dossier, Uitkomst uitkomst, String antwoord,
                            String toelichting, String bron) {

    public static final String DOSSIERREVIEW = "DOSSIERREVIEW";

    public Leesbevinding {
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(vraag, "vraag");
        Objects.requireNonNull(uitkomst, "uitkomst");
        toelichting = toelichting == null ? "" : toelichting;
        bron = DOSSIERREVIEW;
    }

    public Leesbevinding(String norm, String vraag, String dossier, Uitkomst uitkomst, String antwoord,
                         String toelichting) {
        this(norm, vraag, dossier, uitkomst, antwoord, toelichting, DOSSIERREVIEW);
    }

    /** As an engine finding (indicator = question id), its source and answer in the evidence. */
    public Bevinding alsBevinding() {
        return new Bevinding(norm, vraag, dossier, null, uitkomst, toelichting,
                Map.of("bron", DOSSIERREVIEW, "antwoord", antwoord == null ? "" : antwoord));
    }
}
