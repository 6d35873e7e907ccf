package nl.normtoets.web.grafiek;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.w3c.dom.Document;

/**
 * What the product's charts share: JFreeChart draws them, Batik's SVG generator turns the drawing into an inline
 * {@code <svg>} element (no SVG written by hand, no script on the page), and the same chart can be had as PNG. Also
 * the common look: a 0–100% share axis and the target as a dashed red line with its label.
 */
public final class Grafiektekening {

    public static final Color STREEFKLEUR = new Color(0xc0, 0x39, 0x2b);
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Grafiektekening() {
    }

    /** The chart as an {@code <svg>} element to place in a page (without XML declaration and DOCTYPE). */
    public static String svg(JFreeChart chart, int breedte, int hoogte) {
        Document doc = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new Dimension(breedte, hoogte));
        chart.draw(g, new Rectangle(breedte, hoogte));
        StringWriter uit = new StringWriter();
        try {
            g.stream(uit, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = uit.toString();
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    /** The same chart as PNG, for documents that take no SVG. */
    public static byte[] png(JFreeChart chart, int breedte, int hoogte) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(uit, chart, breedte, hoogte);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /** White background, light grid, a share axis from 0 to 100%. */
    public static void opmaak(JFreeChart chart, String asLabel) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(13f));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinesVisible(false);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setLabel(asLabel);
        y.setRange(0, 105); // room above 100% for the count labels
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20, new java.text.DecimalFormat("0'%'")));
    }

    /** The target as a dashed horizontal line at {@code procent}, labelled "Streefwaarde 80%". */
    public static ValueMarker streeflijn(XYPlot plot, double procent) {
        ValueMarker m = new ValueMarker(procent, STREEFKLEUR, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        m.setLabel(streeftekst(procent));
        m.setLabelPaint(STREEFKLEUR);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(m);
        return m;
    }

    public static String streeftekst(double procent) {
        return String.format(NL, "Streefwaarde %.0f%%", procent);
    }
}
