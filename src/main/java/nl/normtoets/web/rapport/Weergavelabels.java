package nl.normtoets.web.rapport;

import nl.normtoets.engine.Uitkomst;
import nl.normtoets.scoring.Oordeel;

/** Dutch words and marker colours for judgements and outcomes, as the inspectie's report uses them. */
public final class Weergavelabels {

    private Weergavelabels() {
    }

    public static String oordeel(Oordeel o) {
        return switch (o) {
            case VOLDOET -> "Voldoet";
            case VOLDOET_GROTENDEELS -> "Voldoet grotendeels";
            case VOLDOET_GROTENDEELS_NIET -> "Voldoet grotendeels niet";
            case VOLDOET_NIET -> "Voldoet niet";
            case NIET_BEOORDEELD -> "Niet beoordeeld";
        };
    }

    /** CSS class of the coloured marker; the legend uses the same classes. */
    public static String klasse(Oordeel o) {
        return "oordeel-" + o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static String uitkomst(Uitkomst u) {
        return switch (u) {
            case VOLDOET -> "Voldoet";
            case TEKORT -> "Tekort";
            case NOG_NIET_TOETSBAAR -> "Nog niet toetsbaar";
            case NIET_VAN_TOEPASSING -> "Niet van toepassing";
        };
    }
}
