package nl.normtoets.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;

/**
 * The words of the shared checks, written when read ({@link Toelichting}): every case of the term check and the
 * recent check in its exact words, the same on every read, and equal to the same words made any other way.
 */
class ToelichtingTest {

    private static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private static Dossier dossier(String einddatum, String... contacten) {
        StringBuilder c = new StringBuilder();
        for (String datum : contacten) {
            c.append(c.isEmpty() ? "" : ",").append("{\"datum\":\"").append(datum)
                    .append("\",\"vorm\":\"FYSIEK\",\"met\":[\"JEUGDIGE\"],\"door\":\"GI\"}");
        }
        String json = "{\"id\":\"D-1\",\"maatregel\":\"OTS\",\"startdatum\":\"" + START + "\",\"team\":\"T\","
                + (einddatum == null ? "" : "\"einddatum\":\"" + einddatum + "\",") + "\"contacten\":[" + c + "]}";
        return AuditsetLezer.MAPPER.readValue(json, Dossier.class);
    }

    private static Indicator indicator(String id) {
        return CATALOGUS.indicator(id).orElseThrow();
    }

    private static Bevinding eersteContact(Dossier d, String peildatum) {
        return Toets.termijn(indicator("1a.3-A"), d, new Toetsing(LocalDate.parse(peildatum)))
                .gebeurd("eersteFaceToFaceContact", d.eersteFysiekContactMetJeugdigeOfOuders())
                .wat("eerste face-to-face contact").bevinding();
    }

    private static Bevinding recentContact(Dossier d, String peildatum) {
        return Toets.recent(indicator("3.4-A"), d, new Toetsing(LocalDate.parse(peildatum)))
                .laatste("laatsteFaceToFaceContact", d.laatsteFysiekContactMetJeugdige(LocalDate.parse(peildatum)))
                .wat("face-to-face contact met de jeugdige").bevinding();
    }

    @Test
    void elkGevalVanDeTermijntoetsInZijnWoorden() {
        assertThat(eersteContact(dossier(null, "2025-01-04"), "2025-03-10").toelichting()).isEqualTo(
                "Eerste face-to-face contact op 2025-01-04, 3 dagen na de start (2025-01-01); binnen de termijn van "
                        + "5 dagen.");
        assertThat(eersteContact(dossier(null, "2025-01-09"), "2025-03-10").toelichting()).isEqualTo(
                "Eerste face-to-face contact pas op 2025-01-09, 8 dagen na de start (2025-01-01); de termijn van "
                        + "5 dagen liep af op 2025-01-06.");
        assertThat(eersteContact(dossier("2025-01-03"), "2025-03-10").toelichting()).isEqualTo(
                "Dossier beëindigd op 2025-01-03, voor het einde van de termijn (2025-01-06), zonder eerste "
                        + "face-to-face contact.");
        assertThat(eersteContact(dossier(null), "2025-01-05").toelichting()).isEqualTo(
                "Nog geen eerste face-to-face contact; de termijn van 5 dagen na de start (2025-01-01) loopt tot en "
                        + "met 2025-01-06.");
        assertThat(eersteContact(dossier(null), "2025-03-10").toelichting()).isEqualTo(
                "Geen eerste face-to-face contact geregistreerd; de termijn van 5 dagen na de start (2025-01-01) liep "
                        + "af op 2025-01-06.");
    }

    @Test
    void elkGevalVanDeRecenttoetsInZijnWoorden() {
        assertThat(recentContact(dossier("2025-02-01", "2025-01-10"), "2025-03-10").toelichting()).isEqualTo(
                "Dossier beëindigd op 2025-02-01; de actualiteit wordt alleen bij lopende dossiers getoetst.");
        assertThat(recentContact(dossier(null, "2025-03-01"), "2025-06-10").toelichting()).isEqualTo(
                "Laatste face-to-face contact met de jeugdige op 2025-03-01, 101 dagen voor de peildatum; langer dan "
                        + "91 dagen geleden.");
        assertThat(recentContact(dossier(null, "2025-05-01"), "2025-06-10").toelichting()).isEqualTo(
                "Laatste face-to-face contact met de jeugdige op 2025-05-01, 40 dagen voor de peildatum; binnen "
                        + "91 dagen.");
        assertThat(recentContact(dossier(null), "2025-02-10").toelichting()).isEqualTo(
                "Dossier loopt sinds 2025-01-01, korter dan 91 dagen; nog geen face-to-face contact met de jeugdige "
                        + "nodig (uiterlijk 2025-04-02).");
        assertThat(recentContact(dossier(null), "2025-06-10").toelichting()).isEqualTo(
                "Geen face-to-face contact met de jeugdige geregistreerd sinds de start op 2025-01-01 (160 dagen); "
                        + "vereist binnen 91 dagen.");
        LocalDate peil = LocalDate.parse("2025-03-10");
        Dossier jong = dossier(null);
        assertThat(Toets.recent(indicator("3.3-A"), jong, new Toetsing(peil))
                .laatste("laatsteEvaluatie", jong.laatsteEvaluatie(peil)).wat("evaluatie").alleenOudereDossiers()
                .bevinding().toelichting()).isEqualTo("Dossier loopt sinds 2025-01-01, korter dan 183 dagen; deze "
                        + "indicator geldt pas voor dossiers die langer lopen (vanaf 2025-07-03).");
    }

    @Test
    void deWoordenZijnBijElkeLezingGelijkEnGelijkAanDezelfdeVasteWoorden() {
        Bevinding b = eersteContact(dossier(null, "2025-01-09"), "2025-03-10");
        String eerste = b.toelichting();
        assertThat(b.toelichting()).isEqualTo(eerste);
        assertThat(b.uitleg()).isEqualTo(Toelichting.van(eerste)).hasSameHashCodeAs(Toelichting.van(eerste))
                .hasToString(eerste);
        Bevinding later = new Bevinding(b.norm(), b.indicator(), b.dossier(), null, b.uitkomst(),
                Toelichting.later(() -> eerste), b.bewijs(), b.team(), b.regio(), b.gemeente(), b.maatregel());
        assertThat(later).isEqualTo(b);
        assertThat(Toelichting.van("iets anders")).isNotEqualTo(b.uitleg());
    }

    @Test
    void hetErgsteVanMeerdereDelenNoemtHunAantal() {
        Dossier d = dossier(null, "2025-01-09");
        Bevinding teLaat = eersteContact(d, "2025-03-10");
        Bevinding opTijd = eersteContact(dossier(null, "2025-01-04"), "2025-03-10");
        Bevinding samen = Toets.ergste(indicator("1a.3-A"), d, List.of(opTijd, teLaat), "niets");
        assertThat(samen.toelichting()).isEqualTo(teLaat.toelichting() + " (2 getoetst, 1 te laat of ontbrekend)");
        assertThat(Toets.ergste(indicator("1a.3-A"), d, List.of(teLaat), "niets").uitleg())
                .isSameAs(teLaat.uitleg());
    }
}
