package nl.normtoets.cli;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Reviewarchief;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.report.Labels;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.Steekproefdossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "steekproef", mixinStandardHelpOptions = true,
        description = {"Trekt uit een bewaarde audit een steekproef van dossiers voor de dossierlezing.",
                "Zoals de inspecties hun twintig dossiers kiezen: eerst op criteria (elke maatregel, elk team, zonder "
                        + "vaste jeugdbeschermer, recent gestart, met signalen van onveiligheid), dan willekeurig "
                        + "aangevuld.",
                "Afgewezen dossiers doen niet mee. Dezelfde audit en startwaarde geven dezelfde steekproef. De "
                        + "steekproef wordt bij de audit bewaard."})
final class SteekproefCommand implements Callable<Integer> {

    @Option(names = "--audit", required = true, paramLabel = "ID", description = "De bewaarde audit (id uit 'geschiedenis').")
    String audit;

    @Option(names = "--aantal", paramLabel = "N", defaultValue = "20",
            description = "Aantal dossiers in de steekproef (standaard: ${DEFAULT-VALUE}).")
    int aantal;

    @Option(names = "--startwaarde", paramLabel = "S",
            description = "Startwaarde van het toeval; zonder deze optie wordt er een gekozen en getoond, zodat de "
                    + "trekking te herhalen is.")
    Long startwaarde;

    @Mixin
    Opslagopties opslag;

    @Override
    public Integer call() {
        if (aantal < 1) {
            throw new OnbruikbareInvoer("--aantal is minstens 1");
        }
        long s = startwaarde != null ? startwaarde : new SecureRandom().nextInt(1_000_000);
        Steekproef steekproef;
        Auditkop kop;
        try (var o = opslag.open()) {
            kop = o.archief().kop(audit).orElseThrow(() -> new OnbruikbareInvoer(
                    "audit " + audit + " is niet bewaard; zie 'normtoets geschiedenis'"));
            try {
                steekproef = new Reviewarchief(o.ds(), o.archief()).trekEnBewaar(audit, aantal, s,
                        System.getProperty("user.name"));
            } catch (NoSuchElementException e) {
                throw new OnbruikbareInvoer(e.getMessage());
            }
        }
        print(steekproef, kop, System.out);
        return 0;
    }

    static void print(Steekproef s, Auditkop kop, PrintStream out) {
        out.printf("Steekproef %s%n", s.id());
        out.printf("Uit audit %s (%s, peildatum %s): %d dossiers, startwaarde %d%n", s.audit(),
                kop.organisatie() == null ? "-" : kop.organisatie(), Weergave.datum(kop.peildatum()),
                s.dossiers().size(), s.startwaarde());
        if (s.dossiers().size() < s.aantal()) {
            out.printf("Er waren maar %d dossiers te trekken (gevraagd: %d).%n", s.dossiers().size(), s.aantal());
        }
        out.println();
        String fmt = "%3s  %-14s  %-20s  %-10s  %-10s  %s%n";
        out.printf(fmt, "Nr", "Dossier", "Maatregel", "Team", "Start", "Waarom getrokken");
        out.println("-".repeat(100));
        for (Steekproefdossier d : s.dossiers()) {
            out.printf(fmt, d.volgorde(), d.dossier(), Labels.waarde(d.maatregel()), d.team() == null ? "-" : d.team(),
                    Weergave.datum(d.startdatum()), d.redenTekst());
        }
    }
}
