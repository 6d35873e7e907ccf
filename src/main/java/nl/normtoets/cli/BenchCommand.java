package nl.normtoets.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import nl.normtoets.bench.Benchmark;
import nl.normtoets.bench.Benchmark.Uitslag;
import nl.normtoets.bench.Opslagmeting;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Meet de snelheid van lezen en toetsen op synthetische sets (zie docs/benchmark.md).",
                "Meet lezen (a), een gewone-Java-basislijn (b) en de volledige audit (c) op sets van de gegeven "
                        + "groottes, plus piekheap en opstarttijd; schrijft de tabel ook als JSON."})
final class BenchCommand implements Callable<Integer> {

    // Options with a hidden English alias get their default as the field's value, not as defaultValue: picocli
    // applies a defaultValue after parsing and would overwrite what the alias set.
    @Option(names = "--groottes", split = ",", paramLabel = "N",
            description = "Aantallen dossiers. Standaard: 1000,10000,100000.")
    List<Integer> groottes = List.of(1000, 10000, 100000);

    @Option(names = "--opwarmen", paramLabel = "N", description = "Opwarmrondes. Standaard: ${DEFAULT-VALUE}.")
    int opwarmen = 3;

    @Option(names = "--herhalingen", paramLabel = "N", description = "Herhalingen per grootte (beste telt; 1 bij "
            + "100 000 of meer). Standaard: ${DEFAULT-VALUE}.")
    int herhalingen = 3;

    @Option(names = "--startwaarde", paramLabel = "S", description = "Startwaarde van het toeval voor de sets. "
            + "Standaard: ${DEFAULT-VALUE}.")
    long startwaarde = 20250310;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", defaultValue = "2025-03-10",
            description = "Peildatum van de sets. Standaard: ${DEFAULT-VALUE}.")
    LocalDate peildatum;

    @Option(names = "--profiel", paramLabel = "NAAM", defaultValue = "jbn-2025",
            description = "Kalibratieprofiel van de sets: jbn-2025 of jbn-2026. Standaard: ${DEFAULT-VALUE}.")
    String profiel;

    @Option(names = "--werkmap", paramLabel = "MAP", description = "Waar de sets komen. Standaard: ${DEFAULT-VALUE}.")
    Path werkmap = Path.of("target/bench");

    @Option(names = "--uitvoer", paramLabel = "BESTAND", description = "Waar de tabel als JSON heen gaat. "
            + "Standaard: ${DEFAULT-VALUE}.")
    Path uitvoer = Path.of("target/bench.json");

    @Option(names = "--demo", paramLabel = "BESTAND", defaultValue = "fixtures/demo.json", description = "Set voor de opstartmeting.")
    Path demo;

    @Option(names = "--geen-eind-tot-eind", description = "Sla de meting van een koude audit van de grootste set "
            + "(met rapport schrijven) over.")
    boolean geenEindTotEind;

    @Option(names = "--geen-opslag", description = "Sla de meting van het bewaren in de auditopslag (en het "
            + "teruglezen van de samenvatting) over.")
    boolean geenOpslag;

    @Option(names = "--opslag-url", paramLabel = "JDBC-URL", description = "Meet de opslag ook op deze PostgreSQL-"
            + "databank (gebruiker en wachtwoord uit NORMTOETS_DATABASE_USER en NORMTOETS_DATABASE_PASSWORD); "
            + "H2 wordt altijd gemeten.")
    String opslagUrl;

    @Option(names = "--jar", paramLabel = "BESTAND", description = "Jar voor de opstartmeting (standaard: de jar waaruit bench draait).")
    Path jar;

    // the English spellings of before issue 11, kept for scripts; not in the help
    @Option(names = "--sizes", split = ",", hidden = true)
    void sizes(List<Integer> waarden) {
        groottes = waarden;
    }

    @Option(names = "--warmup", hidden = true)
    void warmup(int waarde) {
        opwarmen = waarde;
    }

    @Option(names = "--repeat", hidden = true)
    void repeat(int waarde) {
        herhalingen = waarde;
    }

    @Option(names = "--seed", hidden = true)
    void seed(long waarde) {
        startwaarde = waarde;
    }

    @Option(names = "--workdir", hidden = true)
    void workdir(Path map) {
        werkmap = map;
    }

    @Option(names = "--out", hidden = true)
    void out(Path bestand) {
        uitvoer = bestand;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        // every catalog indicator has a rule (the engine refuses a catalog where one has not)
        Normcatalogus catalogus = CatalogusLezer.standaard();
        int totaal = catalogus.indicatoren(Niveau.DOSSIER).size();
        String opmerking = null;
        var runtime = Runtime.getRuntime();
        String machine = runtime.availableProcessors() + " cores, max heap " + runtime.maxMemory() / (1024 * 1024)
                + " MB, " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
        Benchmark bench = new Benchmark(werkmap, Profiel.van(profiel), startwaarde, peildatum, opwarmen, herhalingen,
                System.out);
        Opslagmeting opslag = geenOpslag ? null : new Opslagmeting(werkmap, opslagUrl, System.out);
        bench.metOpslag(opslag);
        double belastingVoor = Benchmark.belasting();
        var metingen = bench.meet(groottes, catalogus);
        Path deJar = jar != null ? jar : eigenJar();
        Double opstart = Benchmark.opstart(deJar, demo, werkmap.resolve("demo-rapport.json"));
        int grootste = groottes.stream().mapToInt(Integer::intValue).max().orElse(0);
        var eindTotEind = geenEindTotEind ? null : Benchmark.eindTotEind(deJar, grootste, bench.bestand(grootste),
                werkmap.resolve("rapport-" + grootste + ".json"));
        Uitslag u = new Uitslag(LocalDate.now().toString(), machine, "Java " + System.getProperty("java.version")
                + " " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), profiel, startwaarde,
                peildatum.toString(), opwarmen, herhalingen, totaal, metingen, opstart, eindTotEind, belastingVoor,
                Benchmark.belasting(), opmerking, opslag == null ? null : opslag.metingen());
        System.out.println();
        System.out.print(Benchmark.tabel(u));
        if (uitvoer.toAbsolutePath().getParent() != null) {
            Files.createDirectories(uitvoer.toAbsolutePath().getParent());
        }
        AuditsetLezer.MAPPER.writerWithDefaultPrettyPrinter().writeValue(uitvoer.toFile(), u);
        System.out.println("JSON geschreven naar " + uitvoer);
        return 0;
    }

    private static Path eigenJar() {
        try {
            String pad = BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toString();
            // inside the Spring Boot fat jar the location is "jar:nested:/.../normtoets.jar/!BOOT-INF/classes/!/"
            int jar = pad.indexOf(".jar");
            if (jar < 0) {
                return Path.of("target/normtoets.jar");
            }
            String bestand = pad.substring(0, jar + 4).replaceFirst("^jar:", "").replaceFirst("^nested:", "")
                    .replaceFirst("^file:", "");
            return Path.of(bestand);
        } catch (RuntimeException e) {
            return Path.of("target/normtoets.jar");
        }
    }
}
