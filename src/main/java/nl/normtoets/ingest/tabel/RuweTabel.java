package nl.normtoets.ingest.tabel;

import java.util.List;

/**
 * A table as found in the export, cells still text: {@code bron} is the file or sheet name used in error messages,
 * {@code koppen} the header cells as written by the GI, {@code opmerkingen} what the reader noticed but did not use
 * (cells past the header, a line in another encoding).
 */
public record RuweTabel(String bron, List<String> koppen, List<Rij> rijen, List<String> opmerkingen) {

    public RuweTabel {
        koppen = List.copyOf(koppen);
        rijen = List.copyOf(rijen);
        opmerkingen = List.copyOf(opmerkingen);
    }

    public RuweTabel(String bron, List<String> koppen, List<Rij> rijen) {
        this(bron, koppen, rijen, List.of());
    }

    /** One data row; {@code regel} is the line (CSV) or row number (xlsx) a user finds it at. */
    public record Rij(int regel, List<String> cellen) {
        public Rij {
            cellen = List.copyOf(cellen);
        }

        public String cel(int index) {
            return index < cellen.size() ? cellen.get(index) : "";
        }

        boolean isLeeg() {
            return cellen.stream().allMatch(String::isBlank);
        }
    }
}
