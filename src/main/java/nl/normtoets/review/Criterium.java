package nl.normtoets.review;

/** Why a dossier was drawn into a sample, as the inspecties choose their twenty (seed 002, appendix 1). */
public enum Criterium {
    MAATREGEL("maatregel"),
    ZONDER_VASTE_JEUGDBESCHERMER("zonder vaste jeugdbeschermer"),
    RECENTE_START("recent gestart"),
    ONVEILIGHEIDSSIGNALEN("signalen van onveiligheid"),
    TEAM("team"),
    WILLEKEURIG("willekeurig aangevuld");

    private final String label;

    Criterium(String label) {
        this.label = label;
    }

    /** The Dutch label the CLI and the web page show. */
    public String label() {
        return label;
    }
}
