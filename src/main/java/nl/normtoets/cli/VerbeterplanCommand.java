package nl.normtoets.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Auditsamenvatting;
import nl.normtoets.geschiedenis.Koers;
import nl.normtoets.geschiedenis.Trend;
import nl.normtoets.geschiedenis.Verbeteractie;
import nl.normtoets.geschiedenis.Verbeterplan;
import nl.normtoets.ingest.OnbruikbareInvoer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verbeterplan", mixinStandardHelpOptions = true,
        description = {"De verbeteracties van een organisatie, elk met een norm of indicator, een eigenaar (een rol), "
                + "een streefwaarde en een deadline.",
                "Zonder subcommando: de acties met hun koers volgens de bewaarde audits (gehaald, op koers, achter)."},
        subcommands = {VerbeterplanCommand.Toevoegen.class, VerbeterplanCommand.Status.class})
final class VerbeterplanCommand implements Callable<Integer> {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    // not 'required': picocli would then ask for it before every subcommand too
    @Option(names = "--organisatie", paramLabel = "NAAM", description = "De organisatie (verplicht).")
    String organisatie;

    @Mixin
    Opslagopties opslag;

    @Override
    public Integer call() {
        if (organisatie == null) {
            throw new OnbruikbareInvoer("geef --organisatie");
        }
        List<Verbeteractie> acties;
        List<Auditsamenvatting> samenvattingen = new ArrayList<>();
        try (var o = opslag.open()) {
            acties = new Verbeterplan(o.ds()).acties(organisatie);
            for (Auditkop k : o.archief().lijst(organisatie)) {
                o.archief().samenvatting(k.id()).ifPresent(samenvattingen::add);
            }
        }
        PrintStream out = System.out;
        if (acties.isEmpty()) {
            out.println("Geen verbeteracties voor " + organisatie + ".");
            return 0;
        }
        Trend trend = Trend.maak(organisatie, samenvattingen);
        String fmt = "%-36s  %-8s  %-24s  %8s  %-10s  %-9s  %8s  %-9s  %s%n";
        out.printf(fmt, "Id", "Onderw.", "Eigenaar", "Doel", "Deadline", "Status", "Laatst", "Koers", "Omschrijving");
        for (Verbeteractie a : acties) {
            List<Trend.Punt> punten = trend.reeksen().stream().filter(r -> r.id().equals(a.onderwerp())).findFirst()
                    .map(Trend.Reeks::punten).orElse(List.of());
            Double laatst = punten.stream().filter(p -> p != null && p.percentage() != null)
                    .reduce((x, y) -> y).map(Trend.Punt::percentage).orElse(null);
            out.printf(fmt, a.id(), a.onderwerp(), a.eigenaar(), String.format(NL, "%.1f%%", a.doel()),
                    Weergave.datum(a.deadline()), a.status().name().toLowerCase(NL), Weergave.procent(laatst),
                    koers(Koers.van(a, punten)), a.omschrijving() == null ? "" : a.omschrijving());
        }
        return 0;
    }

    static String koers(Koers k) {
        return switch (k) {
            case GEHAALD -> "gehaald";
            case OP_KOERS -> "op koers";
            case ACHTER -> "achter";
            case ONBEKEND -> "onbekend";
        };
    }

    @Command(name = "toevoegen", mixinStandardHelpOptions = true, description = "Voegt een verbeteractie toe.")
    static final class Toevoegen implements Callable<Integer> {
        @Option(names = "--organisatie", paramLabel = "NAAM", required = true, description = "De organisatie.")
        String organisatie;

        @Option(names = "--onderwerp", paramLabel = "ID", required = true,
                description = "De norm of indicator (bv. 1a.3 of 1a.3-A).")
        String onderwerp;

        @Option(names = "--eigenaar", paramLabel = "ROL", required = true,
                description = "Wie de actie draagt, als rol (bv. 'manager bedrijfsvoering'), geen naam van een persoon.")
        String eigenaar;

        @Option(names = "--doel", paramLabel = "PERCENTAGE", required = true,
                description = "De streefwaarde: het aandeel dat voldoet, in procenten (bv. 80).")
        double doel;

        @Option(names = "--deadline", paramLabel = "JJJJ-MM-DD", required = true, description = "Uiterlijk gehaald op.")
        LocalDate deadline;

        @Option(names = "--omschrijving", paramLabel = "TEKST", description = "Wat er gebeurt.")
        String omschrijving;

        @Mixin
        Opslagopties opslag;

        @Override
        public Integer call() {
            if (doel < 0 || doel > 100) {
                throw new OnbruikbareInvoer("--doel moet tussen 0 en 100 liggen");
            }
            try (var o = opslag.open()) {
                Verbeteractie a = new Verbeterplan(o.ds()).voegToe(organisatie, onderwerp, omschrijving, eigenaar, doel,
                        deadline);
                System.out.println("Verbeteractie toegevoegd: " + a.id());
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Zet de status van een verbeteractie.")
    static final class Status implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "De actie (id uit 'verbeterplan').")
        String id;

        @Parameters(index = "1", paramLabel = "STATUS", description = "open, bezig of afgerond.")
        Verbeteractie.Status status;

        @Mixin
        Opslagopties opslag;

        @Override
        public Integer call() {
            try (var o = opslag.open()) {
                if (!new Verbeterplan(o.ds()).zetStatus(id, status)) {
                    throw new OnbruikbareInvoer("verbeteractie " + id + " bestaat niet");
                }
            }
            System.out.println("Status van " + id + ": " + status.name().toLowerCase(NL));
            return 0;
        }
    }
}
