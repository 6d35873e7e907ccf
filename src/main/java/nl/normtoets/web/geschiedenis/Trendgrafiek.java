package nl.normtoets.web.geschiedenis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import nl.normtoets.geschiedenis.Trend.Punt;
import nl.normtoets.geschiedenis.Trend.Reeks;
import nl.normtoets.scoring.Interval;
import nl.normtoets.web.grafiek.Grafiektekening;

/**
 * One norm's or indicator's course over the stored audits: the share that passes per audit's peildatum as a line,
 * its 95% Wilson interval (from the stored counts) as a shaded band, the count "voldoet/toepasbaar" at each point,
 * and the GI's target as a dashed line. Drawn by JFreeChart ({@link Grafiektekening}).
 */
final class Trendgrafiek {

    static final int BREEDTE = 560;
    static final int HOOGTE = 260;
    static final String REEKS = "% voldoet (band: 95%-interval)";
    private static final Color LIJN = new Color(0x15, 0x42, 0x73);

    private Trendgrafiek() {
    }

    /** The chart as an {@code <svg>} element to place in a page, or null when no audit has a share to draw. */
    static String svg(Reeks reeks, double streefwaarde) {
        JFreeChart chart = grafiek(reeks, streefwaarde);
        return chart == null ? null : Grafiektekening.svg(chart, BREEDTE, HOOGTE);
    }

    /** The chart itself (its dataset holds share and interval per peildatum), or null without any share. */
    static JFreeChart grafiek(Reeks reeks, double streefwaarde) {
        YIntervalSeries aandeel = new YIntervalSeries(REEKS, false, false);
        List<String> aantallen = new ArrayList<>();
        for (Punt p : reeks.punten()) {
            if (p == null || p.percentage() == null) {
                continue;
            }
            double x = new Day(p.peildatum().getDayOfMonth(), p.peildatum().getMonthValue(),
                    p.peildatum().getYear()).getFirstMillisecond();
            Interval iv = Interval.wilson(p.voldoet(), p.toepasbaar());
            double onder = iv == null ? p.percentage() : 100 * iv.onder();
            double boven = iv == null ? p.percentage() : 100 * iv.boven();
            aandeel.add(x, p.percentage(), onder, boven);
            aantallen.add(p.voldoet() + "/" + p.toepasbaar());
        }
        if (aandeel.getItemCount() == 0) {
            return null;
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(aandeel);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(reeks.id() + " " + reeks.titel(), "Peildatum",
                "% voldoet", data, true, false, false);
        Grafiektekening.opmaak(chart, "% voldoet");
        XYPlot plot = chart.getXYPlot();
        DateAxis x = (DateAxis) plot.getDomainAxis();
        x.setDateFormatOverride(new SimpleDateFormat("dd-MM-yyyy"));
        x.setLowerMargin(0.06); // room for the first and last count labels
        x.setUpperMargin(0.06);
        DeviationRenderer lijn = new DeviationRenderer(true, true);
        lijn.setSeriesPaint(0, LIJN);
        lijn.setSeriesStroke(0, new BasicStroke(2f));
        lijn.setSeriesFillPaint(0, new Color(0x15, 0x42, 0x73));
        lijn.setAlpha(0.18f);
        lijn.setDefaultItemLabelGenerator((d, s, i) -> aantallen.get(i));
        lijn.setDefaultItemLabelsVisible(true);
        lijn.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        plot.setRenderer(lijn);
        Grafiektekening.streeflijn(plot, streefwaarde * 100);
        return chart;
    }
}
