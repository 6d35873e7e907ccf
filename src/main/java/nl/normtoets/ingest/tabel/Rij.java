package nl.normtoets.ingest.tabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One data row after parsing: typed values by contract column, where it came from, and the errors found in it.
 * Mutable only while the import checks references; it never leaves the import.
 */
final class Rij {
    final Tabel tabel;
    final String bron;
    final int regel;
    /** Contract column to the header as written in the export (for messages about the column). */
    private final Map<String, String> koppen;
    private final Map<String, Object> waarden;
    final List<Importfout> fouten = new ArrayList<>();

    Rij(Tabel tabel, String bron, int regel, Map<String, String> koppen, Map<String, Object> waarden) {
        this.tabel = tabel;
        this.bron = bron;
        this.regel = regel;
        this.koppen = koppen;
        this.waarden = waarden;
    }

    /** A fault in a cell: its place and what is wrong, never its value. */
    void fout(String kolom, Importfout.Soort soort, String reden) {
        fouten.add(new Importfout(bron, regel, kop(kolom), soort, reden));
    }

    String kop(String kolom) {
        return koppen.getOrDefault(kolom, kolom);
    }


    boolean isGoed() {
        return fouten.isEmpty();
    }

    String tekst(String kolom) {
        return (String) waarden.get(kolom);
    }

    LocalDate datum(String kolom) {
        return (LocalDate) waarden.get(kolom);
    }

    Boolean jaNee(String kolom) {
        return (Boolean) waarden.get(kolom);
    }

    boolean ja(String kolom) {
        return Boolean.TRUE.equals(waarden.get(kolom));
    }

    Double decimaal(String kolom) {
        return (Double) waarden.get(kolom);
    }

    Integer getal(String kolom) {
        return (Integer) waarden.get(kolom);
    }

    @SuppressWarnings("unchecked")
    List<String> lijst(String kolom) {
        Object v = waarden.get(kolom);
        return v == null ? List.of() : (List<String>) v;
    }

    /** The dossier this row belongs to: its own id in maatregelen, the dossier column elsewhere. */
    String dossier() {
        return tekst(tabel == Tabel.MAATREGELEN ? "id" : "dossier");
    }

    String dossierKolom() {
        return tabel == Tabel.MAATREGELEN ? "id" : "dossier";
    }
}
