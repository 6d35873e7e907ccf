package nl.normtoets.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;

/** Issue 19, defects 2, 3, 5, 7 and 11: hostile or sloppy audit sets give a clean, value-free error. */
class LezerHardingTest {

    private static final String MARKER = "Zwartewaal";
    private static final String DOSSIER = "{\"id\":\"D-1\",\"maatregel\":\"OTS\",\"startdatum\":\"2025-01-06\"}";

    private static Auditset lees(String json) {
        return lees(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Auditset lees(byte[] json) {
        return new AuditsetLezer().lees(new ByteArrayInputStream(json), "set.json", null);
    }

    @ParameterizedTest(name = "dossiers als {0}")
    @ValueSource(strings = {DOSSIER, "{\"D-1\":" + DOSSIER + "}", "null", "12", "\"D-1\"", "true", "{}"})
    void dossiersDieGeenLijstZijnMakenDeInvoerOnbruikbaar(String dossiers) {
        // defect 2: used to give "0 ingelezen" and exit 0
        assertThatThrownBy(() -> lees("{\"peildatum\":\"2025-03-10\",\"dossiers\":" + dossiers + "}"))
                .isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("set.json").hasMessageContaining("'dossiers'")
                .hasMessageContaining("moet een lijst van dossiers zijn");
    }

    @ParameterizedTest(name = "{0} als {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "peildatum|[\"2025-03-10\"]", "peildatum|{\"d\":\"2025-03-10\"}", "organisatie|[\"JBN\"]",
            "organisatie|{\"naam\":\"JBN\"}", "peildatum|20250310"})
    void kopveldenVanHetVerkeerdeTypeNoemenHetVeld(String veld, String waarde) {
        // defect 3: a list or object here crashed on a null location
        String json = "peildatum".equals(veld)
                ? "{\"peildatum\":" + waarde + ",\"dossiers\":[" + DOSSIER + "]}"
                : "{\"peildatum\":\"2025-03-10\",\"organisatie\":" + waarde + ",\"dossiers\":[" + DOSSIER + "]}";
        assertThatThrownBy(() -> lees(json)).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("set.json").hasMessageContaining("'" + veld + "'");
    }

    @Test
    void teDiepGenestNoemtRegelKolomEnPad() {
        String diep = "[".repeat(600) + "]".repeat(600);
        String json = "{\"peildatum\":\"2025-03-10\",\"dossiers\":[{\"id\":\"D-1\",\"extra\":" + diep + "}]}";
        assertThatThrownBy(() -> lees(json)).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("set.json").hasMessageContaining("regel 1, kolom")
                .hasMessageContaining("veld dossiers[0].extra").hasMessageContaining("te diep genest");
    }

    @Test
    void getalVanMeerDanDuizendCijfers() {
        String json = "{\"peildatum\":\"2025-03-10\",\"dossiers\":[{\"id\":\"D-1\",\"geboortejaar\":"
                + "9".repeat(1500) + "}]}";
        assertThatThrownBy(() -> lees(json)).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("getal met te veel cijfers").hasMessageContaining("geboortejaar");
    }

    @Test
    void eenWaardeZonderAanhalingstekensWordtNietHerhaaldInDeMelding() {
        // defect 5: Jackson said "Unrecognized token 'Zwartewaal'"
        String json = "{\"peildatum\":\"2025-03-10\",\"dossiers\":[{\"id\":\"D-1\",\"gemeente\":" + MARKER + "}]}";
        assertThatThrownBy(() -> lees(json)).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("regel 1, kolom").hasMessageContaining("veld dossiers[0].gemeente")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MARKER).doesNotContain("Unrecognized"));
    }

    @Test
    void schemafoutenHerhalenDeWaardeNiet() {
        Auditset set = lees("{\"peildatum\":\"2025-03-10\",\"dossiers\":[{\"id\":\"D-1\",\"maatregel\":\"" + MARKER
                + "\",\"startdatum\":\"" + MARKER + "\",\"hulpNodig\":\"" + MARKER + "\"}]}");
        assertThat(set.afgewezen()).singleElement().satisfies(a -> {
            assertThat(String.join("\n", a.fouten())).doesNotContain(MARKER)
                    .contains("maatregel: is geen toegestane waarde").contains("startdatum: is geen geldige datum")
                    .contains("hulpNodig: heeft het verkeerde type (tekst)");
        });
    }

    @Test
    void intOverloopNoemtHetVeldpad() {
        Auditset set = lees("{\"peildatum\":\"2025-03-10\",\"dossiers\":[{\"id\":\"D-1\",\"maatregel\":\"OTS\","
                + "\"startdatum\":\"2025-01-06\",\"contactafspraak\":{\"datum\":\"2025-01-07\","
                + "\"frequentieDagen\":99999999999}}]}");
        assertThat(set.afgewezen()).singleElement().satisfies(a -> assertThat(String.join("\n", a.fouten()))
                .contains("contactafspraak.frequentieDagen").doesNotContain("99999999999"));
    }

