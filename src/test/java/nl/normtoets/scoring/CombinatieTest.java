package nl.normtoets.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.normtoets.dossier.Wachtreden;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.BuitenInvloed;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Combinatie;
import nl.normtoets.norm.Norm;
import nl.normtoets.norm.Normcatalogus;

/** The combination rules, theme 5 in proportion, small numbers and the influence split, on hand-computed norms. */
class CombinatieTest {

    static final Normcatalogus STANDAARD = CatalogusLezer.standaard();

    /** The case of issue 13: 3.4-A at 69 of 100, 3.4-B at 100 of 100. */
    static List<Bevinding> geval34() {
        List<Bevinding> b = new ArrayList<>();
        b.addAll(reeks("3.4", "3.4-A", 69, 31));
        b.addAll(reeks("3.4", "3.4-B", 100, 0));
        return b;
    }

    @Test
    void onderErgsteBeslistDeLaagsteIndicatorEnIsZeBepalend() {
        Normoordeel n = norm(Beoordelaar.beoordeel(STANDAARD, geval34(), Map.of()), "3.4");

        // 69% < 75% -> VOLDOET_GROTENDEELS_NIET, the judgement of 3.4-A alone; 3.4-B's 100% does not lift it
        assertThat(n.combinatie()).isEqualTo(Combinatie.ERGSTE);
        assertThat(n.oordeel()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS_NIET);
        assertThat(n.bepalend()).isEqualTo("3.4-A");
        assertThat(n.indicator("3.4-A").bepalend()).isTrue();
        assertThat(n.indicator("3.4-B").bepalend()).isFalse();
        assertThat(n.indicator("3.4-A").oordeel()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS_NIET);
        assertThat(n.indicator("3.4-B").oordeel()).isEqualTo(Oordeel.VOLDOET);
        assertThat(n.aandeel()).isCloseTo(0.69, within(1e-9));
        assertThat(n.basis()).isEqualTo(100);
        // the pooled counts stay in the report as they were: 169 of 200
        assertThat(n.telling().voldoet()).isEqualTo(169);
        assertThat(n.telling().toepasbaar()).isEqualTo(200);
    }

    @Test
    void gepooldIsDeRegelVanVoorheen() {
        Normoordeel n = norm(Beoordelaar.beoordeel(met(STANDAARD, "3.4", Combinatie.GEPOOLD, Map.of()), geval34(),
                Map.of()), "3.4");
        // 169 / 200 = 84.5% -> VOLDOET_GROTENDEELS; nothing is decisive when everything is pooled
        assertThat(n.oordeel()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS);
        assertThat(n.aandeel()).isCloseTo(0.845, within(1e-9));
        assertThat(n.bepalend()).isNull();
    }

    @ParameterizedTest(name = "gewichten A={0} B={1}: {2}")
    @CsvSource({
            // (1*0.69 + 1*1.00) / 2 = 0.845
            "1, 1, 0.845, VOLDOET_GROTENDEELS",
            // (3*0.69 + 1*1.00) / 4 = 0.7675
            "3, 1, 0.7675, VOLDOET_GROTENDEELS",
            // (9*0.69 + 1*1.00) / 10 = 0.721
            "9, 1, 0.721, VOLDOET_GROTENDEELS_NIET"})
    void gewogenNeemtHetGewogenGemiddeldeVanDeAandelen(double a, double b, double aandeel, Oordeel verwacht) {
        Normcatalogus c = met(STANDAARD, "3.4", Combinatie.GEWOGEN, Map.of("3.4-A", a, "3.4-B", b));
        Normoordeel n = norm(Beoordelaar.beoordeel(c, geval34(), Map.of()), "3.4");
        assertThat(n.aandeel()).isCloseTo(aandeel, within(1e-9));
        assertThat(n.oordeel()).isEqualTo(verwacht);
        assertThat(n.bepalend()).isEqualTo("3.4-A"); // the largest weighted shortfall
    }

