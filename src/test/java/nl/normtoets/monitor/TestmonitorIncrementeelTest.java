package nl.normtoets.monitor;

import static nl.normtoets.monitor.TestDossier.dossier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;

/** One stateful session: updating one dossier re-derives its signals only. */
class TestmonitorIncrementeelTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static final LocalDate P = LocalDate.of(2025, 6, 30);

    static TestDossier geenContact(String id) {
        return dossier(id, P.minusDays(400)).toewijzing(P.minusDays(400), null, Werkwijze.VAST, "M-1")
                .contact(P.minusDays(120));
    }

    @Test
    void contactRegistrerenWijzigtAlleenDatDossier() {
        List<Dossier> alle = List.of(geenContact("A").bouw(), geenContact("B").bouw(), geenContact("C").bouw());
        try (Testmonitor m = new Testmonitor(CATALOGUS, P, 7, alle)) {
            assertThat(soorten(m, "B")).contains(Signaalsoort.CONTACT_EN_EEN_OP_EEN);
            Map<String, List<Monitorsignaal>> voor = new HashMap<>();
            for (String id : List.of("A", "B", "C")) {
                voor.put(id, m.signalen(id));
            }
            int bevindingenVoor = m.bevindingen("B").size();

            m.bijwerken(geenContact("B").contact(P.minusDays(1)).bouw());

            assertThat(soorten(m, "B")).doesNotContain(Signaalsoort.CONTACT_EN_EEN_OP_EEN, Signaalsoort.CONTACT_JEUGDIGE);
            assertThat(m.signalen("B")).isNotSameAs(voor.get("B"));
            // the others were not re-derived: the very same list objects
            assertThat(m.signalen("A")).isSameAs(voor.get("A"));
            assertThat(m.signalen("C")).isSameAs(voor.get("C"));
            // the old findings of B were retracted, not duplicated: still one per indicator
            assertThat(m.bevindingen("B")).hasSize(bevindingenVoor);
            assertThat(m.bevindingen("B")).filteredOn(b -> b.indicator().equals("3.4-A"))
                    .singleElement().extracting(b -> b.uitkomst()).isEqualTo(Uitkomst.VOLDOET);
            assertThat(m.signalen()).filteredOn(s -> s.soort() == Signaalsoort.CONTACT_EN_EEN_OP_EEN)
                    .extracting(Monitorsignaal::dossier).containsExactlyInAnyOrder("A", "C");
        }
    }

    @Test
    void monitorfeitenVanHetOudeDossierVerdwijnen() {
        // CCP only for 60 days: no-vaste-worker signal; after a vaste worker is registered it must be gone
        Dossier ccp = dossier("D", P.minusDays(60)).toewijzing(P.minusDays(60), null, Werkwijze.CCP, "CCP").bouw();
        try (Testmonitor m = new Testmonitor(CATALOGUS, P, 7, List.of(ccp, geenContact("E").bouw()))) {
            assertThat(soorten(m, "D")).contains(Signaalsoort.GEEN_VASTE_WERKER);
            List<Monitorsignaal> e = m.signalen("E");

            m.bijwerken(dossier("D", P.minusDays(60)).toewijzing(P.minusDays(60), P.minusDays(10), Werkwijze.CCP, "CCP")
                    .toewijzing(P.minusDays(9), null, Werkwijze.VAST, "M-3").bouw());

            assertThat(soorten(m, "D")).doesNotContain(Signaalsoort.GEEN_VASTE_WERKER);
            assertThat(m.signalen("D")).allSatisfy(s -> assertThat(s.toedeling().medewerker()).isEqualTo("M-3"));
            assertThat(m.signalen("E")).isSameAs(e);
        }
    }

    @Test
    void nieuwDossierToevoegen() {
        try (Testmonitor m = new Testmonitor(CATALOGUS, P, 7, List.of(geenContact("F").bouw()))) {
            m.bijwerken(dossier("G", P.minusDays(10)).bouw());
            assertThat(soorten(m, "G")).contains(Signaalsoort.GEEN_TOEWIJZING, Signaalsoort.EERSTE_CONTACT);
            assertThat(m.signalen()).extracting(Monitorsignaal::dossier).contains("F", "G");
        }
    }

    static List<Signaalsoort> soorten(Testmonitor m, String id) {
        return m.signalen(id).stream().map(Monitorsignaal::soort).toList();
    }

    @Test
    void eenDossierWaaropEenRegelFaaltWordtAfgewezenNietDeMonitor() {
        // a help without id trips rule 2.1-B (it compares ids): that dossier is rejected, the others are monitored
        Dossier kapot = geenContact("K").hulpNietEffectief(null, P.minusDays(60), P.minusDays(40)).bouw();
        try (Testmonitor m = new Testmonitor(CATALOGUS, P, 7, List.of(geenContact("H").bouw(), kapot))) {
            assertThat(m.afgewezen()).singleElement().satisfies(a -> {
                assertThat(a.dossier()).isEqualTo("K");
                assertThat(a.fouten().get(0)).contains("kon niet worden getoetst");
            });
            assertThat(m.signalen("K")).isEmpty();
            assertThat(m.bevindingen("K")).isEmpty();
            assertThat(soorten(m, "H")).contains(Signaalsoort.CONTACT_EN_EEN_OP_EEN);
            assertThat(m.overzicht().afgewezen()).hasSize(1);

            assertThat(m.bijwerken(geenContact("K").hulpNietEffectief("H9", P.minusDays(60), P.minusDays(40)).bouw()))
                    .isTrue();
            assertThat(m.afgewezen()).isEmpty();
            assertThat(soorten(m, "K")).contains(Signaalsoort.CONTACT_EN_EEN_OP_EEN);
            assertThat(m.bevindingen("K")).hasSize(m.bevindingen("H").size());
        }
    }
}
