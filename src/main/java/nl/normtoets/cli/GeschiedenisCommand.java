package nl.normtoets.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import nl.normtoets.geschiedenis.Auditkop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "geschiedenis", mixinStandardHelpOptions = true,
        description = {"Toont de bewaarde audits (audit --bewaar en de dienst), oudste peildatum eerst.",
                "Met de id's vergelijk je twee audits (vergelijk A B) of volg je een organisatie (trend)."})
final class GeschiedenisCommand implements Callable<Integer> {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    @Option(names = "--organisatie", paramLabel = "NAAM", description = "Alleen de audits van deze organisatie.")
    String organisatie;

    @Mixin
    Opslagopties opslag;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        List<Auditkop> audits;
        try (var o = opslag.open()) {
            audits = o.archief().lijst(organisatie);
        }
        if (audits.isEmpty()) {
            out.println("Geen bewaarde audits in " + opslag.databank().omschrijving() + ".");
            return 0;
        }
        String fmt = "%-36s  %-12s  %-10s  %-10s  %8s  %8s  %-16s  %s%n";
        out.printf(fmt, "Id", "Organisatie", "Peildatum", "Per", "Getoetst", "Afgewez.", "Gemaakt", "Door");
        for (Auditkop k : audits) {
            out.printf(fmt, k.id(), k.organisatie() == null ? "-" : k.organisatie(), Weergave.datum(k.peildatum()),
                    Weergave.datum(k.perDatum()), k.aantallen().dossiersGetoetst(), k.aantallen().dossiersAfgewezen(),
                    MOMENT.format(k.gemaakt()), k.door() == null ? "-" : k.door()
                            + (k.opgeruimd() == null ? "" : "  (dossierbevindingen opgeruimd)"));
        }
        out.printf("%d audit(s) in %s%n", audits.size(), opslag.databank().omschrijving());
        return 0;
    }
}