    @Test
    void eenNietBeoordeeldeIndicatorBeslistNiet() {
        List<Bevinding> b = new ArrayList<>(reeks("3.4", "3.4-B", 30, 0));
        b.add(bev("3.4", "3.4-A", Uitkomst.NOG_NIET_TOETSBAAR));
        Normoordeel n = norm(Beoordelaar.beoordeel(STANDAARD, b, Map.of()), "3.4");
        assertThat(n.indicator("3.4-A").oordeel()).isEqualTo(Oordeel.NIET_BEOORDEELD);
        assertThat(n.oordeel()).isEqualTo(Oordeel.VOLDOET);
        assertThat(n.bepalend()).isEqualTo("3.4-B");
    }

    @Test
    void thema5NaarVerhoudingVanDeOnderwerpen() {
        List<Bevinding> b = new ArrayList<>();
        // 5.4-A: 9 of 10 employees with a valid SKJ registration; before issue 13 the one failing employee failed
        // the whole indicator. 5.4-G (turnover) has one subject and stays pass/fail.
        b.addAll(orgReeks("5.4", "5.4-A", 9, 1));
        b.addAll(orgReeks("5.4", "5.4-G", 1, 0));
        Normoordeel n = norm(Beoordelaar.beoordeel(STANDAARD, b, Map.of()), "5.4");

        assertThat(n.indicator("5.4-A").telling().toepasbaar()).isEqualTo(10);
        assertThat(n.indicator("5.4-A").oordeel()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS); // 90%
        assertThat(n.indicator("5.4-G").oordeel()).isEqualTo(Oordeel.VOLDOET);
        assertThat(n.oordeel()).isEqualTo(Oordeel.VOLDOET_GROTENDEELS);
        assertThat(n.bepalend()).isEqualTo("5.4-A");
        // pooled, the subjects count each: 10 of 11
        assertThat(n.telling().voldoet()).isEqualTo(10);
        assertThat(n.telling().toepasbaar()).isEqualTo(11);

        List<Bevinding> eenOnderwerp = orgReeks("5.4", "5.4-G", 0, 1);
        Normoordeel g = norm(Beoordelaar.beoordeel(STANDAARD, eenOnderwerp, Map.of()), "5.4");
        assertThat(g.indicator("5.4-G").oordeel()).isEqualTo(Oordeel.VOLDOET_NIET);
    }

    @Test
    void kleineAantallenOnderHetMinimumVanDeCatalogus() {
        assertThat(STANDAARD.minimumAantal()).isEqualTo(20);
        Normoordeel klein = norm(Beoordelaar.beoordeel(STANDAARD, reeks("1b.3", "1b.3-A", 15, 4), Map.of()), "1b.3");
        assertThat(klein.kleineAantallen()).isTrue();
        assertThat(klein.indicator("1b.3-A").kleineAantallen()).isTrue();
        Normoordeel genoeg = norm(Beoordelaar.beoordeel(STANDAARD, reeks("1b.3", "1b.3-A", 15, 5), Map.of()), "1b.3");
        assertThat(genoeg.kleineAantallen()).isFalse();
        // the interval goes with every share
        assertThat(genoeg.interval()).isEqualTo(Interval.wilson(15, 20));
    }

