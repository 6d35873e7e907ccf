package nl.normtoets.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditor;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.RapportSchrijver;
import nl.normtoets.report.Samenvatting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Toetst een auditset (JSON, contract v1) aan de normen 1a.1-5.5.",
                "Print een samenvatting per thema en norm en schrijft het volledige rapport als JSON.",
                "Afgewezen dossiers (ongeldige invoer) staan in het rapport onder 'afgewezen'; de andere worden getoetst."})
final class AuditCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AUDITSET",
            description = "De auditset (JSON-bestand), of een registratie-export (map met CSV-bestanden of .xlsx) "
                    + "die eerst wordt geïmporteerd; dan is --peildatum verplicht.")
    Path auditset;

    @Option(names = "--mapping", paramLabel = "BESTAND",
            description = "Bij een registratie-export: de mapping (YAML) van kolomnamen en codes.")
    Path mapping;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD",
            description = "Toets op deze dag in plaats van de peildatum in het bestand.")
    LocalDate peildatum;

    @Option(names = "--out", paramLabel = "BESTAND", defaultValue = "normtoets-rapport.json",
            description = "Waar het JSON-rapport heen gaat; '-' is standaarduitvoer (de samenvatting gaat dan naar "
                    + "standaardfout). Standaard: ${DEFAULT-VALUE}.")
    String out;

    @Option(names = "--catalog", paramLabel = "BESTAND",
            description = "Een andere normcatalogus (YAML of JSON) dan de meegeleverde rules/normcatalogus.yaml.")
    Path catalog;

    @Override
    public Integer call() throws IOException {
        Normcatalogus catalogus = catalog == null ? CatalogusLezer.standaard() : CatalogusLezer.lees(catalog);
        boolean naarStdout = "-".equals(out);
        PrintStream console = naarStdout ? System.err : System.out;
        // A registration export is imported first; its report (rejected rows) is printed before the audit's.
        Auditset set = ImportCommand.isExport(auditset)
                ? ImportCommand.alsAuditset(auditset, mapping, peildatum, console)
                : new AuditsetLezer().lees(auditset, peildatum);
        Auditrapport rapport = new Auditor(new AuditEngine()).audit(set, catalogus);
        Samenvatting.print(rapport, console);
        if (naarStdout) {
            RapportSchrijver.schrijf(rapport, System.out);
            System.out.println();
        } else {
            Path doel = Path.of(out);
            if (doel.toAbsolutePath().getParent() != null) {
                Files.createDirectories(doel.toAbsolutePath().getParent());
            }
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(doel), 1 << 16)) {
                RapportSchrijver.schrijf(rapport, o);
            } catch (IOException e) {
                throw new OnbruikbareInvoer("kan het rapport niet schrijven naar " + out + ": " + e.getMessage(), e);
            }
            console.println("Rapport geschreven naar " + doel);
        }
        console.flush();
        return 0;
    }

}
