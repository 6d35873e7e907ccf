package nl.normtoets.web.geschiedenis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.normtoets.geschiedenis.Trend.Punt;
import nl.normtoets.geschiedenis.Trend.Reeks;
import nl.normtoets.scoring.Oordeel;

class TrendgrafiekTest {

    @Test
    void tekentAandeelEnStreefwaardeAlsSvg() {
        Reeks r = new Reeks("1a.3", "1a.3", "Tijdige start", Arrays.asList(
                new Punt("a", LocalDate.of(2025, 3, 1), Oordeel.VOLDOET_NIET, 30.3, 3, 10),
                null,
                new Punt("c", LocalDate.of(2025, 6, 1), Oordeel.VOLDOET_GROTENDEELS, 82.0, 41, 50)));
        String svg = Trendgrafiek.svg(r, 0.80);
        assertThat(svg).startsWith("<svg").contains("1a.3 Tijdige start").contains("Streefwaarde 80%")
                .contains("01-03-2025");
    }

    @Test
    void zonderAandelenGeenGrafiek() {
        Reeks r = new Reeks("4", "4", "Effecten van wachten", Arrays.asList(
                new Punt("a", LocalDate.of(2025, 3, 1), Oordeel.NIET_BEOORDEELD, null, 0, 0)));
        assertThat(Trendgrafiek.svg(r, 0.80)).isNull();
    }
}
