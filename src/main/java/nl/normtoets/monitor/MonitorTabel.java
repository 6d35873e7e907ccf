package nl.normtoets.monitor;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The overview as plain text: one block per group, signals most urgent first, then the registration errors. */
public final class MonitorTabel {

    private static final String REGEL = "%-4s %-10s %-10s %-10s %-52s %-10s %5s  %s%n";

    private static final java.time.format.DateTimeFormatter MAAND = java.time.format.DateTimeFormatter.ofPattern("MM-yyyy");

    private MonitorTabel() {
    }

    public static void print(Monitoroverzicht o, Groepering groep, PrintStream out) {
        print(o, groep, false, out);
    }

    public static void print(Monitoroverzicht o, Groepering groep, boolean metAfgehandeld, PrintStream out) {
        out.printf("Testmonitor op %s (binnenkort = binnen %d dagen): %d signalen, %d registratiefouten, "
                        + "%d te laat afgehandeld (niet op de lijst)%n",
                MonitorCsv.DATUM.format(o.peildatum()), o.horizon(), o.signalen().size(), o.registratiefouten().size(),
                o.afgehandeldTeLaat().size());
        Betrouwbaarheid.perSoort(o.betrouwbaarheid()).forEach((soort, t) -> {
            if (t[1] > 0) {
                out.println("  betrouwbaarheid " + Weergave.betrouwbaarheid(soort, t));
            }
        });
        List<Monitorsignaal> rijen = new java.util.ArrayList<>(o.signalen());
        if (metAfgehandeld) {
            rijen.addAll(o.afgehandeldTeLaat());
        }
        Map<String, List<Monitorsignaal>> perGroep = rijen.stream().collect(Collectors.groupingBy(
                s -> groep.sleutel(s.toedeling()), TreeMap::new, Collectors.toList()));
        perGroep.forEach((sleutel, signalen) -> {
            out.printf("%n== %s %s (%d)%n", groep.name().toLowerCase(), sleutel, signalen.size());
            out.printf(REGEL, "prio", "dossier", "medewerker", "status", "signaal", "vervalt", "over", "toelichting");
            for (Monitorsignaal s : signalen) {
                out.printf(REGEL, s.prioriteit(), s.dossier(), groep(s), status(s), s.soort().omschrijving(),
                        s.vervaldatum() == null ? "-" : MonitorCsv.DATUM.format(s.vervaldatum()),
                        s.dagenOverTijd() == null ? "-" : s.dagenOverTijd(), s.toelichting());
            }
        });
        if (!o.registratiefouten().isEmpty()) {
            out.printf("%n== Datakwaliteit (geen risico, wel te herstellen) (%d)%n", o.registratiefouten().size());
            for (Registratiefout f : o.registratiefouten()) {
                out.printf("%-10s %-10s %-34s %s%n", f.dossier(), Groepering.TEAM.sleutel(f.toedeling()), f.soort(),
                        f.toelichting());
            }
        }
        printWerklast(o.werklast(), out);
        if (!o.werkvoorraad().isEmpty()) {
            out.printf("%n== Werkvoorraad eerste stappen (norm uit de gemiddelde instroom)%n");
            for (Werkvoorraad w : o.werkvoorraad()) {
                out.printf("%-32s open %4d (over tijd %d), norm %d%s; op tijd per startmaand: %s%n",
                        w.soort().omschrijving(), w.open(), w.overTijd(), w.norm(), w.bovenNorm() ? " BOVEN NORM" : "",
                        String.join(" ", w.perMaand().stream().map(m -> MAAND.format(m.maand()) + " "
                                + (m.aandeelOpTijd() == null ? "-" : Weergave.procent(m.aandeelOpTijd()))).toList()));
            }
        }
        if (!o.afgewezen().isEmpty()) {
            out.printf("%n== Niet getoetst (%d)%n", o.afgewezen().size());
            o.afgewezen().forEach(a -> a.fouten().forEach(out::println));
        }
        out.flush();
    }

    private static void printWerklast(Werklast w, PrintStream out) {
        if (w == null) {
            return;
        }
        out.printf("%n== Werklast (norm %s per fte, in opleiding %s; bron: %s)%n", Weergave.getal(w.norm()),
                Weergave.getal(w.normInOpleiding()), w.bron());
        for (Werklast.Belasting r : w.teams()) {
            out.printf("team %-10s %4d dossiers, fte %s, per fte %s%s%n", r.naam(), r.dossiers(), Weergave.getal(r.fte()),
                    Weergave.getal(r.perFte()), r.bovenNorm() ? " BOVEN NORM" : "");
        }
        for (Werklast.Belasting r : w.medewerkers()) {
            out.printf("  %-10s %-8s %4d dossiers, fte %s, per fte %s%s%s%n", r.naam(), r.team() == null ? "" : r.team(),
                    r.dossiers(), Weergave.getal(r.fte()), Weergave.getal(r.perFte()), r.inOpleiding() ? " (in opleiding)" : "",
                    r.bovenNorm() ? " BOVEN NORM" : "");
        }
        for (Werklast.ZonderVaste z : w.zonderVaste()) {
            out.printf("  zonder vaste jeugdbeschermer: team %s, %s, %s: %d%n", z.team(), z.werkwijze(), z.maatregel(),
                    z.dossiers());
        }
    }

    private static String status(Monitorsignaal s) {
        // the column is 10 wide; the page and the CSV spell out "controleer registratie"
        return s.teLaatGedaan() ? "TE LAAT" : s.controleerRegistratie() ? "CONTROLEER" : s.status().name();
    }

    private static String groep(Monitorsignaal s) {
        return Groepering.MEDEWERKER.sleutel(s.toedeling());
    }
}
