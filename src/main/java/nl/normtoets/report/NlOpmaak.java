package nl.normtoets.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dutch presentation of dates, numbers and the rules' explanations, for every output a person reads (HTML, PDF, CSV,
 * xlsx, console). Numbers go through {@link NumberFormat} for nl-NL, dates through {@link DateTimeFormatter}; nothing
 * is patched with a string replace. The JSON report is never passed through here: it keeps ISO dates and the
 * contract's names.
 *
 * <p>The explanations ({@code toelichting}) are written by the engine with ISO dates, enum names and decimal points
 * in them. {@link #toelichting} is the presentation step that parses those tokens and writes them again the Dutch
 * way: {@code 2025-02-21} becomes {@code 21-02-2025}, {@code 2025-02} becomes {@code februari 2025}, {@code 12.72}
 * becomes {@code 12,72}, {@code [VEILIGHEID, RISICO]} becomes {@code veiligheid of risico}, {@code VOORLOPIGE_OTS}
 * becomes {@code voorlopige OTS}. Norm and indicator ids ({@code 2.3-A}) stay as they are.
 */
public final class NlOpmaak {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy", NL);
    private static final DateTimeFormatter VOLUIT = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMMM yyyy", NL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", NL);

    /** ISO date, then year-month; the surrounding characters must not be part of a longer number or id. */
    private static final Pattern ISO_DATUM = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern ISO_MAAND = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})(?![\\d-])");
    /** A decimal with a point, not an id like 2.3-A or 1a.2 (a letter or dash next to it keeps it as it is). */
    private static final Pattern DECIMAAL = Pattern.compile("(?<![\\w.-])(\\d+)\\.(\\d+)(?![\\w.-])");
    /** A bracketed list of codes as Java prints it: [VEILIGHEID, RISICO]. */
    private static final Pattern CODELIJST = Pattern.compile("\\[([A-Z][A-Z0-9_]*(?:, [A-Z][A-Z0-9_]*)*)]");
    /** A code: a known enum value or an UPPER_SNAKE token. */
    private static final Pattern CODE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");

    private NlOpmaak() {
    }

    // ---- dates ----

    /** dd-mm-jjjj; "-" when unknown. */
    public static String datum(LocalDate d) {
        return d == null ? "-" : DATUM.format(d);
    }

    /** "10 maart 2025", for prose. */
    public static String datumVoluit(LocalDate d) {
        return d == null ? "-" : VOLUIT.format(d);
    }

    /** dd-mm-jjjj uu:mm in the given time zone of the value. */
    public static String moment(TemporalAccessor t) {
        return t == null ? "-" : MOMENT.format(t instanceof ZonedDateTime || t instanceof LocalDateTime ? t
                : java.time.ZonedDateTime.ofInstant(java.time.Instant.from(t), java.time.ZoneId.systemDefault()));
    }

    // ---- numbers ----

    /** A whole number with Dutch grouping: 12.345. */
    public static String geheel(long n) {
        return NumberFormat.getIntegerInstance(NL).format(n);
    }

    /** A figure with at most {@code decimalen} decimals, Dutch comma: 12,7; "-" when unknown. */
    public static String getal(Number n, int decimalen) {
        if (n == null) {
            return "-";
        }
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMaximumFractionDigits(decimalen);
        f.setMinimumFractionDigits(0);
        return f.format(n);
    }

    /** A figure with at most one decimal. */
    public static String getal(Number n) {
        return getal(n, 1);
    }

    /** A percentage given as 0..100 with one decimal: 50,3%; "-" when unknown. */
    public static String procent(Double p) {
        if (p == null) {
            return "-";
        }
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(NL));
        return f.format(p) + "%";
    }

    /** A share 0..1 as a percentage with one decimal: 0.127 gives 12,7%. */
    public static String aandeel(Double a) {
        return a == null ? "-" : procent(a * 100);
    }

    // ---- evidence ----

    /** An evidence value in words: dates dd-mm-jjjj, yes/no, Dutch numbers, labels for codes, lists joined. */
    public static String bewijswaarde(String sleutel, Object waarde) {
        if (waarde == null) {
            return "geen";
        }
        if (waarde instanceof Boolean b) {
            return b ? "ja" : "nee";
        }
        if (waarde instanceof LocalDate d) {
            return datum(d);
        }
        if (waarde instanceof YearMonth m) {
            return MAAND.format(m);
        }
        if (waarde instanceof Number n) {
            return Labels.isAandeel(sleutel) ? aandeel(n.doubleValue()) : getal(n, 2);
        }
        if (waarde instanceof Enum<?> e) {
            return Labels.waarde(e);
        }
        if (waarde instanceof Collection<?> c) {
            return c.isEmpty() ? "geen" : c.stream().map(x -> bewijswaarde(sleutel, x)).collect(Collectors.joining(", "));
        }
        if (waarde instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> Labels.veld(String.valueOf(e.getKey())) + " "
                    + bewijswaarde(String.valueOf(e.getKey()), e.getValue())).collect(Collectors.joining(", "));
        }
        String s = String.valueOf(waarde);
        if (s.matches("[A-Z][A-Z0-9_]*") && (Labels.isCode(s) || s.length() > 1)) {
            return Labels.waarde(s);
        }
        return toelichting(s);
    }

    // ---- explanations ----

    /** An explanation of the engine, rewritten for people (see the class comment). */
    public static String toelichting(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return tekst;
        }
        String t = vervang(tekst, ISO_DATUM, m -> {
            try {
                return datum(LocalDate.parse(m.group()));
            } catch (DateTimeParseException e) {
                return m.group();
            }
        });
        t = vervang(t, ISO_MAAND, m -> {
            int maand = Integer.parseInt(m.group(2));
            return maand >= 1 && maand <= 12
                    ? MAAND.format(YearMonth.of(Integer.parseInt(m.group(1)), maand)) : m.group();
        });
        t = vervang(t, DECIMAAL, m -> getal(new BigDecimal(m.group()), m.group(2).length()));
        t = vervang(t, CODELIJST, m -> {
            String[] codes = m.group(1).split(", ");
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < codes.length; i++) {
                if (i > 0) {
                    s.append(i == codes.length - 1 ? " of " : ", ");
                }
                s.append(Labels.waarde(codes[i]));
            }
            return s.toString();
        });
        t = vervang(t, CODE, m -> Labels.isCode(m.group()) ? Labels.waarde(m.group()) : m.group());
        return t;
    }

    private static String vervang(String tekst, Pattern p, java.util.function.Function<Matcher, String> door) {
        Matcher m = p.matcher(tekst);
        if (!m.find()) {
            return tekst;
        }
        StringBuilder s = new StringBuilder(tekst.length() + 8);
        do {
            m.appendReplacement(s, Matcher.quoteReplacement(door.apply(m)));
        } while (m.find());
        m.appendTail(s);
        return s.toString();
    }
}
