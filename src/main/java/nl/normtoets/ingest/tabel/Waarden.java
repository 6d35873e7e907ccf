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
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
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
                return LocalDate.parse(iso.group(1) + "-" + iso.group(2) + "-" + iso.group(3), STRIKT);
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

    static List<String> lijst(String s) {
        String scheiding = s.contains("|") ? "\\|" : ",";
        return Arrays.stream(s.split(scheiding)).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** A value written like an enum constant in prose: "Jaarlijks", "voorlopige ots", "jr-plan". */
    static String alsEnum(String s) {
        return s.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    }
}
