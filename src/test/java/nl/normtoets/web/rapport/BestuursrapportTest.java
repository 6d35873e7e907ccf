package nl.normtoets.web.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The board's PDF of fixtures/demo.json: title page, table of contents with bookmarks, page numbers, summary on one
 * page, and no text outside the page's printable width (a table that loses a column would run past the margin).
 * Writes target/bestuursrapport-*.pdf and page images (pdftoppm) for a human look.
 */
class BestuursrapportTest {

    static Rapportdemo demo;
    static byte[] samenvatting;
    static byte[] volledig;

    @BeforeAll
    static void maak() throws IOException {
        demo = Rapportdemo.demo();
        RapportOpmaak opmaak = Rapportdemo.opmaak();
        samenvatting = opmaak.pdf(demo.rapport, demo.herkomst(), null, Variant.SAMENVATTING);
        volledig = opmaak.pdf(demo.rapport, demo.herkomst(), null, Variant.VOLLEDIG);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bestuursrapport-samenvatting.pdf"), samenvatting);
        Files.write(Path.of("target", "bestuursrapport-volledig.pdf"), volledig);
    }

    @Test
    void titelpaginaNoemtOrganisatiePeildatumGemaaktEnCatalogus() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samenvatting)) {
            String titel = tekst(pdf, 1, 1);
            assertThat(titel).contains("Toetsingsrapport").contains("JBN").contains("10 maart 2025")
                    .contains("Gemaakt op").contains("11 maart 2025").contains("Normcatalogus")
                    .contains("versie " + demo.rapport.catalogusVersie()).contains("Periode");
            assertThat(titel).as("geen paginanummer op de titelpagina").doesNotContain("Pagina 1");
        }
    }

    @Test
    void inhoudsopgaveMetPaginanummersEnBladwijzers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(volledig)) {
            String inhoud = tekst(pdf, 2, 2);
            assertThat(inhoud).contains("Inhoud").contains("Managementsamenvatting").contains("Oordeel per norm")
                    .contains("Tekortkomingen per norm");
            // each TOC line ends with the page number on which that section starts
            Matcher m = Pattern.compile("Managementsamenvatting\\s+(\\d+)").matcher(inhoud);
            assertThat(m.find()).isTrue();
            int pagina = Integer.parseInt(m.group(1));
            assertThat(tekst(pdf, pagina, pagina)).contains("Managementsamenvatting").contains("Oordeel per thema");
            List<String> bladwijzers = new ArrayList<>();
            for (PDOutlineItem i : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bladwijzers.add(i.getTitle());
            }
            assertThat(bladwijzers).contains("Titelpagina", "Inhoud", "Managementsamenvatting", "Oordeel per norm",
                    "Tekortkomingen per norm", "Verantwoording");
        }
    }

    @Test
    void paginanummersEnKopregelVanafPaginaTwee() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samenvatting)) {
            int n = pdf.getNumberOfPages();
            assertThat(n).isGreaterThan(3);
            for (int p = 2; p <= n; p++) {
                assertThat(tekst(pdf, p, p)).as("pagina %d", p).contains("Pagina " + p + " van " + n)
                        .contains("Toetsingsrapport JBN - peildatum 10-03-2025");
            }
        }
    }

    @Test
    void samenvattingPastOpEenPaginaEnHeeftGeenDossiertekst() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samenvatting)) {
            String alles = tekst(pdf, 1, pdf.getNumberOfPages());
            assertThat(alles).doesNotContain("Tekortkomingen per norm").doesNotContain("D-0");
            String s = tekst(pdf, 3, 3);
            assertThat(s).contains("Managementsamenvatting").contains("Oordeel per thema").contains("De laagste normen");
            assertThat(tekst(pdf, 4, 4)).doesNotContain("De laagste normen").contains("Oordeel per norm");
        }
        try (PDDocument pdf = Loader.loadPDF(volledig)) {
            assertThat(tekst(pdf, 1, pdf.getNumberOfPages())).contains("Tekortkomingen per norm").contains("D-0");
        }
    }

    /** Every glyph lies inside the A4 page minus a few mm: nothing is cut off at the right edge. */
    @Test
    void alleTekstBinnenDePagina() throws IOException {
        for (byte[] b : List.of(samenvatting, volledig)) {
            try (PDDocument pdf = Loader.loadPDF(b)) {
                List<String> buiten = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> posities) throws IOException {
                        PDPage page = getCurrentPage();
                        float breedte = page.getMediaBox().getWidth();
                        for (TextPosition t : posities) {
                            if (t.getXDirAdj() < 28 || t.getXDirAdj() + t.getWidthDirAdj() > breedte - 28) {
                                buiten.add(getCurrentPageNo() + ": " + text);
                                break;
                            }
                        }
                        super.writeString(text, posities);
                    }
                };
                s.getText(pdf);
                assertThat(buiten).as("tekst buiten de marges").isEmpty();
            }
        }
    }

    @Test
    void oordeelMarkeringBlijftBijHetLabel() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samenvatting)) {
            String alles = tekst(pdf, 1, pdf.getNumberOfPages());
            // the marker and its label are on one line: "● Voldoet grotendeels niet", never "●" alone on a line
            assertThat(alles).contains("\u25CF Voldoet");
            assertThat(alles.lines().filter(l -> l.strip().equals("\u25CF"))).isEmpty();
        }
    }

    /** Page images for a human look (not an assertion of looks): target/bestuursrapport-*.png. */
    @Test
    void paginabeeldenVoorBeoordeling() throws Exception {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        if (!Files.isExecutable(pdftoppm)) {
            return; // poppler-utils missing: the PDF itself is still in target/
        }
        for (String v : List.of("samenvatting", "volledig")) {
            Process p = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "60",
                    "target/bestuursrapport-" + v + ".pdf", "target/bestuursrapport-" + v)
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        try (var pngs = Files.list(Path.of("target"))) {
            assertThat(pngs.filter(f -> f.getFileName().toString().startsWith("bestuursrapport-samenvatting")
                    && f.toString().endsWith(".png"))).isNotEmpty();
        }
    }

    static String tekst(PDDocument pdf, int van, int tot) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(van);
        s.setEndPage(tot);
        return s.getText(pdf);
    }
}