    @Test
    void blancoIdsWordenAfgewezenEnIdsGetrimd() {
        // defect 7: two dossiers with id " " were both accepted
        Auditset set = lees("{\"peildatum\":\"2025-03-10\",\"dossiers\":["
                + "{\"id\":\" \",\"maatregel\":\"OTS\",\"startdatum\":\"2025-01-06\"},"
                + "{\"id\":\" \",\"maatregel\":\"OTS\",\"startdatum\":\"2025-01-06\"},"
                + "{\"id\":\"D-1 \",\"maatregel\":\"OTS\",\"startdatum\":\"2025-01-06\"},"
                + "{\"id\":\"D-1\",\"maatregel\":\"OTS\",\"startdatum\":\"2025-01-06\"}]}");
        assertThat(set.dossiers()).extracting(Dossier::id).containsExactly("D-1");
        assertThat(set.afgewezen()).hasSize(3);
        assertThat(set.afgewezen().get(0).fouten()).anyMatch(f -> f.contains("id: is leeg"));
        assertThat(set.afgewezen().get(1).fouten()).anyMatch(f -> f.contains("id: is leeg"));
        assertThat(set.afgewezen().get(2).fouten()).anyMatch(f -> f.contains("komt al eerder voor"));
    }

    @Test
    void tekstNaHetDocumentIsEenFout() {
        assertThatThrownBy(() -> lees("{\"peildatum\":\"2025-03-10\",\"dossiers\":[]} {\"x\":1}"))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageContaining("na het einde van het JSON-document");
        assertThatThrownBy(() -> lees("{\"peildatum\":\"2025-03-10\",\"dossiers\":[]} " + MARKER))
                .isInstanceOf(OnbruikbareInvoer.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MARKER));
    }

    @Test
    void dubbeleSleutelsZijnEenFout() {
        assertThatThrownBy(() -> lees("{\"peildatum\":\"2025-03-10\",\"peildatum\":\"2025-03-11\",\"dossiers\":[]}"))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageContaining("veld komt twee keer voor");
        assertThatThrownBy(() -> lees("{\"peildatum\":\"2025-03-10\",\"dossiers\":[{\"id\":\"D-1\",\"id\":\"D-2\"}]}"))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageContaining("dossiers[0]");
    }

    @Test
    void ongeldigeOfTeLangeUtf8IsEenFout() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"peildatum\":\"2025-03-10\",\"organisatie\":\"J".getBytes(StandardCharsets.UTF_8));
        b.write(0xC0); // overlong encoding of '/'
        b.write(0xAF);
        b.writeBytes("\",\"dossiers\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> lees(b.toByteArray())).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("geen geldige UTF-8");
    }

    @Test
    void eenPeildatumMetMintekenIsOnbruikbaar() {
        assertThatThrownBy(() -> lees("{\"peildatum\":\"-2025-03-10\",\"dossiers\":[" + DOSSIER + "]}"))
                .isInstanceOf(OnbruikbareInvoer.class).hasMessageContaining("'peildatum' is geen geldige datum");
    }

    @Test
    void isoDatumsInOnbekendeUitbreidingsveldenWijzenGeenDossierAf() {
        Auditset set = lees("{\"peildatum\":\"2025-03-10\",\"dossiers\":[{\"id\":\"D-1\",\"maatregel\":\"OTS\","
                + "\"startdatum\":\"2025-01-06\",\"zitting\":\"2025-06-01\",\"uitbreiding\":{\"datum\":\"2025-07-01\"},"
                + "\"contacten\":[{\"datum\":\"2025-01-09\",\"vorm\":\"FYSIEK\",\"met\":[\"JEUGDIGE\"],\"door\":\"GI\","
                + "\"volgende\":\"2025-05-01\"}]},"
                + "{\"id\":\"D-2\",\"maatregel\":\"OTS\",\"startdatum\":\"2025-01-06\","
                + "\"contacten\":[{\"datum\":\"2025-04-09\",\"vorm\":\"FYSIEK\",\"met\":[\"JEUGDIGE\"],\"door\":\"GI\"}]}"
                + "]}");
        assertThat(set.dossiers()).extracting(Dossier::id).containsExactly("D-1");
        assertThat(set.afgewezen()).singleElement().satisfies(a -> assertThat(a.fouten())
                .containsExactly("dossier D-2: contacten[0].datum: ligt na de peildatum 2025-03-10"));
    }
}
