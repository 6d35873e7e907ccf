package nl.normtoets.web.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.RecentBewijs;
import nl.normtoets.engine.Uitkomst;

/** The chart skips no month, carries count and interval per point, and greys out an unfinished last month. */
class TijdigheidsGrafiekTest {

    @Test
    void geenGatenIntervalPerPuntEnEenLopendeLaatsteMaand() {
        List<Bevinding> b = new ArrayList<>();
        b.addAll(maand(LocalDate.of(2025, 1, 6), 6, 2, 0));
        // February has no start at all; March still has a term running
        b.addAll(maand(LocalDate.of(2025, 3, 3), 1, 0, 3));
        Map<String, String> reeks = new LinkedHashMap<>();
        reeks.put("1a.3-A", "Eerste contact");
        TijdigheidsGrafiek.Grafiek g = TijdigheidsGrafiek.maak(b, reeks, 0.80, 20);

        assertThat(g.maanden()).extracting(TijdigheidsGrafiek.Maand::naam).containsExactly("jan 2025", "feb 2025",
                "mrt 2025");
        assertThat(g.maanden().get(1).cijfers().get(0).toepasbaar()).isZero();
        TijdigheidsGrafiek.Cijfer jan = g.maanden().get(0).cijfers().get(0);
        assertThat(jan.kleineAantallen()).isTrue();
        // 6 of 8: Wilson 40.9% .. 92.9%
        assertThat(jan.tekst()).isEqualTo("75% (6/8; 41–93%) kleine aantallen");
        assertThat(g.maanden().get(0).volledig()).isTrue();
        assertThat(g.maanden().get(2).volledig()).isFalse();
        assertThat(g.svg()).contains("class=\"lopend\"").contains("nog lopend").contains("class=\"interval\"")
                .contains("class=\"aantal\"");
    }

    private static List<Bevinding> maand(LocalDate start, int voldoet, int tekort, int lopend) {
        List<Bevinding> b = new ArrayList<>();
        int k = 0;
        for (Uitkomst u : List.of(Uitkomst.VOLDOET, Uitkomst.TEKORT, Uitkomst.NOG_NIET_TOETSBAAR)) {
            int n = u == Uitkomst.VOLDOET ? voldoet : u == Uitkomst.TEKORT ? tekort : lopend;
            for (int i = 0; i < n; i++) {
                b.add(new Bevinding("1a.3", "1a.3-A", "D-" + start + "-" + k++, null, u, "t", bewijs(start)));
            }
        }
        return b;
    }

    /** The chart finds a dossier's start month in the finding's evidence. */
    private static Map<String, Object> bewijs(LocalDate start) {
        return new RecentBewijs(start.plusDays(30), "5 dagen", start, "laatste", null, start, start.plusDays(5),
                Map.of(), null);
    }
}
