package nl.normtoets.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Testmonitor: welke dossiers lopen risico, voor wie en waarom.",
                "Signalen komen uit dezelfde regels en normcatalogus als de audit: VERLOPEN (over de termijn) en "
                        + "BINNENKORT (vervalt binnen de horizon), op prioriteit 1-4. Registratiefouten staan apart."})
final class MonitorCommand implements Callable<Integer> {

    enum Formaat { TABEL, CSV, JSON }

    /** Dutch values, case-insensitive; the English {@code table} of before issue 11 still works. */
    static final class Formaatlezer implements ITypeConverter<Formaat> {
        @Override
        public Formaat convert(String waarde) {
            return switch (waarde.trim().toLowerCase(Locale.ROOT)) {
                case "tabel", "table" -> Formaat.TABEL;
                case "csv" -> Formaat.CSV;
                case "json" -> Formaat.JSON;
                default -> throw new TypeConversionException("'" + waarde + "' is geen formaat; kies tabel, csv of json");
            };
        }
    }

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

    @Option(names = "--team", paramLabel = "TEAM", description = "Alleen de dossiers van dit team (hoofdletters "
            + "maken niet uit; een onbekend team is een fout met de lijst van bekende teams).")
    String team;

    @Option(names = "--met-afgehandeld", description = "Zet ook de eerste termijnen die te laat zijn gehaald in de "
            + "uitvoer (kolom teLaatGedaan); die staan niet op de ochtendlijst.")
    boolean metAfgehandeld;

    @Option(names = "--groep", paramLabel = "GROEP", defaultValue = "TEAM",
            description = "Groepering van de tabel: ${COMPLETION-CANDIDATES}. Standaard: team.")
    Groepering groep;

    // no defaultValue: picocli would apply it after parsing and overwrite a value given with the hidden alias
    @Option(names = "--formaat", paramLabel = "FORMAAT", converter = Formaatlezer.class,
            description = "tabel, csv (Excel: ';', UTF-8 met BOM, dd-mm-jjjj) of json. Standaard: tabel.")
    Formaat formaat = Formaat.TABEL;

    @Option(names = "--uitvoer", paramLabel = "BESTAND", description = "Schrijf naar dit bestand in plaats van "
            + "standaarduitvoer.")
    Path uitvoer;

    // the English spellings of before issue 11, kept for scripts; not in the help
    @Option(names = "--format", hidden = true, converter = Formaatlezer.class)
    void format(Formaat waarde) {
        formaat = waarde;
    }

    @Option(names = "--out", hidden = true)
    void out(Path bestand) {
        uitvoer = bestand;
    }

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
        String gekozen = Monitoroverzicht.kiesTeam(team,
                set.dossiers().stream().map(d -> d.team()).filter(t -> t != null).distinct().toList());
        Monitoroverzicht overzicht = Monitor.overzicht(catalogus, set.peildatum(), horizon, set.dossiers(),
                set.organisatieFeiten()).voorTeam(gekozen);
        java.util.List<nl.normtoets.monitor.Monitorsignaal> rijen = new java.util.ArrayList<>(overzicht.signalen());
        if (metAfgehandeld) {
            rijen.addAll(overzicht.afgehandeldTeLaat());
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        switch (formaat) {
            case CSV -> MonitorCsv.schrijf(rijen, buffer);
            case JSON -> MonitorJson.schrijf(overzicht, buffer);
            case TABEL -> MonitorTabel.print(overzicht, groep, metAfgehandeld,
                    new PrintStream(buffer, true, StandardCharsets.UTF_8));
        }
        if (uitvoer == null) {
            Uitvoer.naarStdout(buffer::writeTo);
        } else {
            Uitvoer.naarBestand(uitvoer, o -> buffer.writeTo(o));
            System.err.println("Testmonitor geschreven naar " + uitvoer);
        }
        return 0;
    }
}
