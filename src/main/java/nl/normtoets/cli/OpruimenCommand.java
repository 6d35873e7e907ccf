package nl.normtoets.cli;

import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "opruimen", mixinStandardHelpOptions = true,
        description = {"Past de bewaartermijn toe: van audits met een peildatum langer geleden dan de termijn worden de "
                + "bevindingen per dossier, de afwijzingen en de bewaarde dossiers verwijderd.",
                "Oordelen, tellingen, thema-4-cijfers en bevindingen over de organisatie blijven."})
final class OpruimenCommand implements Callable<Integer> {

    @Option(names = "--bewaartermijn", paramLabel = "MAANDEN", defaultValue = "24",
            description = "Bewaartermijn in maanden na de peildatum. Standaard: ${DEFAULT-VALUE}.")
    int maanden;

    @Mixin
    Opslagopties opslag;

    @Override
    public Integer call() {
        LocalDate grens = LocalDate.now().minus(Period.ofMonths(maanden));
        int n;
        try (var o = opslag.open()) {
            n = o.archief().ruimOp(grens);
        }
        System.out.printf("Bewaartermijn %d maanden: van %d audit(s) met een peildatum voor %s de dossierbevindingen "
                + "verwijderd.%n", maanden, n, Weergave.datum(grens));
        return 0;
    }
}
