package nl.normtoets.ingest.tabel;

/**
 * CSV cells that Excel would run as a formula are neutralised as the OWASP CSV-injection guidance says: text starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote, which
 * Excel shows as text. Only text goes through here; numbers and dates we format ourselves are never formulas. The
 * importer takes such a quote off again, so an export reads back as it was written.
 */
public final class Formuleveilig {

    private Formuleveilig() {
    }

    /** The cell as it is safe to write for Excel. */
    public static String cel(String tekst) {
        return tekst != null && !tekst.isEmpty() && isFormulateken(tekst.charAt(0)) ? "'" + tekst : tekst;
    }

    /** A cell read back: a guard quote before a formula character is ours (or Excel's), not part of the value. */
    static String terug(String cel) {
        return cel.length() >= 2 && cel.charAt(0) == '\'' && isFormulateken(cel.charAt(1)) ? cel.substring(1) : cel;
    }

    private static boolean isFormulateken(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
