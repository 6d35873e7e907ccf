package nl.normtoets.web.rapport;

import nl.normtoets.engine.Uitkomst;
import nl.normtoets.report.Labels;
import nl.normtoets.scoring.Oordeel;

/** Words (from the one label table, {@link Labels}) and marker colours for judgements and outcomes. */
public final class Weergavelabels {

    private Weergavelabels() {
    }

    public static String oordeel(Oordeel o) {
        return Labels.oordeel(o);
    }

    /** CSS class of the coloured marker; the legend uses the same classes. */
    public static String klasse(Oordeel o) {
        return "oordeel-" + o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static String uitkomst(Uitkomst u) {
        return Labels.uitkomst(u);
    }
}
