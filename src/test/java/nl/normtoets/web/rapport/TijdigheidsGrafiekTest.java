package nl.normtoets.web.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeriesCollection;
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
        assertThat(g.svg()).startsWith("<svg").contains("nog lopend").contains("Streefwaarde 80%")
                .contains("1a.3-A Eerste contact").contains("jan 2025").contains("feb 2025");
    }

    /** The chart's data: one series per indicator, share and Wilson interval per month with outcomes, the target. */
    @Test
    void grafiekDraagtReeksIntervalAantalEnStreefwaarde() throws Exception {
        List<Bevinding> b = new ArrayList<>();
        b.addAll(maand(LocalDate.of(2025, 1, 6), 6, 2, 0));
        b.addAll(maand(LocalDate.of(2025, 3, 3), 1, 0, 3));
        Map<String, String> reeks = new LinkedHashMap<>();
        reeks.put("1a.3-A", "Eerste contact");
        reeks.put("1b.3-A", "Plan op tijd");
        TijdigheidsGrafiek.Grafiek g = TijdigheidsGrafiek.maak(b, reeks, 0.80, 20);
        JFreeChart chart = TijdigheidsGrafiek.grafiek(g.reeksen(), g.maanden(), g.streefwaarde());

        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeriesKey(0)).isEqualTo("1a.3-A Eerste contact");
        // January and March have outcomes for 1a.3-A (February none); 1b.3-A none at all
        assertThat(data.getItemCount(0)).isEqualTo(2);
        assertThat(data.getItemCount(1)).isZero();
        assertThat(data.getYValue(0, 0)).isEqualTo(75.0);
        assertThat(data.getStartYValue(0, 0)).isCloseTo(40.9, within(0.1));
        assertThat(data.getEndYValue(0, 0)).isCloseTo(92.9, within(0.1));
        assertThat(plot.getRenderer().getItemLabelGenerator(0, 0).generateLabel(data, 0, 0)).isEqualTo("8");
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND)).extracting(m -> ((ValueMarker) m).getValue())
                .containsExactly(80.0);
        assertThat(plot.getDomainMarkers(Layer.BACKGROUND)).hasSize(1);

        Path doel = Path.of("target", "grafieken");
        Files.createDirectories(doel);
        Files.writeString(doel.resolve("tijdigheid.svg"), g.svg());
        byte[] png = TijdigheidsGrafiek.png(g);
        Files.write(doel.resolve("tijdigheid.png"), png);
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
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
