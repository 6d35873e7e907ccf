package nl.normtoets.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.normtoets.scoring.Oordeel;
import nl.normtoets.web.rapport.Weergavelabels;

/** How the history commands print dates, shares and judgements for people: dd-mm-jjjj, "50,3%", labels. */
final class Weergave {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Weergave() {
    }

    static String datum(LocalDate d) {
        return d == null ? "-" : DATUM.format(d);
    }

    static String procent(Double p) {
        return p == null ? "-" : String.format(NL, "%.1f%%", p);
    }

    /** Percentage points with sign, e.g. "+12,5 pp". */
    static String punten(Double pp) {
        return pp == null ? "-" : String.format(NL, "%+.1f pp", pp);
    }

    static String oordeel(Oordeel o) {
        return o == null ? "-" : Weergavelabels.oordeel(o);
    }
}
