package nl.normtoets.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;

/** The bundled checklist fits the catalog; a broken one is refused with file, line and field. */
class DossierlezingTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();

    @Test
    void elkeDossiernormHeeftTweeTotVierVragenEnElkeSpiegelBestaat() throws Exception {
        // the source file itself, so the test reads what a GI would edit
        Dossierlezing lijst = DossierlezingLezer.lees(Path.of("rules/dossierlezing.yaml"), CATALOGUS);
        List<String> dossiernormen = CATALOGUS.normen().stream()
                .filter(n -> Set.of("1a", "1b", "2", "3").contains(n.thema())).map(n -> n.id()).toList();
        assertThat(lijst.normen()).extracting(Lezingnorm::norm).containsExactlyElementsOf(dossiernormen);
        assertThat(dossiernormen).startsWith("1a.1").endsWith("3.6");
        for (Lezingnorm n : lijst.normen()) {
            assertThat(n.vragen()).as(n.norm()).hasSizeBetween(2, 4);
            assertThat(n.bron()).as(n.norm()).isNotNull();
            for (Lezingvraag v : n.vragen()) {
                assertThat(v.bron()).as(v.id()).isNotNull();
                if (v.spiegelt() != null) {
                    assertThat(CATALOGUS.indicator(v.spiegelt())).as(v.id()).isPresent();
                    assertThat(CATALOGUS.indicator(v.spiegelt()).orElseThrow().norm()).isEqualTo(n.norm());
                }
            }
        }
        assertThat(lijst.vragen().map(Lezingvraag::id).collect(Collectors.toSet())).hasSize((int) lijst.vragen().count());
        assertThat(lijst.vraag("1a.3-L1").orElseThrow().spiegelt()).isEqualTo("1a.3-A");
        assertThat(lijst.vraag("3.4-L1").orElseThrow().spiegelt()).isEqualTo("3.4-C");
        assertThat(lijst.combinatie("1a.1")).isEqualTo(Combinatieregel.ALLEEN_LEZING);
        assertThat(lijst.combinatie("1a.3")).isEqualTo(Combinatieregel.LAAGSTE);
        assertThat(lijst.vraag("3.1-L3").orElseThrow().deels()).isEqualTo(Uitkomst.VOLDOET);
        assertThat(lijst.vraag("1a.1-L1").orElseThrow().deels()).isEqualTo(Uitkomst.TEKORT);
        // the classpath copy is the same file
        assertThat(DossierlezingLezer.standaard(CATALOGUS)).isEqualTo(lijst);
        assertThat(Files.readString(Path.of("rules/dossierlezing.yaml"))).doesNotContain("spiegelt: \"5.");
    }

    private static final String GOED = """
            versie: "t1"
            normen:
              - norm: "1a.3"
                bron: {soort: wet, toelichting: "vijf dagen"}
                vragen:
                  - id: "1a.3-L1"
                    tekst: "Eerste contact echt binnen vijf dagen?"
                    spiegelt: "1a.3-A"
                    bron: {soort: wet}
            """;

    private static Dossierlezing lees(String yaml) {
        return DossierlezingLezer.lees(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "lijst.yaml",
                CATALOGUS);
    }

    @Test
    void eenGoedeLijstWordtGelezen() {
        Dossierlezing l = lees(GOED);
        assertThat(l.versie()).isEqualTo("t1");
        assertThat(l.vraag("1a.3-L1").orElseThrow().deels()).isEqualTo(Uitkomst.TEKORT);
    }

    @Test
    void eenOnbekendeNormNoemtRegelEnVeld() {
        assertThatThrownBy(() -> lees(GOED.replace("\"1a.3\"", "\"9.9\"")))
                .isInstanceOf(DossierlezingFout.class)
                .hasMessage("lijst.yaml, regel 3, veld normen[0].norm: deze norm staat niet in de normcatalogus");
    }

    @Test
    void eenSpiegelVanEenAndereNormOfEenOnbekendeIndicatorWordtGeweigerd() {
        assertThatThrownBy(() -> lees(GOED.replace("\"1a.3-A\"", "\"1b.3-A\"")))
                .hasMessage("lijst.yaml, regel 8, veld normen[0].vragen[0].spiegelt: indicator 1b.3-A hoort niet bij norm 1a.3");
        assertThatThrownBy(() -> lees(GOED.replace("\"1a.3-A\"", "\"1a.3-Z\"")))
                .hasMessage("lijst.yaml, regel 8, veld normen[0].vragen[0].spiegelt: deze indicator staat niet in de normcatalogus");
    }

    @Test
    void onbekendVeldOngeldigDeelsEnOrganisatienormWordenGeweigerd() {
        assertThatThrownBy(() -> lees(GOED.replace("    spiegelt:", "    spiegel:")))
                .isInstanceOf(DossierlezingFout.class)
                .hasMessageStartingWith("lijst.yaml, regel 8, veld normen[0].vragen[0].spiegel: onbekend veld");
        assertThatThrownBy(() -> lees(GOED.replace("    spiegelt: \"1a.3-A\"", "    deels: HALF")))
                .hasMessage("lijst.yaml, regel 8, veld normen[0].vragen[0].deels: deels telt als VOLDOET of TEKORT");
        assertThatThrownBy(() -> lees(GOED.replace("\"1a.3\"", "\"5.1\"").replace("        spiegelt: \"1a.3-A\"\n", "")))
                .hasMessageContaining("veld normen[0].norm: norm 5.1 wordt niet per dossier getoetst");
        assertThatThrownBy(() -> lees(GOED.replace("bron: {soort: wet}", "bron: {soort: gevoel}")))
                .hasMessageStartingWith("lijst.yaml, regel 9, veld normen[0].vragen[0].bron");
        assertThatThrownBy(() -> lees(GOED.replace("    bron: {soort: wet, toelichting: \"vijf dagen\"}\n",
                "    combinatie: alleenLezing\n    bron: {soort: wet}\n")))
                .hasMessage("lijst.yaml, regel 3, veld normen[0].toelichting: bij combinatie alleenLezing zegt toelichting waarom");
        assertThatThrownBy(() -> lees(GOED.replace("\"1a.3-L1\"", "\"1a.3-A\"").replace("        spiegelt: \"1a.3-A\"\n", "")))
                .hasMessageContaining("heeft de id van een indicator");
    }
}
