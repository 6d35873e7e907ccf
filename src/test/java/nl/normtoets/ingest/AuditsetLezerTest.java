package nl.normtoets.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import tools.jackson.databind.JsonNode;

class AuditsetLezerTest {

    private final AuditsetLezer lezer = new AuditsetLezer();

    private Auditset lees(String json) {
        return lezer.lees(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", null);
    }

    @Test
    void ongeldigeDossiersWordenAfgewezenMetAlHunFoutenEnDeRestWordtGelezen() {
        Auditset set = lezer.lees(Path.of("fixtures/ongeldig.json"), null);

        assertThat(set.dossiers()).extracting(Dossier::id).containsExactly("D-0101", "D-0106");
        assertThat(set.aantalIngelezen()).isEqualTo(8);
        Map<String, List<String>> fouten = set.afgewezen().stream()
                .collect(Collectors.toMap(Afwijzing::dossier, Afwijzing::fouten, (a, b) -> a));
        assertThat(fouten.get("D-0102")).containsExactly(
                "dossier D-0102: contacten[1].datum: is geen geldige datum (JJJJ-MM-DD)");
        assertThat(fouten.get("D-0103")).contains(
                "dossier D-0103: startdatum: verplicht veld ontbreekt",
                "dossier D-0103: maatregel: is geen toegestane waarde; toegestaan: OTS, VOORLOPIGE_OTS, VOOGDIJ, VOORLOPIGE_VOOGDIJ, JR");
        assertThat(fouten.get("D-0104")).containsExactly(
                "dossier D-0104: contacten[0].datum: ligt na de peildatum 2025-03-10");
        // the field is named, its value (2025-04-01, a date in the child's dossier) is not
        assertThat(fouten.values()).allSatisfy(f -> assertThat(String.join("\n", f)).doesNotContain("2025-04-01"));
        assertThat(fouten.get("dossiers[5]")).containsExactly("dossier dossiers[5]: id: verplicht veld ontbreekt");
        assertThat(fouten.get("D-0107")).contains(
                "dossier D-0107: plannen[0].besprokenMetOuders: heeft het verkeerde type (tekst); verwacht: true/false of null");
        // the second D-0101 is rejected, the first one kept
        assertThat(set.afgewezen()).filteredOn(a -> a.dossier().equals("D-0101")).singleElement()
                .satisfies(a -> assertThat(a.fouten().get(0)).contains("komt al eerder voor"));
    }

    @Test
    void organisatieFeitenWordenBijHetLezenGebondenMetAlHunFouten() {
        Auditset jbn = lezer.lees(Path.of("fixtures/organisatie/jbn.json"), null);
        assertThat(jbn.organisatieFouten()).isEmpty();
        assertThat(jbn.organisatieFeiten()).isNotNull();
        assertThat(jbn.organisatieFeiten().medewerkers()).isNotEmpty();

        Auditset zonder = lees("""
                {"peildatum":"2025-03-10","dossiers":[],"organisatieFeiten":null}""");
        assertThat(zonder.organisatieFeiten()).isNull();
        assertThat(zonder.organisatieFouten()).isEmpty();

        // bad facts: no records, every error with its field path, and the dossiers are read as usual
        Auditset fout = lees("""
                {"peildatum":"2025-03-10","dossiers":[{"id":"D-1","maatregel":"OTS","startdatum":"2025-02-01"}],
                 "organisatieFeiten":{"medewerkers":[{"functie":"JEUGDBESCHERMER"}],"financieleBuffer":"veel"}}""");
        assertThat(fout.organisatieFeiten()).isNull();
        assertThat(fout.organisatieFouten()).hasSize(2).anySatisfy(f -> assertThat(f)
                .isEqualTo("organisatieFeiten.medewerkers[0].id: verplicht veld ontbreekt"));
        assertThat(fout.dossiers()).extracting(Dossier::id).containsExactly("D-1");
    }

    @Test
    void einddatumVoorStartdatumIsEenFout() {
        Auditset set = lees("""
                {"peildatum":"2025-03-10","dossiers":[{"id":"D-1","maatregel":"OTS","startdatum":"2025-02-01","einddatum":"2025-01-15"}]}""");
        assertThat(set.afgewezen()).singleElement().satisfies(a -> assertThat(a.fouten())
                .containsExactly("dossier D-1: einddatum: ligt voor de startdatum"));
    }

    @Test
    void geplandeEinddatumNaDePeildatumIsToegestaan() {
        Auditset set = lees("""
                {"peildatum":"2025-03-10","dossiers":[{"id":"D-1","maatregel":"OTS","startdatum":"2025-01-06","einddatum":"2026-01-06",
                 "toewijzingen":[{"vanaf":"2025-01-06","tot":"2025-12-31","werkwijze":"VAST"}]}]}""");
        assertThat(set.afgewezen()).isEmpty();
        assertThat(set.dossiers()).hasSize(1);
    }

    @Test
    void peildatumNaDeDossiersWordtNogSteedsToegepast() {
        Auditset set = lees("""
                {"dossiers":[{"id":"D-1","maatregel":"OTS","startdatum":"2025-04-06"}],"peildatum":"2025-03-10"}""");
        assertThat(set.afgewezen()).singleElement().satisfies(a -> assertThat(a.fouten())
                .containsExactly("dossier D-1: startdatum: ligt na de peildatum 2025-03-10"));
    }

    @Test
    void peildatumVanDeOpdrachtregelGaatVoor() {
        Auditset set = lezer.lees(new ByteArrayInputStream("""
                {"peildatum":"2025-03-10","dossiers":[{"id":"D-1","maatregel":"OTS","startdatum":"2025-04-06"}]}"""
                .getBytes(StandardCharsets.UTF_8)), "t.json", LocalDate.of(2025, 5, 1));
        assertThat(set.peildatum()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(set.afgewezen()).isEmpty();
    }

    @Test
    void geenJsonIsOnbruikbareInvoer() {
        assertThatThrownBy(() -> lees("peildatum: 2025-03-10"))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageStartingWith("test.json: geen geldige JSON");
        assertThatThrownBy(() -> lees("[1,2]"))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageContaining("geen JSON-object");
    }

    @Test
    void ontbrekendeOfOngeldigePeildatumIsOnbruikbareInvoer() {
        assertThatThrownBy(() -> lees("{\"dossiers\":[]}"))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessage(
                        "test.json: 'peildatum' ontbreekt; geef die in het bestand of met --peildatum");
        assertThatThrownBy(() -> lees("{\"peildatum\":\"10-03-2025\",\"dossiers\":[]}"))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageContaining("'peildatum' is geen geldige datum")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("10-03-2025"));
    }

    @Test
    void ontbrekendeLijstenBetekenenNietsGeregistreerd() {
        Auditset set = lees("""
                {"peildatum":"2025-03-10","dossiers":[{"id":"D-1","maatregel":"JR","startdatum":"2025-01-06"}]}""");
        Dossier d = set.dossiers().get(0);
        assertThat(d.contacten()).isEmpty();
        assertThat(d.plannen()).isEmpty();
        assertThat(d.contactafspraak()).isNull();
    }

    @Test
    void datumsNaDePeildatumWordenOokInGeneesteLijstenGevondenMetHunPad() {
        JsonNode dossier = AuditsetLezer.MAPPER.readTree("""
                {"x": [["2026-01-03", "2025-01-01"]], "tot": ["2030-01-01"], "einddatum": "2030-01-01",
                 "contacten": [{"datum": "2025-03-10"}, {"datum": "2025-04-01", "met": ["2025-12-31x"]}]}
                """);
        // "x" and "tot" are no contract date fields of a dossier (issue 19): an extension may hold any date
        assertThat(AuditsetLezer.naPeildatum(dossier, java.time.LocalDate.of(2025, 3, 10))).containsExactly(
                "contacten[1].datum: ligt na de peildatum 2025-03-10");
    }
}
