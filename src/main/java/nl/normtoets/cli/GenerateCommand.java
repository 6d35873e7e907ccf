package nl.normtoets.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.OnbruikbareInvoer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "genereer", mixinStandardHelpOptions = true,
        description = {"Maakt een synthetische auditset (JSON, contract v1) zonder persoonsgegevens.",
                "Met organisatieFeiten (thema 5) die passen bij de medewerkers, teams en gemeenten van de dossiers.",
                "Dezelfde startwaarde, peildatum en hetzelfde profiel geven altijd hetzelfde bestand."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--dossiers", paramLabel = "N", description = "Aantal dossiers (verplicht zonder --traject).")
    Integer dossiers;

    // no defaultValues here: picocli would apply them after parsing and overwrite values given with an alias
    @Option(names = "--startwaarde", paramLabel = "S", description = "Startwaarde van het toeval. "
            + "Standaard: ${DEFAULT-VALUE}.")
    long startwaarde = 1;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD",
            description = "De dag waarop de set wordt getoetst; alle feiten liggen op of voor die dag "
                    + "(verplicht zonder --traject).")
    LocalDate peildatum;

    @Option(names = "--traject", paramLabel = "VAN..TOT",
            description = "Eén instelling door de tijd: schrijft in de map van --uitvoer een auditset per meetmoment "
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

    @Option(names = "--leesbaar", description = "Ingesprongen JSON (voor fixtures die mensen lezen).")
    boolean leesbaar;

    /** Checked in {@link #call}, not by picocli: its check would not see a value given with the alias. */
    @Option(names = "--uitvoer", paramLabel = "BESTAND", description = "Waar de auditset heen gaat (verplicht).")
    Path uitvoer;

    @Spec
    CommandSpec spec;

    // the English spellings of before issue 11, kept for scripts; not in the help
    @Option(names = "--seed", hidden = true)
    void seed(long waarde) {
        startwaarde = waarde;
    }

    @Option(names = "--pretty", hidden = true)
    void pretty(boolean waarde) {
        leesbaar = waarde;
    }

    @Option(names = "--out", hidden = true)
    void out(Path bestand) {
        uitvoer = bestand;
    }

    @Override
    public Integer call() {
        if (uitvoer == null) {
            throw new ParameterException(spec.commandLine(), "Verplichte optie ontbreekt: '--uitvoer=BESTAND'");
        }
        if (traject != null) {
            return Trajectopdracht.voerUit(traject, dossiers, peildatum, startwaarde, organisatie, leesbaar, uitvoer);
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
        DossierGenerator generator = new DossierGenerator(p, startwaarde, peildatum);
        Uitvoer.naarBestand(uitvoer, o -> generator.schrijfAuditset(o, dossiers, organisatie, leesbaar));
        System.out.printf("%d dossiers (profiel %s, startwaarde %d, peildatum %s) geschreven naar %s%n", dossiers, p,
                startwaarde, peildatum, uitvoer);
        return 0;
    }
}
