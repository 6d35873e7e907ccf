package nl.normtoets.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.norm.Oordeelsgrenzen;

class BeoordelaarTest {

    static final Oordeelsgrenzen GRENZEN = new Oordeelsgrenzen(0.95, 0.75, 0.40);

    @ParameterizedTest(name = "{0} van {1} -> {2}")
    @CsvSource({
            "95, 100, VOLDOET",
            "94, 100, VOLDOET_GROTENDEELS",
            "75, 100, VOLDOET_GROTENDEELS",
            "74, 100, VOLDOET_GROTENDEELS_NIET",
            "40, 100, VOLDOET_GROTENDEELS_NIET",
            "39, 100, VOLDOET_NIET",
            "585, 975, VOLDOET_GROTENDEELS_NIET", // the inspectie's 60% first contacts on time
            "0, 0, NIET_BEOORDEELD"})
    void oordeelOpDeVierpuntsschaal(int voldoet, int toepasbaar, Oordeel verwacht) {
        Telling t = new Telling(voldoet, toepasbaar - voldoet, 7, 3); // not-yet-due and n/a never count
        assertThat(Beoordelaar.oordeel(t, GRENZEN)).isEqualTo(verwacht);
    }

    @Test
    void themaIsHetGemiddeldeVanDeBeoordeeldeNormenAfgerondNaarBeneden() {
        Normcatalogus c = CatalogusLezer.standaard();
        List<Bevinding> b = new ArrayList<>();
        // 1a.1: 2/2 VOLDOET (4); 1a.2: A 1/1, B 0/1, the worst (B, 0%) decides -> 1; 1a.3: nothing applicable
        b.add(bev("1a.1", "1a.1-A", Uitkomst.VOLDOET));
        b.add(bev("1a.1", "1a.1-B", Uitkomst.VOLDOET));
        b.add(bev("1a.2", "1a.2-A", Uitkomst.VOLDOET));
        b.add(bev("1a.2", "1a.2-B", Uitkomst.TEKORT));
        b.add(bev("1a.3", "1a.3-A", Uitkomst.NOG_NIET_TOETSBAAR));
        var r = Beoordelaar.beoordeel(c, b, Map.of("5", "geen organisatiefeiten"));

        assertThat(norm(r, "1a.1").oordeel()).isEqualTo(Oordeel.VOLDOET);
        assertThat(norm(r, "1a.2").oordeel()).isEqualTo(Oordeel.VOLDOET_NIET);
        assertThat(norm(r, "1a.2").bepalend()).isEqualTo("1a.2-B");
        assertThat(norm(r, "1a.3").oordeel()).isEqualTo(Oordeel.NIET_BEOORDEELD);
        assertThat(norm(r, "1a.3").reden()).isNotBlank();
        // (4 + 1) / 2 = 2.5 -> 2, VOLDOET_GROTENDEELS_NIET; 1a.3 is left out of the mean
        assertThat(thema(r, "1a").oordeel()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS_NIET);
        assertThat(thema(r, "4").oordeel()).isEqualTo(Oordeel.NIET_BEOORDEELD);
        assertThat(thema(r, "5").reden()).isEqualTo("geen organisatiefeiten");
    }

    @Test
    void gemiddeldeWordtNaarBenedenAfgerond() {
        Normcatalogus c = CatalogusLezer.standaard();
        List<Bevinding> b = List.of(bev("1b.1", "1b.1-A", Uitkomst.VOLDOET), bev("1b.3", "1b.3-A", Uitkomst.TEKORT),
                bev("1b.2", "1b.2-A", Uitkomst.VOLDOET));
        // 4 + 1 + 4 = 9 / 3 = 3 ; with 1b.2 at 1 instead: (4 + 1 + 1) / 3 = 2
        assertThat(thema(Beoordelaar.beoordeel(c, b, Map.of()), "1b").oordeel()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS);
        List<Bevinding> b2 = List.of(bev("1b.1", "1b.1-A", Uitkomst.VOLDOET), bev("1b.3", "1b.3-A", Uitkomst.TEKORT));
        // (4 + 1) / 2 = 2.5 -> 2
        assertThat(thema(Beoordelaar.beoordeel(c, b2, Map.of()), "1b").oordeel())
                .isEqualTo(Oordeel.VOLDOET_GROTENDEELS_NIET);
    }

    private static Bevinding bev(String norm, String indicator, Uitkomst u) {
        return new Bevinding(norm, indicator, "D-1", null, u, "t", Map.of());
    }

    private static Normoordeel norm(Beoordelaar.Resultaat r, String id) {
        return r.normen().stream().filter(n -> n.norm().id().equals(id)).findFirst().orElseThrow();
    }

    private static Themaoordeel thema(Beoordelaar.Resultaat r, String id) {
        return r.themas().stream().filter(t -> t.thema().id().equals(id)).findFirst().orElseThrow();
    }
}
