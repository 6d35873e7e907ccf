package nl.normtoets.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BewijsTest {

    @Test
    void houdtDeVolgordeVervangtInPlaatsEnBewaartLegeWaarden() {
        Bewijs b = Bewijs.van();
        for (int i = 0; i < 12; i++) {
            b.met("k" + i, i);
        }
        b.met("k3", null).met("k0", "opnieuw");
        Map<String, Object> m = b.alsMap();

        assertThat(m.keySet()).containsExactly("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10",
                "k11");
        assertThat(m.get("k0")).isEqualTo("opnieuw");
        assertThat(m).containsKey("k3");
        assertThat(m.get("k3")).isNull();
        assertThat(m.get("onbekend")).isNull();
        assertThat(m.containsKey("onbekend")).isFalse();
    }

    @Test
    void evidenceVanDezelfdeVormDeeltNamenMaarHoudtEigenWaardenEnEigenVolgorde() {
        // the name lists are shared per shape; many shapes through the same small table must never mix
        for (int i = 0; i < 2_000; i++) {
            Map<String, Object> a = Bewijs.van().met("n" + (i % 300), i).met("vast", "a").alsMap();
            Map<String, Object> b = Bewijs.van().met("vast", "b").met("n" + (i % 300), -i).alsMap();
            assertThat(a.keySet()).containsExactly("n" + (i % 300), "vast");
            assertThat(b.keySet()).containsExactly("vast", "n" + (i % 300));
            assertThat(a.get("n" + (i % 300))).isEqualTo(i);
            assertThat(b.get("n" + (i % 300))).isEqualTo(-i);
            assertThat(a.get("vast")).isEqualTo("a");
        }
        assertThat(Bewijs.van().alsMap()).isEmpty();
    }

    @Test
    void isEenMomentopnameDieNietTeWijzigenIsEnGelijkAanEenGewoneMap() {
        LocalDate start = LocalDate.of(2025, 1, 6);
        Bewijs b = Bewijs.van().met("startdatum", start).met("eersteContact", null);
        Map<String, Object> m = b.alsMap();
        b.met("later", 1);

        Map<String, Object> gewoon = new LinkedHashMap<>();
        gewoon.put("startdatum", start);
        gewoon.put("eersteContact", null);
        assertThat(m).isEqualTo(gewoon).hasSameHashCodeAs(gewoon).hasSize(2);
        assertThatThrownBy(() -> m.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().remove()).isInstanceOf(RuntimeException.class);
        assertThat(Bewijs.van().alsMap()).isEmpty();
    }
}
