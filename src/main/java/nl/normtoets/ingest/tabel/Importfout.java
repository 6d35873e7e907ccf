package nl.normtoets.ingest.tabel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A rejected row (or table) with its place: file or sheet, line, column as headed in the export, the kind of problem
 * and why, in words that never quote the file (issue 18): no cell value, not even cut short, so an import report can
 * be shared and stored like a log. The place is enough to find the cell in the export.
 */
// import reports stored before issue 18 also hold the value; reading them back drops it
@JsonIgnoreProperties(ignoreUnknown = true)
public record Importfout(String bron, int regel, String kolom, Soort soort, String reden) {

    public enum Soort {
        VERPLICHT, ONGELDIG, ONBEKENDE_CODE, DUBBEL_ID, NA_PEILDATUM, ONBEKEND_DOSSIER, ONBEKEND_PLAN,
        ONTBREKENDE_KOLOM
    }

    /** "contacten.csv regel 7, kolom 'Soort contact': is geen bekende code ..." */
    @Override
    public String toString() {
        return bron + " regel " + regel + ", kolom '" + kolom + "': " + reden;
    }
}
