package nl.normtoets.ingest.tabel;

/**
 * A rejected row (or table) with its place: file or sheet, line, column as headed in the export, the offending
 * value and why. Values are codes, dates and ids, cut short; a whole row is never echoed.
 */
public record Importfout(String bron, int regel, String kolom, String waarde, Soort soort, String reden) {

    private static final int MAX_WAARDE = 40;

    public enum Soort {
        VERPLICHT, ONGELDIG, ONBEKENDE_CODE, DUBBEL_ID, NA_PEILDATUM, ONBEKEND_DOSSIER, ONBEKEND_PLAN,
        ONTBREKENDE_KOLOM
    }

    public Importfout {
        if (waarde != null && waarde.length() > MAX_WAARDE) {
            waarde = waarde.substring(0, MAX_WAARDE) + "…";
        }
    }

    /** "contacten.csv regel 7, kolom 'Soort contact': 'Huisbezoekje' is geen bekende code ..." */
    @Override
    public String toString() {
        return bron + " regel " + regel + ", kolom '" + kolom + "': "
                + (waarde == null || waarde.isEmpty() ? "" : "'" + waarde + "' ") + reden;
    }
}
