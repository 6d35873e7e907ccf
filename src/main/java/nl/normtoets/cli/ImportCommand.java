package nl.normtoets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.AuditsetSchrijver;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.ingest.tabel.Importeur;
import nl.normtoets.ingest.tabel.Importresultaat;
import nl.normtoets.ingest.tabel.Importsamenvatting;
import nl.normtoets.ingest.tabel.Mapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Zet een registratie-export (map met CSV-bestanden of één .xlsx-werkboek) om naar een "
                + "auditset (JSON, contract v1).",
                "Print per tabel hoeveel rijen gelezen, geïmporteerd en afgewezen zijn, elke afgewezen rij met "
                        + "bestand, regel en kolom, en een datakwaliteitsverslag."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPORT", description = "Map met CSV-bestanden of een .xlsx-werkboek.")
    Path export;

    @Option(names = "--mapping", paramLabel = "BESTAND",
            description = "Mapping (YAML) van de kolomnamen en codes van de GI naar het contract.")
    Path mapping;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", required = true,
            description = "De dag waarop getoetst wordt; feiten daarna worden afgewezen.")
    LocalDate peildatum;

    @Option(names = "--organisatie", paramLabel = "NAAM", description = "Naam van de GI (anders uit de mapping).")
    String organisatie;

    // no defaultValue: picocli would apply it after parsing and overwrite a value given with the hidden alias
    @Option(names = "--uitvoer", paramLabel = "BESTAND",
            description = "Waar de auditset heen gaat. Standaard: ${DEFAULT-VALUE}.")
    Path uitvoer = Path.of("audit-set.json");

    /** The English spelling of before issue 11, kept for scripts; not in the help. */
    @Option(names = "--out", hidden = true)
    void out(Path bestand) {
        uitvoer = bestand;
    }

    @Option(names = "--verslag", paramLabel = "BESTAND",
            description = "Schrijf ook het volledige importverslag (JSON): alle fouten en datakwaliteit.")
    Path verslag;

    @Override
    public Integer call() throws IOException {
        Importresultaat r = importeer(export, mapping, peildatum, organisatie);
        Importsamenvatting.print(r, System.out);
        Uitvoer.naarBestand(uitvoer, o -> AuditsetSchrijver.schrijf(o, r.peildatum(), r.organisatie(),
                r.dossiers().iterator(), r::organisatieFeiten, true));
        System.out.println("Auditset geschreven naar " + uitvoer);
        if (verslag != null) {
            Uitvoer.naarBestand(verslag,
                    o -> AuditsetLezer.MAPPER.writerWithDefaultPrettyPrinter().writeValue(o, r.verslag()));
            System.out.println("Importverslag geschreven naar " + verslag);
        }
        return 0;
    }

    static boolean isExport(Path pad) {
        return Importeur.isExport(pad);
    }

    static Importresultaat importeer(Path export, Path mapping, LocalDate peildatum, String organisatie) {
        Mapping m = mapping == null ? Mapping.LEEG : Mapping.lees(mapping);
        return new Importeur(m).importeer(export, peildatum, organisatie);
    }

    /**
     * For {@code audit <map-of-xlsx>}: imports, prints the import report, and reads the result back through the
     * JSON reader so it gets the same checks as a JSON audit set. Dossiers the import rejected join the report's
     * {@code afgewezen}.
     */
    static Auditset alsAuditset(Path export, Path mapping, LocalDate peildatum, PrintStream console)
            throws IOException {
        if (peildatum == null) {
            throw new OnbruikbareInvoer(export + ": een export heeft geen peildatum; geef --peildatum");
        }
        Importresultaat r = importeer(export, mapping, peildatum, null);
        Importsamenvatting.print(r, console);
        console.println();
        return r.alsAuditset();
    }

}
