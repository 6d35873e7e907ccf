package nl.normtoets.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.normtoets.geschiedenis.Reviewarchief;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.Dossierlezing;
import nl.normtoets.review.DossierlezingLezer;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.blad.Bladinhoud;
import nl.normtoets.review.blad.Bladlezer;
import nl.normtoets.review.blad.Bladrij;
import nl.normtoets.review.blad.Bladschrijver;
import nl.normtoets.review.blad.Lezingblad;
import nl.normtoets.review.blad.Lezingimport;
import nl.normtoets.review.blad.OnleesbaarBlad;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The offline review sheet on the command line: write the current sample's questions of a stored audit to an
 * .xlsx or CSV file, or read a filled-in sheet back into the store. A sheet with any error stores nothing; every
 * error names sheet, row and column (exit code 2).
 */
@Command(name = "lezing", mixinStandardHelpOptions = true,
        description = {"Het reviewblad van de dossierlezing: schrijf de vragen van de steekproef van een bewaarde audit "
                + "naar een werkblad (.xlsx) of CSV, of lees een ingevuld blad in.",
                "Een blad met een fout wordt helemaal niet opgeslagen; elke fout noemt blad, rij en kolom."})
final class LezingCommand implements Callable<Integer> {

    @Option(names = "--audit", required = true, paramLabel = "ID", description = "De bewaarde audit (id uit 'geschiedenis').")
    String audit;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Richting richting;

    static final class Richting {
        @Option(names = "--import", paramLabel = "BESTAND", description = "Lees een ingevuld blad (.xlsx of .csv) in.")
        Path importeer;

        @Option(names = "--export", paramLabel = "BESTAND", description = "Schrijf het blad (.xlsx, anders CSV voor Excel).")
        Path exporteer;
    }

    @Option(names = "--lezer", paramLabel = "NAAM",
            description = "Wie las (de gebruikersnaam die bij de antwoorden wordt bewaard). Standaard: de "
                    + "gebruiker van het besturingssysteem.")
    String lezer;

    @Option(names = "--medewerker", paramLabel = "CODE",
            description = "De medewerkercode van de lezer: dossiers waarop die code staat leest iemand anders "
                    + "(vier ogen), bij export en import.")
    String medewerker;

    @Mixin
    Opslagopties opslag;

    @Override
    public Integer call() {
        String wie = lezer != null && !lezer.isBlank() ? lezer.strip() : System.getProperty("user.name");
        List<String> identiteiten = new ArrayList<>();
        identiteiten.add(wie);
        if (medewerker != null && !medewerker.isBlank()) {
            identiteiten.add(medewerker.strip());
        }
        Dossierlezing lijst = DossierlezingLezer.standaard(CatalogusLezer.standaard());
        try (var o = opslag.open()) {
            Reviewarchief reviews = new Reviewarchief(o.ds(), o.archief());
            Steekproef sp = reviews.huidige(audit).orElseThrow(() -> new OnbruikbareInvoer("audit " + audit
                    + " heeft geen steekproef; trek er eerst een met 'normtoets steekproef --audit " + audit + "'"));
            if (richting.exporteer != null) {
                List<Bladrij> rijen = Lezingimport.rijen(sp, lijst, reviews.antwoorden(sp.id()), identiteiten);
                schrijf(rijen, richting.exporteer);
                System.out.printf("%d rijen (%d dossiers) geschreven naar %s%n", rijen.size(),
                        rijen.stream().map(Bladrij::dossier).distinct().count(), richting.exporteer);
                return 0;
            }
            Path bestand = richting.importeer;
            String naam = bestand.getFileName().toString();
            Bladinhoud inhoud;
            try (InputStream in = Files.newInputStream(bestand)) {
                inhoud = Bladlezer.lees(in, Lezingblad.Soort.vanNaam(naam), naam);
            } catch (IOException e) {
                throw new OnbruikbareInvoer(naam + ": niet te lezen", e);
            }
            List<Dossierantwoorden> antwoorden;
            try {
                antwoorden = Lezingimport.antwoorden(inhoud, sp, lijst, wie, identiteiten, Instant.now());
            } catch (OnleesbaarBlad e) {
                throw new OnbruikbareInvoer(e.getMessage(), e);
            }
            for (Dossierantwoorden a : antwoorden) {
                reviews.bewaarAntwoorden(a, lijst);
            }
            System.out.printf("Opgeslagen: de antwoorden van %d dossier(s) van steekproef %s, lezer %s%n",
                    antwoorden.size(), sp.id(), wie);
            return 0;
        } catch (OnleesbaarBlad e) {
            throw new OnbruikbareInvoer(e.getMessage(), e);
        }
    }

    private static void schrijf(List<Bladrij> rijen, Path doel) {
        Path tijdelijk = doel.toAbsolutePath().resolveSibling(doel.getFileName() + ".tmp");
        try {
            try (OutputStream uit = Files.newOutputStream(tijdelijk)) {
                Bladschrijver.schrijf(rijen, Lezingblad.Soort.vanNaam(doel.getFileName().toString()), uit);
            }
            Files.move(tijdelijk, doel, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
