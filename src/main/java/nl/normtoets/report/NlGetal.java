package nl.normtoets.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import nl.normtoets.report.Auditrapport.Bereik;

/**
 * Dutch number formatting for the console ("50,3%", "41,2–59,3%"), with java.text and the nl-NL locale. Kept small
 * and local to the scoring output; a shared helper for every report may replace it.
 */
public final class NlGetal {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private NlGetal() {
    }

    /** A percentage value (50.3) as "50,3%"; "-" when absent. */
    public static String procent(Double procent) {
        return procent == null ? "-" : een().format(procent) + "%";
    }

    /** A fraction (0.503) as "50,3%". */
    public static String fractie(Double fractie) {
        return fractie == null ? "-" : procent(fractie * 100);
    }

    /** An interval in percent as "41,2–59,3%". */
    public static String bereik(Bereik b) {
        return b == null ? "-" : een().format(b.onder()) + "–" + een().format(b.boven()) + "%";
    }

    public static String getal(double d) {
        return een().format(d);
    }

    /** DecimalFormat is not thread-safe; one per call is cheap next to an audit. */
    private static DecimalFormat een() {
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(NL));
        return f;
    }
}
