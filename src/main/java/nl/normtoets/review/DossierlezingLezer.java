package nl.normtoets.review;

import java.nio.file.Path;

import nl.normtoets.norm.Normcatalogus;

/**
 * Reads the dossierlezing checklist ({@code rules/dossierlezing.yaml}, beside the norm catalog) and checks it
 * against a catalog: every norm id and every mirrored indicator must exist there. Errors name the file, the line
 * and the field.
 */
public final class DossierlezingLezer {

    /** The checklist bundled with the product. */
    public static final String STANDAARD = "rules/dossierlezing.yaml";

    private DossierlezingLezer() {
    }

    public static Dossierlezing standaard() {
        throw new UnsupportedOperationException("volgt");
    }

    public static Dossierlezing lees(Path bestand) {
        throw new UnsupportedOperationException("volgt");
    }

    /** Throws {@link DossierlezingFout} when a norm or mirrored indicator is not in {@code catalogus}. */
    public static Dossierlezing controleer(Dossierlezing lijst, Normcatalogus catalogus, String naam) {
        throw new UnsupportedOperationException("volgt");
    }
}
