package nl.normtoets.ingest.tabel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell values as Dutch exports write them. Dates: {@code dd-mm-jjjj}, {@code d-m-jj} (years 00-99 are 2000-2099;
 * all dossier facts are of this century), {@code jjjj-mm-dd}; {@code /} or {@code .} may replace {@code -}, and a
 * time of day after the date is ignored. Booleans: ja/nee, j/n, 1/0, waar/onwaar, true/false. Lists: split on
 * {@code |}, or on {@code ,} when there is no {@code |}.
 */
final class Waarden {

    private static final Pattern NL = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})");
    // jjjj-mm-dd, and as documented also with "/" or "." (2024/08/25), the same separator twice
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern TIJD = Pattern.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final DateTimeFormatter STRIKT = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);

    private Waarden() {
    }

    static LocalDate datum(String s) {
        String d = TIJD.matcher(s.strip()).replaceFirst("");
        Matcher iso = ISO.matcher(d);
        Matcher nl = NL.matcher(d);
        try {
            if (iso.matches()) {
                return LocalDate.parse(iso.group(1) + "-" + iso.group(3) + "-" + iso.group(4), STRIKT);
            }
            if (nl.matches()) {
                String jaar = nl.group(3).length() == 2 ? "20" + nl.group(3) : nl.group(3);
                return LocalDate.parse(jaar + "-" + nl.group(2) + "-" + nl.group(1), STRIKT);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is geen bestaande datum");
        }
        throw new IllegalArgumentException("is geen datum (dd-mm-jjjj, d-m-jj of jjjj-mm-dd)");
    }

    static Boolean jaNee(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "j", "1", "waar", "true", "y", "yes" -> Boolean.TRUE;
            case "nee", "n", "0", "onwaar", "false", "no" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("is geen ja/nee (ja/nee, j/n, 1/0, waar/onwaar)");
        };
    }

    static Integer getal(String s) {
        String g = s.strip().replaceFirst("[.,]0+$", "");
        try {
            return Integer.valueOf(g);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is geen geheel getal");
        }
    }

    /**
     * A decimal as Dutch exports write it: {@code 0,89} or {@code 0.89}; with both, the dot groups thousands
     * ({@code 1.234,5}). A trailing {@code %} divides by 100, so {@code 12%} is the fraction 0.12.
     */
    static Double decimaal(String s) {
        String d = s.strip().replace(" ", "");
        boolean procent = d.endsWith("%");
        if (procent) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.contains(",")) {
            d = d.replace(".", "").replace(',', '.');
        }
        try {
            double waarde = new java.math.BigDecimal(d).doubleValue();
            return procent ? new java.math.BigDecimal(d).movePointLeft(2).doubleValue() : waarde;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is geen getal (bijvoorbeeld 0,89)");
        }
    }

    private static final Pattern MAAND_ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final Pattern MAAND_NL = Pattern.compile("(\\d{1,2})[-/](\\d{4})");

    /** A month as {@code jjjj-mm} or {@code mm-jjjj}; a full date counts for its month. Returns {@code jjjj-mm}. */
    static String maand(String s) {
        String m = s.strip();
        Matcher iso = MAAND_ISO.matcher(m);
        Matcher nl = MAAND_NL.matcher(m);
        int jaar;
        int maand;
        if (iso.matches()) {
            jaar = Integer.parseInt(iso.group(1));
            maand = Integer.parseInt(iso.group(2));
        } else if (nl.matches()) {
            jaar = Integer.parseInt(nl.group(2));
            maand = Integer.parseInt(nl.group(1));
        } else {
            try {
                LocalDate d = datum(m);
                jaar = d.getYear();
                maand = d.getMonthValue();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("is geen maand (jjjj-mm of mm-jjjj)");
            }
        }
        if (maand < 1 || maand > 12) {
            throw new IllegalArgumentException("is geen bestaande maand");
        }
        return String.format("%04d-%02d", jaar, maand);
    }

    static List<String> lijst(String s) {
        String scheiding = s.contains("|") ? "\\|" : ",";
        return Arrays.stream(s.split(scheiding)).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** A value written like an enum constant in prose: "Jaarlijks", "voorlopige ots", "jr-plan". */
    static String alsEnum(String s) {
        return s.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    }
}
