package nl.normtoets.web.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A manual check, not part of the normal run: renders the full PDF of a large generated set once and prints the
 * time (never asserted). Run with {@code -Dnormtoets.groteset=PAD}, e.g. a set of 975 dossiers made by
 * {@code normtoets genereer --dossiers 975}.
 */
@EnabledIfSystemProperty(named = "normtoets.groteset", matches = ".+")
class GrootRapportTest {

    @Test
    void volledigePdfVanEenGroteSet() throws Exception {
        Rapportdemo set = Rapportdemo.van(Path.of(System.getProperty("normtoets.groteset")));
        RapportOpmaak opmaak = Rapportdemo.opmaak();
        opmaak.pdf(set.rapport, set.herkomst(), null, Variant.SAMENVATTING); // warm-up: fonts, templates, classes
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        byte[] pdf = opmaak.pdf(set.rapport, set.herkomst(), null, Variant.VOLLEDIG);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000; // wall time on a busy machine says little
        long t1 = System.nanoTime();
        byte[] kort = opmaak.pdf(set.rapport, set.herkomst(), null, Variant.SAMENVATTING);
        long msKort = (System.nanoTime() - t1) / 1_000_000;
        Files.write(Path.of("target", "groot-volledig.pdf"), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf); var doc2 = org.apache.pdfbox.Loader.loadPDF(kort)) {
            System.out.printf("groot rapport: %d dossiers; volledig %d pagina's, %d kB in %d ms (cpu %d ms); samenvatting %d "
                    + "pagina's in %d ms%n", set.set.dossiers().size(), doc.getNumberOfPages(), pdf.length / 1024, ms, cpu,
                    doc2.getNumberOfPages(), msKort);
        }
        assertThat(pdf).isNotEmpty();
    }
}
