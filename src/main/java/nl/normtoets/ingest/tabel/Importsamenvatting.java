package nl.normtoets.ingest.tabel;

import java.io.PrintStream;
import java.util.List;

/**
 * The import report for a person: counts per table, every rejected row with its place (up to a limit; the JSON
 * report has all), the data-quality findings and notes. Only ids, codes and dates are shown, never whole rows.
 */
public final class Importsamenvatting {

    static final int MAX_REGELS = 50;

    private Importsamenvatting() {
    }

    public static void print(Importresultaat r, PrintStream out) {
        Importverslag v = r.verslag();
        out.printf("Import uit %s (peildatum %s)%n", r.bron(), r.peildatum());
        out.printf("  %-24s %8s %13s %10s %21s%n", "tabel", "gelezen", "geïmporteerd", "afgewezen",
                "in afgewezen dossier");
        for (Importverslag.Telling t : v.tellingen()) {
            out.printf("  %-24s %8d %13d %10d %21d%n", t.tabel(), t.gelezen(), t.geimporteerd(), t.afgewezen(),
                    t.inAfgewezenDossier());
        }
        out.printf("Dossiers: %d geïmporteerd, %d afgewezen.%n", r.dossiers().size(), r.afgewezen().size());
        lijst(out, "Afgewezen rijen", v.fouten().stream().map(Importfout::toString).toList());
        Importverslag.Kwaliteit k = v.kwaliteit();
        out.println("Datakwaliteit:");
        out.printf("  dubbele ids: %d, feiten na de peildatum: %d, onbekende codes: %d, contacten voor de start: %d%n",
                k.dubbeleIds().size(), k.naPeildatum().size(),
                k.onbekendeCodes().stream().mapToInt(Importverslag.Codetelling::aantal).sum(),
                k.contactenVoorStart().size());
        for (Importverslag.Codetelling c : k.onbekendeCodes()) {
            out.printf("  onbekende codes in %s, kolom '%s': %d rij(en)%n", c.bron(), c.kolom(), c.aantal());
        }
        lijst(out, "  Contacten voor de start", k.contactenVoorStart().stream().map(Object::toString).toList());
        out.printf("  dossiers zonder contact (%d): %s%n", k.zonderContact().size(), ids(k.zonderContact()));
        out.printf("  dossiers zonder toewijzing (%d): %s%n", k.zonderToewijzing().size(),
                ids(k.zonderToewijzing()));
        lijst(out, "Opmerkingen", v.opmerkingen());
    }

    private static void lijst(PrintStream out, String kop, List<String> regels) {
        if (regels.isEmpty()) {
            return;
        }
        out.printf("%s (%d):%n", kop, regels.size());
        regels.stream().limit(MAX_REGELS).forEach(s -> out.println("    " + s));
        if (regels.size() > MAX_REGELS) {
            out.printf("    … en nog %d (alle staan in het verslag, --verslag)%n", regels.size() - MAX_REGELS);
        }
    }

    private static String ids(List<String> ids) {
        if (ids.isEmpty()) {
            return "-";
        }
        String s = String.join(", ", ids.stream().limit(MAX_REGELS).toList());
        return ids.size() > MAX_REGELS ? s + ", …" : s;
    }
}
