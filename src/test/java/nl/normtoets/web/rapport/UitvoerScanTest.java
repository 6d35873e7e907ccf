package nl.normtoets.web.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Betrokkene;
import nl.normtoets.dossier.Contactvorm;
import nl.normtoets.dossier.Leefgebied;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.PlanSoort;
import nl.normtoets.dossier.TaxatieSoort;
import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.organisatie.Functie;
import nl.normtoets.report.Samenvatting;
import nl.normtoets.report.export.Bevindingenexport;
import nl.normtoets.report.export.Bevindingrijen;
import nl.normtoets.scoring.Oordeel;

/**
 * Every output for people of the demo set (HTML report, dossier pages, PDF text, CSV, xlsx, console summary) is
 * scanned for what a person should never read: an ISO date, a raw enum value, an internal (camelCase) evidence key.
 * The JSON report is the only output that keeps them.
 */
class UitvoerScanTest {

    static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Abbreviations are their own label (OTS, CCP, GI); everything else must not show its enum spelling. */
    static final Set<String> AFKORTINGEN = Set.of("OTS", "JR", "GI", "CCP", "CRT");

    static Rapportdemo demo;
    static Map<String, String> uitvoer = new LinkedHashMap<>();
    static Set<String> enumwaarden = new LinkedHashSet<>();
    static Set<String> interneSleutels = new LinkedHashSet<>();

    @BeforeAll
    static void maakAlleUitvoer() throws Exception {
        demo = Rapportdemo.demo();
        RapportOpmaak opmaak = Rapportdemo.opmaak();
        uitvoer.put("html", tekstVanHtml(opmaak.html(demo.rapport, demo.herkomst(), null, null)));
        StringBuilder dossiers = new StringBuilder();
        for (var d : demo.set.dossiers()) {
            List<Bevinding> b = demo.rapport.bevindingen().stream().filter(x -> d.id().equals(x.dossier())).toList();
            dossiers.append(tekstVanHtml(opmaak.dossier("demo", demo.rapport.peildatum(), d.id(), d.team(), d, b,
                    List.of(), null)));
        }
        uitvoer.put("dossierpagina's", dossiers.toString());
        for (Variant v : Variant.values()) {
            try (PDDocument pdf = Loader.loadPDF(opmaak.pdf(demo.rapport, demo.herkomst(), null, v))) {
                uitvoer.put("pdf " + v, new PDFTextStripper().getText(pdf));
            }
        }
        var rijen = Bevindingrijen.van(demo.rapport, demo.set.dossiers());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Bevindingenexport.schrijf(rijen, Bevindingenexport.Soort.CSV, csv);
        uitvoer.put("csv", csv.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Bevindingenexport.schrijf(rijen, Bevindingenexport.Soort.XLSX, xlsx);
        StringBuilder cellen = new StringBuilder();
        DataFormatter df = new DataFormatter(nl.normtoets.report.NlOpmaak.NL);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    cellen.append(df.formatCellValue(c)).append('\t');
                }
                cellen.append('\n');
            }
        }
        uitvoer.put("xlsx", cellen.toString());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Samenvatting.print(demo.rapport, new PrintStream(console, true, StandardCharsets.UTF_8));
        uitvoer.put("console", console.toString(StandardCharsets.UTF_8));

        for (Class<? extends Enum<?>> e : List.of(Oordeel.class, Uitkomst.class, Maatregel.class, Werkwijze.class,
                Contactvorm.class, Betrokkene.class, Leefgebied.class, PlanSoort.class, TaxatieSoort.class,
                Functie.class)) {
            for (Enum<?> w : e.getEnumConstants()) {
                if (!AFKORTINGEN.contains(w.name())) {
                    enumwaarden.add(w.name());
                }
            }
        }
        for (Bevinding b : demo.rapport.bevindingen()) {
            for (String k : b.bewijs().keySet()) {
                if (!k.equals(k.toLowerCase(java.util.Locale.ROOT)) || k.matches(".*\\d.*")) {
                    interneSleutels.add(k);
                }
            }
        }
    }

    @Test
    void deDemoSetLevertAlleSoortenUitvoerMetInhoud() {
        assertThat(uitvoer.keySet()).hasSize(7);
        uitvoer.forEach((soort, tekst) -> assertThat(tekst).as(soort).hasSizeGreaterThan(500));
        assertThat(interneSleutels).as("de demo-set heeft camelCase-bewijssleutels om op te letten")
                .contains("toewijzingVanaf", "contactmoment3", "aantalBinnenTermijn");
        assertThat(uitvoer.get("html")).contains("Voldoet grotendeels niet").contains("face-to-face");
    }

    @Test
    void geenIsoDatumInUitvoerVoorMensen() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        uitvoer.forEach((soort, tekst) -> t.put(soort, treffers(ISO, tekst)));
        assertThat(t).as("ISO-datums").allSatisfy((soort, lijst) -> assertThat(lijst).as(soort).isEmpty());
    }

    @Test
    void geenRuweEnumwaarde() {
        // enum names, UPPER_SNAKE codes, and free codes in capitals such as risks (MISHANDELING)
        Pattern p = Pattern.compile("\\b(" + String.join("|", enumwaarden) + ")\\b|\\b[A-Z]+_[A-Z_]+\\b"
                + "|\\b(MISHANDELING|AGRESSIE|SCHOOLVERZUIM|VECHTSCHEIDING|MIDDELENGEBRUIK|VERWAARLOZING)\\b");
        Map<String, List<String>> t = new LinkedHashMap<>();
        uitvoer.forEach((soort, tekst) -> t.put(soort, treffers(p, tekst)));
        assertThat(t).as("enumwaarden").allSatisfy((soort, lijst) -> assertThat(lijst).as(soort).isEmpty());
    }

    @Test
    void geenInterneBewijssleutel() {
        Pattern p = Pattern.compile("\\b(" + String.join("|", interneSleutels) + ")\\b");
        Map<String, List<String>> t = new LinkedHashMap<>();
        uitvoer.forEach((soort, tekst) -> t.put(soort, treffers(p, tekst)));
        assertThat(t).as("bewijssleutels").allSatisfy((soort, lijst) -> assertThat(lijst).as(soort).isEmpty());
    }

    @Test
    void geenDecimalePuntInGetallen() {
        // 12.72 or 0.89 in prose; norm and indicator ids (2.3, 1a.2-C) are not numbers and stay
        Pattern p = Pattern.compile("(?<![\\w.-])\\d+\\.\\d+(?=%| fte| per)");
        uitvoer.forEach((soort, tekst) -> assertThat(treffers(p, tekst)).as("decimale punten in %s", soort).isEmpty());
    }

    private static List<String> treffers(Pattern p, String tekst) {
        List<String> t = new ArrayList<>();
        Matcher m = p.matcher(tekst);
        while (m.find() && t.size() < 5) {
            int van = Math.max(0, m.start() - 40);
            t.add(tekst.substring(van, Math.min(tekst.length(), m.end() + 40)).replace('\n', ' '));
        }
        return t;
    }

    /** Visible text only: sort keys in data attributes and CSS class names are not for people. */
    static String tekstVanHtml(String html) {
        return html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<title>.*?</title>", " ").replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'").replace("&amp;", "&").replace("&gt;", ">").replace("&lt;", "<");
    }
}
