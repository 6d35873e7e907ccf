package nl.normtoets.monitor;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The overview as plain text: one block per group, signals most urgent first, then the registration errors. */
public final class MonitorTabel {

    private static final String REGEL = "%-4s %-10s %-10s %-10s %-52s %-10s %5s  %s%n";

    private MonitorTabel() {
    }

    public static void print(Monitoroverzicht o, Groepering groep, PrintStream out) {
        out.printf("Testmonitor op %s (binnenkort = binnen %d dagen): %d signalen, %d registratiefouten%n",
                MonitorCsv.DATUM.format(o.peildatum()), o.horizon(), o.signalen().size(), o.registratiefouten().size());
        Map<String, List<Monitorsignaal>> perGroep = o.signalen().stream().collect(Collectors.groupingBy(
                s -> groep.sleutel(s.toedeling()), TreeMap::new, Collectors.toList()));
        perGroep.forEach((sleutel, signalen) -> {
            out.printf("%n== %s %s (%d)%n", groep.name().toLowerCase(), sleutel, signalen.size());
            out.printf(REGEL, "prio", "dossier", "medewerker", "status", "signaal", "vervalt", "over", "toelichting");
            for (Monitorsignaal s : signalen) {
                out.printf(REGEL, s.prioriteit(), s.dossier(), groep(s), s.status(), s.soort().omschrijving(),
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
        if (!o.afgewezen().isEmpty()) {
            out.printf("%n== Niet getoetst (%d)%n", o.afgewezen().size());
            o.afgewezen().forEach(a -> a.fouten().forEach(out::println));
        }
        out.flush();
    }

    private static String groep(Monitorsignaal s) {
        return Groepering.MEDEWERKER.sleutel(s.toedeling());
    }
}
