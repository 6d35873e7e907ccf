package nl.normtoets.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.normtoets.ingest.AuditsetLezer;
import tools.jackson.core.type.TypeReference;

/** Typed evidence survives the trip through JSON text: same class, same fields, the same JSON again. */
class BewijsherstelTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final TypeReference<Map<String, Object>> KAART = new TypeReference<>() {
    };

    private static Map<String, Object> json(Map<String, Object> bewijs) {
        return AuditsetLezer.MAPPER.readValue(AuditsetLezer.MAPPER.writeValueAsString(bewijs), KAART);
    }

    private static Map<String, Object> terug(Map<String, Object> bewijs, boolean metSoort) {
        Map<String, Object> h = Bewijsstuk.herstel(metSoort ? Bewijsstuk.soort(bewijs) : null, json(bewijs));
        assertThat(AuditsetLezer.MAPPER.writeValueAsString(h))
                .isEqualTo(AuditsetLezer.MAPPER.writeValueAsString(bewijs));
        return h;
    }

    @Test
    void termijnbewijsKomtTerugMetDatumsAlsDatum() {
        TermijnBewijs b = new TermijnBewijs("signaal", START, "5 dagen", START.plusDays(5), "opgevolgd", null,
                Bewijs.van().met("soort", "X").met("aantal", 2).alsMap(), START.plusDays(3), null);
        for (boolean metSoort : new boolean[] {true, false}) {
            TermijnBewijs t = (TermijnBewijs) terug(b, metSoort);
            assertThat(t.beginNaam()).isEqualTo("signaal");
            assertThat(t.begin()).isEqualTo(START);
            assertThat(t.uiterlijk()).contains(START.plusDays(5));
            assertThat(t.gebeurdNaam()).isEqualTo("opgevolgd");
            assertThat(t.gebeurd()).isEmpty();
            assertThat(t.einddatum()).contains(START.plusDays(3));
            assertThat(t.peildatum()).isEmpty();
            assertThat(t.overig()).containsExactlyEntriesOf(Bewijs.van().met("soort", "X").met("aantal", 2).alsMap());
        }
    }

    @Test
    void recentbewijsKomtTerug() {
        RecentBewijs b = new RecentBewijs(START.plusDays(200), "6 maanden", START.plusDays(16), "evaluatie",
                START.plusDays(40), START, START.plusDays(224), null, null);
        for (boolean metSoort : new boolean[] {true, false}) {
            RecentBewijs r = (RecentBewijs) terug(b, metSoort);
            assertThat(r.peildatum()).isEqualTo(START.plusDays(200));
            assertThat(r.vensterVanaf()).isEqualTo(START.plusDays(16));
            assertThat(r.laatsteNaam()).isEqualTo("evaluatie");
            assertThat(r.laatste()).contains(START.plusDays(40));
            assertThat(r.startdatum()).isEqualTo(START);
            assertThat(r.uiterlijk()).contains(START.plusDays(224));
            assertThat(r.overig()).isEmpty();
        }
    }

    @Test
    void itembewijsKomtTerugMetHetErgsteItemGetypeerd() {
        TermijnBewijs ergste = new TermijnBewijs("signaal", START, "3 dagen", START.plusDays(3), "opgevolgd",
                START.plusDays(7), null, null, null);
        ItemBewijs b = new ItemBewijs(ergste, 3, 1L);
        assertThat(Bewijsstuk.soort(b)).isEqualTo("item/termijn");
        for (boolean metSoort : new boolean[] {true, false}) {
            ItemBewijs i = (ItemBewijs) terug(b, metSoort);
            assertThat(i.aantalGetoetst()).isEqualTo(3);
            assertThat(i.aantalTekort()).isEqualTo(1L);
            assertThat(i.ergste()).isInstanceOf(TermijnBewijs.class);
            assertThat(i.gebeurd()).contains(START.plusDays(7));
        }
        ItemBewijs kaart = new ItemBewijs(Bewijs.van().met("signaal", "S-1").alsMap(), 2, 0L);
        assertThat(Bewijsstuk.soort(kaart)).isEqualTo("item");
        ItemBewijs k = (ItemBewijs) terug(kaart, true);
        assertThat(k.ergste()).containsExactlyEntriesOf(Map.of("signaal", "S-1"));
    }

    @Test
    void gewoonBewijsBlijftEenKaart() {
        Map<String, Object> b = Bewijs.van().met("maatregel", "OTS").met("startdatum", START).alsMap();
        assertThat(Bewijsstuk.soort(b)).isEqualTo(Bewijsstuk.KAART);
        assertThat(terug(b, true)).isNotInstanceOf(Bewijsstuk.class);
        assertThat(terug(b, false)).isNotInstanceOf(Bewijsstuk.class);
    }

    @Test
    void eenSoortDieNietPastGeeftDeKaartOngewijzigdTerug() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startdatum", "geen datum");
        json.put("termijn", "5 dagen");
        json.put("uiterlijk", "2025-03-06");
        json.put("opgevolgd", null);
        assertThat(Bewijsstuk.herstel(Bewijsstuk.TERMIJN, json)).isSameAs(json);
        assertThat(Bewijsstuk.herstel(Bewijsstuk.RECENT, json)).isSameAs(json);
        assertThat(Bewijsstuk.herstel("onbekend", json)).isSameAs(json);
    }
}
