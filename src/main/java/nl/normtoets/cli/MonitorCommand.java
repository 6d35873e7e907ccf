package nl.normtoets.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.monitor.Groepering;
import nl.normtoets.monitor.Monitor;
import nl.normtoets.monitor.MonitorCsv;
import nl.normtoets.monitor.MonitorJson;
import nl.normtoets.monitor.MonitorTabel;
import nl.normtoets.monitor.Monitoroverzicht;
import nl.normtoets.norm.Normcatalogus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Testmonitor: welke dossiers lopen risico, voor wie en waarom.",
                "Signalen komen uit dezelfde regels en normcatalogus als de audit: VERLOPEN (over de termijn) en "
                        + "BINNENKORT (vervalt binnen de horizon), op prioriteit 1-4. Registratiefouten staan apart."})
final class MonitorCommand implements Callable<Integer> {

    enum Formaat { TABLE, CSV, JSON }

    @Parameters(index = "0", paramLabel = "AUDITSET",
            description = "De auditset (JSON-bestand, contract v1), of een registratie-export (map met CSV-bestanden "
                    + "of .xlsx) die eerst wordt geïmporteerd; dan is --peildatum verplicht en gaat het importverslag "
                    + "met zijn datakwaliteit naar standaardfout.")
    Path auditset;


    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", description = "Dag van de monitor in plaats van de "
            + "peildatum in het bestand.")
    LocalDate peildatum;

    @Option(names = "--horizon", paramLabel = "DAGEN", defaultValue = "" + Monitor.STANDAARD_HORIZON,
            description = "Binnenkort = vervalt binnen zoveel dagen. Standaard: ${DEFAULT-VALUE}.")
    int horizon;

    @Option(names = "--team", paramLabel = "TEAM", description = "Alleen de dossiers van dit team.")
    String team;

    @Option(names = "--groep", paramLabel = "GROEP", defaultValue = "TEAM",
            description = "Groepering van de tabel: ${COMPLETION-CANDIDATES}. Standaard: team.")
    Groepering groep;

    @Option(names = "--format", paramLabel = "FORMAAT", defaultValue = "TABLE",
            description = "table, csv (Excel: ';', UTF-8 met BOM, dd-mm-jjjj) of json. Standaard: table.")
    Formaat format;

    @Option(names = "--out", paramLabel = "BESTAND", description = "Schrijf naar dit bestand in plaats van "
            + "standaarduitvoer.")
    Path out;

    @Mixin
    Invoeropties invoer;

    @Override
    public Integer call() throws IOException {
        if (horizon < 0) {
            throw new OnbruikbareInvoer("--horizon mag niet negatief zijn");
        }
        Normcatalogus catalogus = invoer.catalogus();
        // a registration export is imported first, its report (rejected rows, data quality) goes to stderr
        Auditset set = invoer.lees(auditset, peildatum, System.err);
        for (var a : set.afgewezen()) {
            System.err.println("normtoets: overgeslagen: " + String.join("; ", a.fouten()));
        }
        Monitoroverzicht overzicht = Monitor.overzicht(catalogus, set.peildatum(), horizon, set.dossiers())
                .voorTeam(team);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        switch (format) {
            case CSV -> MonitorCsv.schrijf(overzicht.signalen(), buffer);
            case JSON -> MonitorJson.schrijf(overzicht, buffer);
            case TABLE -> MonitorTabel.print(overzicht, groep, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        }
        if (out == null) {
            Uitvoer.naarStdout(buffer::writeTo);
        } else {
            Uitvoer.naarBestand(out, o -> buffer.writeTo(o));
            System.err.println("Testmonitor geschreven naar " + out);
        }
        return 0;
    }
}