    @Test
    void tekortBuitenDeInvloedWordtAppartGeteld() {
        List<Bevinding> b = new ArrayList<>(reeks("2.2", "2.2-A", 6, 0));
        Bevinding wachtlijst = bev("2.2", "2.2-A", Uitkomst.TEKORT);
        Bevinding teLaat = bev("2.2", "2.2-A", Uitkomst.TEKORT);
        Bevinding zonder = bev("2.2", "2.2-A", Uitkomst.TEKORT);
        b.addAll(List.of(wachtlijst, teLaat, zonder));
        Map<Bevinding, Wachtreden> redenen = new java.util.IdentityHashMap<>();
        redenen.put(wachtlijst, Wachtreden.WACHTLIJST_AANBIEDER);
        redenen.put(teLaat, Wachtreden.GI_TE_LAAT);

        Normoordeel telt = norm(Beoordelaar.beoordeel(STANDAARD, b, Map.of(), redenen::get), "2.2");
        Invloedsplitsing s = telt.indicator("2.2-A").invloed();
        assertThat(s.binnen()).isEqualTo(1);
        assertThat(s.buiten()).isEqualTo(1);
        assertThat(s.onbekend()).isEqualTo(1);
        assertThat(s.perReden()).containsEntry(Wachtreden.WACHTLIJST_AANBIEDER, 1);
        assertThat(s.buitenInvloed()).isEqualTo(BuitenInvloed.TELT);
        assertThat(telt.indicator("2.2-A").telling().toepasbaar()).isEqualTo(9); // counted: 6 / 9

        Norm n22 = STANDAARD.norm("2.2").orElseThrow();
        Norm nietTellen = new Norm(n22.id(), n22.thema(), n22.titel(), n22.beschrijving(), n22.indicatoren(),
                n22.oordeelsgrenzen(), n22.combinatie(), n22.gewichten(), n22.fase(), n22.minimumAantal(),
                n22.streefwaarde(), Map.of("2.2-A", BuitenInvloed.TELT_NIET));
        Normoordeel nt = norm(Beoordelaar.beoordeel(vervang(STANDAARD, nietTellen), b, Map.of(), redenen::get), "2.2");
        // the waiting list is left out of the share: 6 / 8
        assertThat(nt.indicator("2.2-A").telling().toepasbaar()).isEqualTo(8);
        assertThat(nt.indicator("2.2-A").invloed().buiten()).isEqualTo(1);
    }

    @Test
    void deCatalogusMarkeertDeStartfase() {
        for (String id : List.of("1a.1", "1a.2", "1a.3", "1b.1", "1b.2", "1b.3", "2.2")) {
            assertThat(STANDAARD.startfase(id)).as(id).isTrue();
        }
        for (String id : List.of("2.1", "2.3", "3.4", "5.4")) {
            assertThat(STANDAARD.startfase(id)).as(id).isFalse();
        }
        assertThat(STANDAARD.norm("3.4").orElseThrow().combinatie()).isEqualTo(Combinatie.ERGSTE);
    }

    static Normcatalogus met(Normcatalogus c, String normId, Combinatie combinatie, Map<String, Double> gewichten) {
        Norm n = c.norm(normId).orElseThrow();
        return vervang(c, new Norm(n.id(), n.thema(), n.titel(), n.beschrijving(), n.indicatoren(), n.oordeelsgrenzen(),
                combinatie, gewichten, n.fase(), n.minimumAantal(), n.streefwaarde(), n.buitenInvloed()));
    }

    static Normcatalogus vervang(Normcatalogus c, Norm nieuw) {
        List<Norm> normen = c.normen().stream().map(n -> n.id().equals(nieuw.id()) ? nieuw : n).toList();
        return new Normcatalogus(c.versie(), c.oordeelsgrenzen(), c.themas(), normen, c.minimumAantal(),
                c.streefwaarde());
    }

    static List<Bevinding> reeks(String norm, String indicator, int voldoet, int tekort) {
        List<Bevinding> b = new ArrayList<>();
        for (int i = 0; i < voldoet; i++) {
            b.add(bev(norm, indicator, Uitkomst.VOLDOET));
        }
        for (int i = 0; i < tekort; i++) {
            b.add(bev(norm, indicator, Uitkomst.TEKORT));
        }
        return b;
    }

    static List<Bevinding> orgReeks(String norm, String indicator, int voldoet, int tekort) {
        List<Bevinding> b = new ArrayList<>();
        int k = 0;
        for (Bevinding x : reeks(norm, indicator, voldoet, tekort)) {
            b.add(new Bevinding(norm, indicator, null, "M-" + k++, x.uitkomst(), "t", Map.of()));
        }
        return b;
    }

    static Bevinding bev(String norm, String indicator, Uitkomst u) {
        return new Bevinding(norm, indicator, "D-1", null, u, "t", Map.of());
    }

    static Normoordeel norm(Beoordelaar.Resultaat r, String id) {
        return r.normen().stream().filter(n -> n.norm().id().equals(id)).findFirst().orElseThrow();
    }
}
