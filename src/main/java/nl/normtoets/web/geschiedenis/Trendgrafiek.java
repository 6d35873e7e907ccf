package nl.normtoets.web.geschiedenis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.util.Locale;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.w3c.dom.Document;

import nl.normtoets.geschiedenis.Trend.Punt;
import nl.normtoets.geschiedenis.Trend.Reeks;

/**
 * One norm's or indicator's course as an SVG line chart: the share that passes per audit's peildatum against the
 * GI's target as a flat line. Drawn by JFreeChart into Batik's SVG generator, so no SVG is written by hand.
 */
final class Trendgrafiek {

    static final int BREEDTE = 560;
    static final int HOOGTE = 260;

    private Trendgrafiek() {
    }

    /** The chart as an {@code <svg>} element to place in a page, or null when no audit has a share to draw. */
    static String svg(Reeks reeks, double streefwaarde) {
        TimeSeries aandeel = new TimeSeries("% voldoet");
        TimeSeries doel = new TimeSeries(String.format(Locale.forLanguageTag("nl-NL"), "Streefwaarde %.0f%%",
                streefwaarde * 100));
        for (Punt p : reeks.punten()) {
            if (p != null && p.percentage() != null) {
                Day dag = new Day(p.peildatum().getDayOfMonth(), p.peildatum().getMonthValue(), p.peildatum().getYear());
                aandeel.addOrUpdate(dag, p.percentage());
                doel.addOrUpdate(dag, streefwaarde * 100);
            }
        }
        if (aandeel.isEmpty()) {
            return null;
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(aandeel);
        data.addSeries(doel);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(reeks.id() + " " + reeks.titel(), "Peildatum",
                "% voldoet", data, true, false, false);
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(13f));
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, 100);
        DateAxis x = (DateAxis) plot.getDomainAxis();
        x.setDateFormatOverride(new SimpleDateFormat("dd-MM-yyyy"));
        XYLineAndShapeRenderer lijn = new XYLineAndShapeRenderer(true, true);
        lijn.setSeriesPaint(0, new Color(0x15, 0x42, 0x73));
        lijn.setSeriesPaint(1, new Color(0xc0, 0x39, 0x2b));
        lijn.setSeriesShapesVisible(1, false);
        lijn.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        plot.setRenderer(lijn);

        Document doc = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new Dimension(BREEDTE, HOOGTE));
        chart.draw(g, new Rectangle(BREEDTE, HOOGTE));
        StringWriter uit = new StringWriter();
        try {
            g.stream(uit, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = uit.toString();
        int start = svg.indexOf("<svg"); // inline in HTML: without the XML declaration and DOCTYPE
        return start < 0 ? svg : svg.substring(start);
    }
}
