package nl.normtoets.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The period an audit measures (issue 13): start-phase norms count only dossiers whose startdatum lies in it,
 * both boundary days included, so a hertoets can ask whether the recent starts go well.
 */
public record Meetperiode(LocalDate van, LocalDate tot) {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public Meetperiode {
        if (van == null || tot == null) {
            throw new IllegalArgumentException("een meetperiode heeft een begin- en een einddatum");
        }
        if (tot.isBefore(van)) {
            throw new IllegalArgumentException("de meetperiode eindigt vóór ze begint");
        }
    }

    /** Both boundary days belong to the period. */
    public boolean bevat(LocalDate datum) {
        return datum != null && !datum.isBefore(van) && !datum.isAfter(tot);
    }

    /**
     * Reads {@code VAN..TOT}; each date as JJJJ-MM-DD or dd-mm-jjjj.
     *
     * @throws IllegalArgumentException with a Dutch message naming the expected form
     */
    public static Meetperiode lees(String tekst) {
        if (tekst == null) {
            throw new IllegalArgumentException("geen meetperiode opgegeven");
        }
        String[] delen = tekst.trim().split("\\.\\.", -1);
        if (delen.length != 2) {
            throw new IllegalArgumentException("meetperiode '" + tekst + "' heeft niet de vorm VAN..TOT, "
                    + "bijvoorbeeld 2025-10-01..2026-01-31 of 01-10-2025..31-01-2026");
        }
        return new Meetperiode(datum(delen[0]), datum(delen[1]));
    }

    private static LocalDate datum(String s) {
        String t = s.trim();
        try {
            return t.length() == 10 && t.charAt(4) == '-' ? LocalDate.parse(t) : LocalDate.parse(t, NL);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is geen datum (JJJJ-MM-DD of dd-mm-jjjj)");
        }
    }

    /** dd-mm-jjjj t/m dd-mm-jjjj, for people. */
    public String tekst() {
        return NL.format(van) + " t/m " + NL.format(tot);
    }
}
