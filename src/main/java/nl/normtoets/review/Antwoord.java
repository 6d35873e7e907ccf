package nl.normtoets.review;

import java.util.Locale;

import nl.normtoets.engine.Uitkomst;

/**
 * A reviewer's answer to one question of the dossierlezing. {@code label} is how a reviewer types and reads it
 * ({@code ja}, {@code deels}, {@code nee}, {@code n.v.t.}); the sheet and the web form use the same labels.
 */
public enum Antwoord {
    JA("ja"),
    DEELS("deels"),
    NEE("nee"),
    NVT("n.v.t.");

    private final String label;

    Antwoord(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The answer a reviewer typed: the label, case-insensitive, also without dots ({@code nvt}) or as the enum name.
     * Throws {@link IllegalArgumentException} (message without the typed value) for anything else.
     */
    public static Antwoord uit(String tekst) {
        if (tekst != null) {
            String t = tekst.strip().toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "");
            for (Antwoord a : values()) {
                if (a.label.replace(".", "").equals(t) || a.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return a;
                }
            }
        }
        throw new IllegalArgumentException("een antwoord is ja, deels, nee of n.v.t.");
    }

    /** The outcome this answer counts as; {@code deels} counts as the question says. */
    public Uitkomst uitkomst(Uitkomst deelsTelt) {
        return switch (this) {
            case JA -> Uitkomst.VOLDOET;
            case NEE -> Uitkomst.TEKORT;
            case DEELS -> deelsTelt;
            case NVT -> Uitkomst.NIET_VAN_TOEPASSING;
        };
    }
}
