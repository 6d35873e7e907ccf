package nl.normtoets.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.normtoets.geschiedenis.Verbeterplan;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.voortgang.Voortgangsopbouw;
import nl.normtoets.voortgang.Voortgangsopmaak;
import nl.normtoets.voortgang.Voortgangsrapportage;
import nl.normtoets.voortgang.VoortgangXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "voortgang", mixinStandardHelpOptions = true,
        description = {"Een voortgangsrapportage voor de inspecties uit de bewaarde audits van een organisatie: "
                + "formatie per maand, tijdigheid per startmaand tegen de norm, maatregelen zonder vaste "
                + "jeugdbeschermer naast de vorige meting, het oordeel per norm nu en bij de vorige audit, en de "
                + "verbeteracties met hun koers.",
                "Het formaat volgt de extensie van --uitvoer: .html, .pdf of .xlsx."})
final class VoortgangCommand implements Callable<Integer> {

    @Option(names = "--organisatie", paramLabel = "NAAM", required = true, description = "De organisatie.")
    String organisatie;

    @Option(names = "--uitvoer", paramLabel = "BESTAND", required = true,
            description = "Het bestand: .html, .pdf of .xlsx.")
    Path uitvoer;

    @Option(names = "--indicatoren", paramLabel = "IDS", split = ",", defaultValue = "1a.3-A,1a.3-B,1b.3-A",
            description = "De startfase-indicatoren in de tabel tijdigheid (standaard: ${DEFAULT-VALUE}).")
    List<String> indicatoren;

    @Option(names = "--catalogus", paramLabel = "BESTAND",
            description = "Een eigen normcatalogus (YAML) in plaats van de ingebouwde.")
    Path catalogus;

    @Mixin
    Opslagopties opslag;

    @Override
    public Integer call() {
        String naam = uitvoer.getFileName().toString().toLowerCase(Locale.ROOT);
        String soort = naam.endsWith(".html") ? "html" : naam.endsWith(".pdf") ? "pdf"
                : naam.endsWith(".xlsx") ? "xlsx" : null;
        if (soort == null) {
            throw new OnbruikbareInvoer("--uitvoer: gebruik een bestand op .html, .pdf of .xlsx");
        }
        Normcatalogus c = catalogus == null ? CatalogusLezer.standaard() : CatalogusLezer.lees(catalogus);
        Voortgangsrapportage r;
        try (var o = opslag.open()) {
            r = new Voortgangsopbouw(o.archief(), new Verbeterplan(o.ds()), c,
                    new nl.normtoets.geschiedenis.Reviewarchief(o.ds(), o.archief()),
                    nl.normtoets.review.DossierlezingLezer.standaard(c))
                    .maak(organisatie, indicatoren, LocalDate.now())
                    .orElseThrow(() -> new OnbruikbareInvoer("geen bewaarde audits van organisatie " + organisatie
                            + " (bewaar audits met 'audit --bewaar')"));
        }
        Uitvoer.naarBestand(uitvoer, out -> {
            switch (soort) {
                case "html" -> out.write(Voortgangsopmaak.html(r, Map.of()).getBytes(StandardCharsets.UTF_8));
                case "pdf" -> out.write(Voortgangsopmaak.pdf(r));
                default -> VoortgangXlsx.schrijf(r, out);
            }
        });
        System.out.println("Voortgangsrapportage van " + organisatie + " (peildatum "
                + Weergave.datum(r.nu().peildatum()) + (r.vorige() == null ? ""
                : ", vorige " + Weergave.datum(r.vorige().peildatum())) + ") geschreven naar " + uitvoer);
        r.opmerkingen().forEach(m -> System.out.println("Let op: " + m));
        return 0;
    }
}
