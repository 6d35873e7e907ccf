package nl.normtoets.monitor;

import java.util.Locale;

/** Number formats for people (Dutch: "50,3%", "12,5"), shared by the table, the page and the spreadsheet. */
public final class Weergave {

    private Weergave() {
    }

    public static String procent(double fractie) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f%%", fractie * 100);
    }

    public static String getal(Double d) {
        return d == null ? "-" : String.format(Locale.forLanguageTag("nl-NL"), "%.1f", d);
    }

    /** "eerste plan van aanpak: 12,5% controleer registratie (3 van 24)". */
    public static String betrouwbaarheid(Signaalsoort soort, double[] telling) {
        double aandeel = telling[0] == 0 ? 0 : telling[1] / telling[0];
        return soort.omschrijving() + ": " + procent(1 - aandeel) + " betrouwbaar ("
                + (long) telling[1] + " van " + (long) telling[0] + " controleer registratie)";
    }
}
