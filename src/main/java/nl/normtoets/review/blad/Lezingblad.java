package nl.normtoets.review.blad;

import java.util.List;

import nl.normtoets.review.Antwoord;

/**
 * The layout of the offline review sheet (.xlsx or CSV), shared by writer and reader: the sheet's name and its
 * columns, in this order. Column names are what a reviewer sees in the header row and what error messages name.
 */
public final class Lezingblad {

    public static final String BLAD = "Dossierlezing";
    public static final String DOSSIER = "dossier";
    public static final String NORM = "norm";
    public static final String VRAAG_ID = "vraag-id";
    public static final String VRAAG = "vraag";
    public static final String ANTWOORD = "antwoord";
    public static final String TOELICHTING = "toelichting";
    public static final List<String> KOLOMMEN = List.of(DOSSIER, NORM, VRAAG_ID, VRAAG, ANTWOORD, TOELICHTING);

    /** The answers of the .xlsx drop-down list, as a reviewer reads and types them. */
    static final String[] GELDIGE_ANTWOORDEN = java.util.Arrays.stream(Antwoord.values()).map(Antwoord::label)
            .toArray(String[]::new);

    public enum Soort {
        XLSX, CSV;

        /** By file name: {@code .xlsx} is a workbook, anything else CSV. */
        public static Soort vanNaam(String naam) {
            return naam != null && naam.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
        }
    }

    private Lezingblad() {
    }
}
