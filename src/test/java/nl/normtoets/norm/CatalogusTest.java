package nl.normtoets.norm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.rules.Regelmappen;

class CatalogusTest {

    @TempDir
    Path tmp;

    @Test
    void standaardcatalogusBevatAlleNormenVanHetToetsingskader() {
        Normcatalogus c = CatalogusLezer.standaard();
        assertThat(c.normen()).extracting(Norm::id).containsExactly("1a.1", "1a.2", "1a.3", "1b.1", "1b.2", "1b.3",
                "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4", "5.1", "5.2", "5.3", "5.4", "5.5");
        assertThat(c.indicatoren(Niveau.DOSSIER)).hasSize(29);
        assertThat(c.nietGebruikt()).extracting(Indicator::id).containsExactly("1a.3-C");
        assertThat(c.indicator("1a.3-A").orElseThrow().termijn()).isEqualTo(Termijn.vanDagen(5));
        assertThat(c.indicator("2.2-A").orElseThrow().termijn()).isEqualTo(Termijn.vanMaanden(3));
        assertThat(c.indicator("3.5-A").orElseThrow().voor(nl.normtoets.dossier.Maatregel.JR).termijn())
                .isEqualTo(Termijn.vanDagen(182));
    }

    @Test
    void eenAndereTermijnInDeCatalogusVerandertDeUitkomstZonderHercompilatie() throws Exception {
        String yaml = Files.readString(Path.of("rules/normcatalogus.yaml"));
        String eersteContact = "      - id: \"1a.3-A\"\n        titel: \"Eerste face-to-face contact binnen de termijn\"\n"
                + "        termijn: {dagen: 5}";
        assertThat(yaml).contains(eersteContact);
        Path strenger = tmp.resolve("strenger.yaml");
        Files.writeString(strenger, yaml.replace(eersteContact, eersteContact.replace("{dagen: 5}", "{dagen: 3}")));

        Auditset set = new AuditsetLezer().lees(Regelmappen.gevallen("1a.3-A"), null);
        AuditEngine engine = new AuditEngine();
        // A3A-01: first contact on day 5. A3A-06: on the start day itself.
        assertThat(uitkomst(engine, CatalogusLezer.standaard(), set, "A3A-01")).isEqualTo(Uitkomst.VOLDOET);
        assertThat(uitkomst(engine, CatalogusLezer.lees(strenger), set, "A3A-01")).isEqualTo(Uitkomst.TEKORT);
        assertThat(uitkomst(engine, CatalogusLezer.lees(strenger), set, "A3A-06")).isEqualTo(Uitkomst.VOLDOET);
    }

    private static Uitkomst uitkomst(AuditEngine engine, Normcatalogus c, Auditset set, String dossier) {
        List<Bevinding> b = engine.evalueer(c, set.peildatum(), set.dossiers()).bevindingen();
        return b.stream().filter(x -> x.indicator().equals("1a.3-A") && x.dossier().equals(dossier))
                .findFirst().orElseThrow().uitkomst();
    }

    @Test
    void kapotteCatalogusGeeftEenFoutMetDeIndicator() throws Exception {
        String yaml = Files.readString(Path.of("rules/normcatalogus.yaml"));
        Path dubbel = tmp.resolve("dubbel.yaml");
        Files.writeString(dubbel, yaml.replace("id: \"1a.3-B\"", "id: \"1a.3-A\""));
        assertThatThrownBy(() -> CatalogusLezer.lees(dubbel)).isInstanceOf(CatalogusFout.class)
                .hasMessageContaining("indicator 1a.3-A staat er dubbel in");

        Path grenzen = tmp.resolve("grenzen.yaml");
        Files.writeString(grenzen, yaml.replace("voldoetGrotendeels: 0.75", "voldoetGrotendeels: 0.99"));
        assertThatThrownBy(() -> CatalogusLezer.lees(grenzen)).isInstanceOf(CatalogusFout.class)
                .hasMessageContaining("oordeelsgrenzen");
    }

    @Test
    void ontbrekendeParameterNoemtIndicatorEnParameter() {
        Indicator i = new Indicator("1a.1-B", "1a.1", "t", Niveau.DOSSIER, null, Termijn.vanDagen(42), null, null);
        assertThatThrownBy(() -> i.getal("aantal")).isInstanceOf(CatalogusFout.class)
                .hasMessage("indicator 1a.1-B mist parameter 'aantal' in de normcatalogus");
    }

