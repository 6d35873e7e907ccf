package nl.normtoets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import nl.normtoets.audit.Audit;
import nl.normtoets.audit.Gezinsvoorlezing;
import nl.normtoets.audit.Stroomaudit;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.Peilfilter;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Bevindingenregels;
import nl.normtoets.report.Bevindingenspool;
import nl.normtoets.report.Opmaak;
import nl.normtoets.report.RapportSchrijver;
import nl.normtoets.report.Samenvatting;
import nl.normtoets.report.Maandoverzicht;
import nl.normtoets.report.export.Bevindingenexport;
import nl.normtoets.scoring.Meetperiode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Toetst een auditset (JSON, contract v1) aan de normen 1a.1-5.5.",
                "Print een samenvatting per thema en norm en schrijft het volledige rapport als JSON.",
                "Afgewezen dossiers (ongeldige invoer) staan in het rapport onder 'afgewezen'; de andere worden getoetst."})
final class AuditCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AUDITSET",
            description = "De auditset (JSON-bestand), of een registratie-export (map met CSV-bestanden of .xlsx) "
                    + "die eerst wordt geïmporteerd; dan is --peildatum verplicht.")
    Path auditset;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD",
            description = "Toets op deze dag in plaats van de peildatum in het bestand.")
    LocalDate peildatum;

    // no defaultValue: picocli would apply it after parsing and overwrite a value given with the hidden alias
    @Option(names = "--uitvoer", paramLabel = "BESTAND",
            description = "Waar het JSON-rapport heen gaat; '-' is standaarduitvoer (de samenvatting gaat dan naar "
                    + "standaardfout). Eindigt de naam op .gz, dan gecomprimeerd (gzip). Standaard: ${DEFAULT-VALUE}.")
    String uitvoer = "normtoets-rapport.json";

    /** The English spelling of before issue 11, kept for scripts; not in the help. */
    @Option(names = "--out", hidden = true)
    void out(String waarde) {
        uitvoer = waarde;
    }

    @Option(names = "--leesbaar", description = "Ingesprongen JSON, voor mensen (standaard tot en met "
            + Rapportkeuze.GROOT + " dossiers).")
    boolean leesbaar;

    @Option(names = "--compact", description = "JSON zonder inspringing: zelfde velden, ongeveer een kwart kleiner "
            + "(standaard boven " + Rapportkeuze.GROOT + " dossiers).")
    boolean compact;

    @Option(names = "--bevindingen-jsonl", paramLabel = "BESTAND",
            description = "Schrijf de bevindingen ook als JSON Lines (één bevinding per regel, in rapportvolgorde), "
                    + "terwijl de audit loopt. Eindigt de naam op .gz, dan gecomprimeerd (gzip).")
    Path bevindingenJsonl;

    @Option(names = "--periode", paramLabel = "VAN..TOT",
            description = "Meetperiode: de startfase-normen (1a, 1b, 2.2) tellen alleen dossiers die in deze periode "
                    + "startten (grensdagen tellen mee); de doorlopende normen alleen dossiers die op de peildatum "
                    + "lopen. Data als JJJJ-MM-DD of dd-mm-jjjj, bijvoorbeeld 01-10-2025..31-01-2026.")
    String periode;

    @Option(names = "--per-maand", paramLabel = "INDICATOREN", arity = "0..1", fallbackValue = "",
            description = "Print ook de maandtabel: per startmaand te doen, op tijd en aandeel van de "
                    + "startfase-indicatoren, met de streefwaarde als laatste kolom. Optioneel een lijst "
                    + "indicatoren, bijvoorbeeld --per-maand=1a.3-A,1b.3-A (standaard alle).")
    String perMaand;

    @Mixin
    Invoeropties invoer;

    @Option(names = "--per", paramLabel = "JJJJ-MM-DD",
            description = "Toets de auditset of export zoals die op deze dag was: feiten van daarna worden weggelaten "
                    + "(geteld in 'aantallen' van het rapport), niet afgewezen; de dag wordt de peildatum.")
    LocalDate per;

    @Option(names = "--bewaar", description = "Bewaar de audit in de auditopslag (zie --data en 'geschiedenis').")
    boolean bewaar;

    @Mixin
    Opslagopties opslag;

    @Option(names = "--bevindingen", paramLabel = "BESTAND",
            description = "Schrijf ook alle bevindingen met team, regio, gemeente, maatregel en medewerker naar dit "
                    + "bestand: .xlsx (werkmap met filter en vaste kopregel) of .csv (voor Nederlandse Excel).")
    Path bevindingen;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * A CLI audit that works with the store (--bewaar, --data or --database) lets norm 5.2 read the stored
     * verbeterplan when the set has no verbeteracties; without it, the audit touches no database at all.
     */
    private nl.normtoets.audit.Verbeteractiebron verbeteractiebron() {
        if (!bewaar && opslag.data == null && opslag.database == null) {
            return nl.normtoets.audit.Verbeteractiebron.GEEN;
        }
        return (organisatie, dag) -> {
            try (var o = opslag.open()) {
                return new nl.normtoets.geschiedenis.Verbeterplan(o.ds()).alsOrganisatiefeiten(organisatie);
            }
        };
    }

    @Override
    public Integer call() throws IOException {
        Bevindingenexport.Soort exportsoort = exportsoort(); // a wrong extension is a usage error, before any work
        try (Voortgangsmelder voortgang = Voortgangsbalk.open(System.err)) {
            return audit(exportsoort, voortgang);
        }
    }

    private int audit(Bevindingenexport.Soort exportsoort, Voortgangsmelder voortgang) throws IOException {
        Normcatalogus catalogus = invoer.catalogus();
        boolean naarStdout = "-".equals(uitvoer);
        PrintStream console = naarStdout ? System.err : System.out;
        if (leesbaar && compact) {
            throw new CommandLine.ParameterException(spec.commandLine(), "kies --leesbaar of --compact, niet beide");
        }
        Meetperiode meetperiode;
        try {
            meetperiode = periode == null ? null : Meetperiode.lees(periode);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--periode: " + e.getMessage());
        }
        // --per, --bewaar and --bevindingen need the whole set in memory (filter, store, export), and a store named
        // by --data/--database may hold the verbeterplan norm 5.2 reads; the rest streams
        if (per == null && !bewaar && exportsoort == null && opslag.data == null && opslag.database == null
                && invoer.isAuditset(auditset)) {
            return stromend(catalogus, meetperiode, naarStdout, console, voortgang);
        }
        if (!ImportCommand.isExport(auditset)) {
            voortgang.gelezen(0); // a sign of life while a large set is read; an import prints its report first
        }
        // A registration export is imported first; its report (rejected rows) is printed before the audit's.
        Auditset set = invoer.lees(auditset, Peildag.leesdatum(auditset, peildatum, per), console);
        Peilfilter filter = per == null ? null : new Peilfilter(per);
        if (filter != null) {
            set = filter.pas(set);
        }
        Auditrapport gemaakt = new Audit(new AuditEngine()).metVerbeteractiebron(verbeteractiebron())
                .metVoortgang(voortgang).voerUit(set, catalogus, meetperiode);
        Auditrapport rapport = filter == null ? gemaakt
                : gemaakt.metWeggelaten(filter.weggelatenFeiten(), filter.weggelatenDossiers());
        voortgang.onderbreek(); // the summary goes to the same screen
        Samenvatting.print(rapport, console);
        if ("verbeterplan".equals(rapport.verbeteractiesBron())) {
            console.println("Norm 5.2: de auditset had geen verbeteracties; die van het bewaarde verbeterplan zijn "
                    + "gebruikt.");
        }
        Peildag.meld(filter, console);
        printMaand(rapport, console);
        if (bewaar) {
            long start = System.nanoTime();
            var kop = opslag.bewaar(rapport, set, catalogus, auditset, per);
            console.printf(java.util.Locale.forLanguageTag("nl-NL"), "Audit bewaard als %s (%s) in %.1f s%n",
                    kop.id(), opslag.databank().omschrijving(), (System.nanoTime() - start) / 1e9);
        }
        Opmaak opmaak = Rapportkeuze.opmaak(leesbaar, compact, rapport.aantallen().dossiersIngelezen());
        if (bevindingenJsonl != null) {
            Uitvoer.naarBestand(bevindingenJsonl, o -> Rapportkeuze.regels(rapport, o,
                    Rapportkeuze.gzip(bevindingenJsonl.toString())));
        }
        long dossiers = rapport.aantallen().dossiersIngelezen();
        voortgang.geschreven(0);
        if (naarStdout) {
            Uitvoer.naarStdout(o -> {
                RapportSchrijver.schrijf(rapport, o, opmaak);
                o.write('\n');
            });
            voortgang.geschreven(dossiers);
            voortgang.onderbreek();
        } else {
            Path doel = Path.of(uitvoer);
            Uitvoer.naarBestand(doel, o -> Rapportkeuze.schrijf(rapport, o, opmaak, Rapportkeuze.gzip(uitvoer)));
            voortgang.geschreven(dossiers);
            voortgang.onderbreek();
            console.println("Rapport geschreven naar " + doel);
        }
        if (exportsoort != null) {
            schrijfBevindingen(rapport, set);
            console.println("Bevindingen geschreven naar " + bevindingen);
        }
        console.flush();
        return eindcode(rapport, spec.commandLine().getErr());
    }

    /** The findings export by the file's extension; anything but .xlsx or .csv is refused before the audit runs. */
    private Bevindingenexport.Soort exportsoort() {
        if (bevindingen == null) {
            return null;
        }
        String naam = bevindingen.getFileName() == null ? "" : bevindingen.getFileName().toString();
        String klein = naam.toLowerCase(java.util.Locale.ROOT);
        if (!klein.endsWith(".xlsx") && !klein.endsWith(".csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bevindingen: de bestandsnaam eindigt op "
                    + ".xlsx (werkmap) of .csv (Nederlandse Excel), niet zoals '" + naam + "'");
        }
        return Bevindingenexport.Soort.vanBestand(bevindingen);
    }

    private void schrijfBevindingen(Auditrapport rapport, Auditset set) {
        try {
            Bevindingenexport.schrijf(rapport, set.dossiers(), bevindingen);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Schrijffout(bevindingen.toString(), e);
        }
    }

    /**
     * 0, or {@link Exitcodes#NIETS_GETOETST} when no dossier was judged (none in the set, every one rejected, or all
     * left out by {@code --per}): the report is written, but a script must not take it for an audit.
     */
    static int eindcode(Auditrapport rapport, java.io.PrintWriter err) {
        var a = rapport.aantallen();
        if (a.dossiersGetoetst() > 0) {
            return Exitcodes.GELUKT;
        }
        err.println("normtoets: niets te toetsen: geen enkel dossier is getoetst (" + a.dossiersIngelezen()
                + " ingelezen, " + a.dossiersAfgewezen() + " afgewezen); het rapport is wel geschreven");
        err.flush();
        return Exitcodes.NIETS_GETOETST;
    }

    private void printMaand(Auditrapport rapport, PrintStream console) {
        if (perMaand != null && rapport.maandtabel() != null) {
            List<String> ids = Arrays.stream(perMaand.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
            console.println();
            Maandoverzicht.print(rapport.maandtabel().alleen(ids), console);
        }
    }

    /**
     * An audit set (JSON) streams: findings go to a spool beside the report while the dossiers are judged, and the
     * report is written from it, so memory does not grow with the number of dossiers (see docs/ontwerp.md).
     */
    private int stromend(Normcatalogus catalogus, Meetperiode meetperiode, boolean naarStdout, PrintStream console,
                         Voortgangsmelder voortgang) throws IOException {
        voortgang.gelezen(0);
        // the first pass finds each family's last dossier (rule 1a.2-D) and counts the dossiers (layout by size)
        Gezinsvoorlezing voorlezing = Gezinsvoorlezing.lees(auditset);
        Opmaak opmaak = Rapportkeuze.opmaak(leesbaar, compact, voorlezing.dossiers());
        boolean gzip = !naarStdout && Rapportkeuze.gzip(uitvoer);
        Path doel = naarStdout ? null : Path.of(uitvoer).toAbsolutePath();
        Path map = doel == null || doel.getParent() == null ? Path.of(System.getProperty("java.io.tmpdir"))
                : doel.getParent();
        Bevindingenspool geopend;
        try {
            Files.createDirectories(map);
            geopend = new Bevindingenspool(map, opmaak, gzip);
        } catch (IOException | UncheckedIOException e) {
            throw new Schrijffout(naarStdout ? "standaarduitvoer" : uitvoer, e);
        }
        try (Bevindingenspool spool = geopend) {
            Auditrapport[] gemaakt = new Auditrapport[1];
            if (bevindingenJsonl == null) {
                gemaakt[0] = new Stroomaudit().metVoortgang(voortgang).voerUit(auditset, voorlezing, peildatum,
                        catalogus, meetperiode, spool, List.of());
            } else {
                // the JSON Lines are written while the audit runs, into a file moved into place when it is complete
                Uitvoer.naarBestand(bevindingenJsonl, o -> gemaakt[0] = new Stroomaudit().metVoortgang(voortgang)
                        .voerUit(auditset, voorlezing, peildatum, catalogus, meetperiode, spool,
                                List.of(new Bevindingenregels(o, Rapportkeuze.gzip(bevindingenJsonl.toString())))));
            }
            Auditrapport skelet = gemaakt[0];
            voortgang.onderbreek(); // the summary goes to the same screen
            Samenvatting.print(skelet, console);
            printMaand(skelet, console);
            if (naarStdout) {
                Uitvoer.naarStdout(o -> {
                    spool.schrijfRapport(skelet, o);
                    o.write('\n');
                });
            } else {
                Uitvoer.naarBestand(Path.of(uitvoer), o -> spool.schrijfRapport(skelet, o));
                console.println("Rapport geschreven naar " + Path.of(uitvoer));
            }
            console.flush();
            return eindcode(skelet, spec.commandLine().getErr());
        } catch (UncheckedIOException e) {
            throw new Schrijffout(naarStdout ? "standaarduitvoer" : uitvoer, e); // the spool beside the report
        }
    }

}
