package nl.normtoets.ingest.tabel;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the import did: per table how many rows were read, imported and rejected, every error with its place,
 * notes on parts of the export that were not used, and the data-quality findings. Every row read is counted in
 * exactly one of {@code geimporteerd}, {@code afgewezen} and {@code inAfgewezenDossier}.
 */
public record Importverslag(List<Telling> tellingen, List<Importfout> fouten, List<String> opmerkingen,
                            Kwaliteit kwaliteit) {

    public Importverslag {
        tellingen = List.copyOf(tellingen);
        fouten = List.copyOf(fouten);
        opmerkingen = List.copyOf(opmerkingen);
    }

    /**
     * Rows of one table. {@code afgewezen}: rows with an error of their own; {@code inAfgewezenDossier}: sound rows
     * of a dossier that was rejected for an error elsewhere (its audit would be incomplete).
     */
    public record Telling(String tabel, String bron, int gelezen, int geimporteerd, int afgewezen,
                          int inAfgewezenDossier) {
    }

    /**
     * Data-quality findings. Rejections ({@code dubbeleIds}, {@code naPeildatum}, {@code onbekendeCodes}) repeat
     * errors by theme; the others are warnings about rows that were imported.
     */
    public record Kwaliteit(List<Importfout> dubbeleIds, List<Importfout> naPeildatum,
                            List<Codetelling> onbekendeCodes, List<Melding> contactenVoorStart,
                            List<String> zonderContact, List<String> zonderToewijzing) {
        public Kwaliteit {
            dubbeleIds = List.copyOf(dubbeleIds);
            naPeildatum = List.copyOf(naPeildatum);
            onbekendeCodes = List.copyOf(onbekendeCodes);
            contactenVoorStart = List.copyOf(contactenVoorStart);
            zonderContact = List.copyOf(zonderContact);
            zonderToewijzing = List.copyOf(zonderToewijzing);
        }
    }

    /**
     * How many rows of one file and column hold a code that is neither known nor mapped. The codes themselves are not
     * named (an import report quotes no value); the errors give the rows, and one mapping line fixes them all.
     */
    @JsonIgnoreProperties(ignoreUnknown = true) // reports stored before issue 18 also name the code
    public record Codetelling(String bron, String kolom, int aantal) {
    }

    /** A warning about an imported row. */
    public record Melding(String bron, int regel, String dossier, String toelichting) {
        @Override
        public String toString() {
            return bron + " regel " + regel + " (dossier " + dossier + "): " + toelichting;
        }
    }
}
