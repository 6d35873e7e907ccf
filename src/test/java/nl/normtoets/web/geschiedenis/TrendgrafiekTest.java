package nl.normtoets.web.geschiedenis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

import nl.normtoets.geschiedenis.Trend.Punt;
import nl.normtoets.geschiedenis.Trend.Reeks;
import nl.normtoets.scoring.Interval;
import nl.normtoets.scoring.Oordeel;
import nl.normtoets.web.grafiek.Grafiektekening;

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

    /** Share, Wilson band and count per audit with a share; an audit without the norm has no point. */
    @Test
    void grafiekHeeftAandeelBandAantallenEnStreefwaarde() throws Exception {
        Reeks r = new Reeks("1a.3-A", "1a.3", "Eerste contact op tijd", Arrays.asList(
                new Punt("a", LocalDate.of(2025, 3, 1), null, 30.0, 3, 10),
                null,
                new Punt("c", LocalDate.of(2025, 6, 1), null, 82.0, 41, 50),
                new Punt("d", LocalDate.of(2025, 9, 1), null, 90.0, 90, 100)));
        JFreeChart chart = Trendgrafiek.grafiek(r, 0.80);

        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(1);
        assertThat(data.getItemCount(0)).isEqualTo(3);
        assertThat(data.getYValue(0, 0)).isEqualTo(30.0);
        Interval iv = Interval.wilson(3, 10);
        assertThat(data.getStartYValue(0, 0)).isCloseTo(100 * iv.onder(), within(1e-9));
        assertThat(data.getEndYValue(0, 0)).isCloseTo(100 * iv.boven(), within(1e-9));
        // fewer outcomes, wider band
        assertThat(data.getEndYValue(0, 0) - data.getStartYValue(0, 0))
                .isGreaterThan(data.getEndYValue(0, 2) - data.getStartYValue(0, 2));
        assertThat(plot.getRenderer().getItemLabelGenerator(0, 1).generateLabel(data, 0, 1)).isEqualTo("41/50");
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND)).extracting(m -> ((ValueMarker) m).getValue())
                .containsExactly(80.0);

        String svg = Trendgrafiek.svg(r, 0.80);
        assertThat(svg).contains("41/50").contains("Streefwaarde 80%").contains("Eerste contact op tijd");
        Path doel = Path.of("target", "grafieken");
        Files.createDirectories(doel);
        Files.writeString(doel.resolve("trend-1a.3-A.svg"), svg);
        Files.write(doel.resolve("trend-1a.3-A.png"), Grafiektekening.png(chart, Trendgrafiek.BREEDTE,
                Trendgrafiek.HOOGTE));
    }

    @Test
    void zonderAandelenGeenGrafiek() {
        Reeks r = new Reeks("4", "4", "Effecten van wachten", Arrays.asList(
                new Punt("a", LocalDate.of(2025, 3, 1), Oordeel.NIET_BEOORDEELD, null, 0, 0)));
        assertThat(Trendgrafiek.svg(r, 0.80)).isNull();
    }
}
