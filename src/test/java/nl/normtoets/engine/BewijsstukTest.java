package nl.normtoets.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.normtoets.ingest.AuditsetLezer;

/** Typed evidence keeps the report's keys, order and values, and code reads its fields. */
class BewijsstukTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    @Test
    void termijnbewijsHeeftDeSleutelsInDeVolgordeVanHetRapport() {
        TermijnBewijs b = new TermijnBewijs("startdatum", START, "5 dagen", START.plusDays(5),
                "eersteFaceToFaceContact", null, Bewijs.van().met("soort", "X").alsMap(), null, START.plusDays(9));
        assertThat(new ArrayList<>(b.keySet())).containsExactly("startdatum", "termijn", "uiterlijk",
                "eersteFaceToFaceContact", "soort", "peildatum");
        assertThat(b).containsEntry("eersteFaceToFaceContact", null).containsEntry("uiterlijk", START.plusDays(5));
        assertThat(b.uiterlijk()).contains(START.plusDays(5));
        assertThat(b.gebeurd()).isEmpty();
        assertThat(b.vanafStart()).isTrue();
        assertThat(AuditsetLezer.MAPPER.writeValueAsString(b)).isEqualTo(AuditsetLezer.MAPPER.writeValueAsString(
                Bewijs.van().met("startdatum", START).met("termijn", "5 dagen").met("uiterlijk", START.plusDays(5))
                        .met("eersteFaceToFaceContact", null).met("soort", "X").met("peildatum", START.plusDays(9))
                        .alsMap()));
    }

    @Test
    void eenExtraWaardeMetDezelfdeNaamVervangtOpZijnPlaats() {
        TermijnBewijs b = new TermijnBewijs("signaal", START, "3 dagen", START.plusDays(3), "opgevolgd",
                START.plusDays(1), Map.of("termijn", "anders"), null, null);
        assertThat(new ArrayList<>(b.keySet())).containsExactly("signaal", "termijn", "uiterlijk", "opgevolgd");
        assertThat(b.get("termijn")).isEqualTo("anders");
        assertThat(b.vanafStart()).isFalse();
    }

    @Test
    void itembewijsIsHetErgsteItemMetDeAantallen() {
        TermijnBewijs ergste = new TermijnBewijs("signaal", START, "3 dagen", START.plusDays(3), "opgevolgd",
                START.plusDays(7), null, null, null);
        ItemBewijs b = new ItemBewijs(ergste, 3, 1L);
        assertThat(new ArrayList<>(b.keySet())).containsExactly("signaal", "termijn", "uiterlijk", "opgevolgd",
                "aantalGetoetst", "aantalTekort");
        assertThat(b.uiterlijk()).contains(START.plusDays(3));
        assertThat(b.gebeurd()).contains(START.plusDays(7));
        assertThat(b.ergste()).isSameAs(ergste);
    }

    @Test
    void recentbewijsNoemtHetLaatsteVoorvalNaarDeRegel() {
        RecentBewijs b = new RecentBewijs(START, "91 dagen", START.minusDays(91), "laatsteFaceToFaceContact",
                null, START.minusDays(200), START.minusDays(109), null, START.minusDays(1));
        assertThat(List.copyOf(b.keySet())).containsExactly("peildatum", "termijn", "vensterVanaf",
                "laatsteFaceToFaceContact", "startdatum", "uiterlijk", "einddatum");
        assertThat(b.laatste()).isEmpty();
        assertThat(b.startdatum()).isEqualTo(START.minusDays(200));
    }
}