    @Test
    void termijnInMaandenVolgtDeKalender() {
        assertThat(Termijn.vanMaanden(3).einde(java.time.LocalDate.of(2025, 3, 1)))
                .isEqualTo(java.time.LocalDate.of(2025, 6, 1));
        assertThat(Termijn.vanMaanden(3).einde(java.time.LocalDate.of(2024, 11, 30)))
                .isEqualTo(java.time.LocalDate.of(2025, 2, 28));
    }

    @Test
    void elkeTermijnEnGrensVanDeStandaardcatalogusHeeftEenBron() {
        Normcatalogus c = CatalogusLezer.standaard();
        List<String> zonder = c.alleIndicatoren().flatMap(i -> i.zonderBron().stream().map(n -> i.id() + " " + n))
                .toList();
        assertThat(zonder).as("termijnen en grenzen zonder bron").isEmpty();
        Indicator eersteContact = c.indicator("1a.3-A").orElseThrow();
        assertThat(eersteContact.bron().get(Indicator.TERMIJN).soort()).isEqualTo("wet");
        // the product's own defaults named by the issue
        for (String id : List.of("1a.1-A", "2.1-B", "3.1-A", "3.5-A")) {
            assertThat(c.indicator(id).orElseThrow().bron().get(Indicator.TERMIJN).eigenKeuze()).as(id).isTrue();
        }
        assertThat(c.indicator("1a.1-B").orElseThrow().bron().get("aantal").eigenKeuze()).isTrue();
        assertThat(c.indicator("3.1-A").orElseThrow().bron().get("minimumLeeftijd").eigenKeuze()).isTrue();
        // a variant's own number has its own source, and the resolved indicator carries it
        assertThat(c.indicator("3.5-A").orElseThrow().voor(nl.normtoets.dossier.Maatregel.JR).bron()
                .get(Indicator.TERMIJN).toelichting()).contains("half jaar");
    }

    @Test
    void eenTermijnZonderBronWordtGemeldEnEenOnbekendeBronsoortGeweigerd() throws Exception {
        Indicator zonder = new Indicator("1a.1-B", "1a.1", "t", Niveau.DOSSIER, null, Termijn.vanDagen(42),
                java.util.Map.of("aantal", 3, "werkwijzen", List.of("CCP")), null);
        assertThat(zonder.zonderBron()).containsExactly("aantal", "termijn");

        String yaml = Files.readString(Path.of("rules/normcatalogus.yaml"));
        Path fout = tmp.resolve("bron.yaml");
        Files.writeString(fout, yaml.replace("termijn: {soort: wet, toelichting: \"Besluit Jeugdwet",
                "termijn: {soort: gewoonte, toelichting: \"Besluit Jeugdwet"));
        assertThatThrownBy(() -> CatalogusLezer.lees(fout)).isInstanceOf(CatalogusFout.class)
                .hasMessageContaining("bron.soort").hasMessageContaining("1a.3-A");
        Path zonderReden = tmp.resolve("eigen.yaml");
        Files.writeString(zonderReden, yaml.replaceFirst("soort: eigen keuze, toelichting: \"[^\"]*\"", "soort: eigen keuze"));
        assertThatThrownBy(() -> CatalogusLezer.lees(zonderReden)).isInstanceOf(CatalogusFout.class)
                .hasMessageContaining("waarom");
    }

    @Test
    void eenUitgezetteIndicatorWordtNietGetoetstEnEenAangezetteWel() throws Exception {
        Auditset set = new AuditsetLezer().lees(Regelmappen.gevallen("1a.3-C"), null);
        AuditEngine engine = new AuditEngine();
        List<Bevinding> uit = engine.evalueer(CatalogusLezer.standaard(), set.peildatum(), set.dossiers()).bevindingen();
        assertThat(uit).noneMatch(b -> b.indicator().equals("1a.3-C"));
        Normcatalogus aan = Regelmappen.alleActief(CatalogusLezer.standaard());
        List<Bevinding> met = engine.evalueer(aan, set.peildatum(), set.dossiers()).bevindingen();
        assertThat(met).filteredOn(b -> b.indicator().equals("1a.3-C")).hasSize(set.dossiers().size());
    }
}
