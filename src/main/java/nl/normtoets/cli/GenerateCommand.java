package nl.normtoets.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.OnbruikbareInvoer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Maakt een synthetische auditset (JSON, contract v1) zonder persoonsgegevens.",
                "Met organisatieFeiten (thema 5) die passen bij de medewerkers, teams en gemeenten van de dossiers.",
                "Dezelfde seed, peildatum en hetzelfde profiel geven altijd hetzelfde bestand."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--dossiers", paramLabel = "N", description = "Aantal dossiers (verplicht zonder --traject).")
    Integer dossiers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Startwaarde van het toeval. "
            + "Standaard: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD",
            description = "De dag waarop de set wordt getoetst; alle feiten liggen op of voor die dag "
                    + "(verplicht zonder --traject).")
    LocalDate peildatum;

    @Option(names = "--traject", paramLabel = "VAN..TOT",
            description = "Eén instelling door de tijd: schrijft in de map van --out een auditset per meetmoment "
                    + "van de bronnen tussen VAN en TOT (bijv. 2025-01-07..2026-02-02); het verleden blijft "
                    + "in elke set gelijk.")
    String traject;

    @Option(names = "--profiel", paramLabel = "NAAM", defaultValue = "jbn-2025",
            description = "Kalibratieprofiel: jbn-2025 (maart 2025) of jbn-2026 (februari 2026). "
                    + "Standaard: ${DEFAULT-VALUE}.")
    String profiel;

    @Option(names = "--organisatie", paramLabel = "NAAM", defaultValue = "JBN",
            description = "Naam van de organisatie in de set. Standaard: ${DEFAULT-VALUE}.")
    String organisatie;

    @Option(names = "--pretty", description = "Ingesprongen JSON (voor fixtures die mensen lezen).")
    boolean pretty;

    @Option(names = "--out", paramLabel = "BESTAND", required = true, description = "Waar de auditset heen gaat.")
    Path out;

    @Override
    public Integer call() {
        if (traject != null) {
            return Trajectopdracht.voerUit(traject, dossiers, peildatum, seed, organisatie, pretty, out);
        }
        if (dossiers == null || peildatum == null) {
            throw new OnbruikbareInvoer("--dossiers en --peildatum zijn verplicht (of kies --traject VAN..TOT)");
        }
        if (dossiers < 0) {
            throw new OnbruikbareInvoer("--dossiers moet 0 of meer zijn");
        }
        Profiel p;
        try {
            p = Profiel.van(profiel);
        } catch (IllegalArgumentException e) {
            throw new OnbruikbareInvoer(e.getMessage());
        }
        DossierGenerator generator = new DossierGenerator(p, seed, peildatum);
        Uitvoer.naarBestand(out, o -> generator.schrijfAuditset(o, dossiers, organisatie, pretty));
        System.out.printf("%d dossiers (profiel %s, seed %d, peildatum %s) geschreven naar %s%n", dossiers, p, seed,
                peildatum, out);
        return 0;
    }
}
