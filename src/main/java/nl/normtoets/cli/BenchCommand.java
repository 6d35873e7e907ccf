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
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Meet lezen (a), een gewone-Java-basislijn (b) en de volledige audit (c) op synthetische sets",
                "van de gegeven groottes, plus piekheap en opstarttijd; schrijft de tabel ook als JSON."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000",
            description = "Aantallen dossiers. Standaard: ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(names = "--warmup", defaultValue = "3", description = "Opwarmrondes. Standaard: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--repeat", defaultValue = "3", description = "Herhalingen per grootte (beste telt; 1 bij "
            + "100 000 of meer). Standaard: ${DEFAULT-VALUE}.")
    int herhalingen;

    @Option(names = "--seed", defaultValue = "20250310")
    long seed;

    @Option(names = "--peildatum", defaultValue = "2025-03-10")
    LocalDate peildatum;

    @Option(names = "--profiel", defaultValue = "jbn-2025")
    String profiel;

    @Option(names = "--workdir", defaultValue = "target/bench", description = "Waar de sets komen.")
    Path werkmap;

    @Option(names = "--out", defaultValue = "target/bench.json")
    Path out;

    @Option(names = "--demo", defaultValue = "fixtures/demo.json", description = "Set voor de opstartmeting.")
    Path demo;

    @Option(names = "--geen-eind-tot-eind", description = "Sla de meting van een koude audit van de grootste set "
            + "(met rapport schrijven) over.")
    boolean geenEindTotEind;

    @Option(names = "--jar", description = "Jar voor de opstartmeting (standaard: de jar waaruit bench draait).")
    Path jar;

    @Override
    public Integer call() throws IOException, InterruptedException {
        // every catalog indicator has a rule (the engine refuses a catalog where one has not)
        Normcatalogus catalogus = CatalogusLezer.standaard();
        int totaal = catalogus.indicatoren(Niveau.DOSSIER).size();
        String opmerking = null;
        var runtime = Runtime.getRuntime();
        String machine = runtime.availableProcessors() + " cores, max heap " + runtime.maxMemory() / (1024 * 1024)
                + " MB, " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
        Benchmark bench = new Benchmark(werkmap, Profiel.van(profiel), seed, peildatum, warmup, herhalingen,
                System.out);
        double belastingVoor = Benchmark.belasting();
        var metingen = bench.meet(sizes, catalogus);
        Path deJar = jar != null ? jar : eigenJar();
        Double opstart = Benchmark.opstart(deJar, demo, werkmap.resolve("demo-rapport.json"));
        int grootste = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        var eindTotEind = geenEindTotEind ? null : Benchmark.eindTotEind(deJar, grootste, bench.bestand(grootste),
                werkmap.resolve("rapport-" + grootste + ".json"));
        Uitslag u = new Uitslag(LocalDate.now().toString(), machine, "Java " + System.getProperty("java.version")
                + " " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), profiel, seed,
                peildatum.toString(), warmup, herhalingen, totaal, metingen, opstart, eindTotEind, belastingVoor,
                Benchmark.belasting(), opmerking);
        System.out.println();
        System.out.print(Benchmark.tabel(u));
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        AuditsetLezer.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), u);
        System.out.println("JSON geschreven naar " + out);
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
