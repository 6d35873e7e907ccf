package nl.normtoets.web.rapport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.RecentBewijs;
import nl.normtoets.engine.TermijnBewijs;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.scoring.Interval;
import nl.normtoets.web.grafiek.Grafiektekening;

/**
 * Timeliness per start month, as in the monthly tables of the GI's own reports: for each chosen indicator the share
 * VOLDOET among VOLDOET + TEKORT, grouped by the month of the dossier's startdatum (from the finding's evidence),
 * set against the target. Drawn by JFreeChart into inline SVG on the server ({@link Grafiektekening}), so the page
 * needs no script and no network.
 */
public final class TijdigheidsGrafiek {

    static final String[] KLEUREN = {"#1f5fa8", "#d9730d", "#2e8540", "#7b3f9e"};
    private static final String[] MAANDEN = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
            "nov", "dec"};
    static final int B = 720;
    static final int H = 300;
    static final String LOPEND = "nog lopend";

    /**
     * One indicator's figures in one month: applicable outcomes, those met, those whose term has not run out yet
     * (the month is then not complete), and whether the count is below the catalog's minimum.
     */
    public record Cijfer(int voldoet, int toepasbaar, int nogNietToetsbaar, boolean kleineAantallen) {

        public Cijfer(int voldoet, int toepasbaar) {
            this(voldoet, toepasbaar, 0, false);
        }

        public Double aandeel() {
            return toepasbaar == 0 ? null : (double) voldoet / toepasbaar;
        }

        /** The 95% Wilson interval; null when nothing applies. */
        public Interval interval() {
            return Interval.wilson(voldoet, toepasbaar);
        }

        public String tekst() {
            if (toepasbaar == 0) {
                return "-";
            }
            Interval i = interval();
            return String.format(Locale.ROOT, "%.0f%% (%d/%d; %.0f–%.0f%%)%s", 100 * aandeel(), voldoet, toepasbaar,
                    100 * i.onder(), 100 * i.boven(), kleineAantallen ? " kleine aantallen" : "");
        }
    }

    public record Reeks(String indicator, String label, String kleur) {
    }

    /** {@code volledig}: every term of the month's dossiers has run out; a last month that is not is greyed out. */
    public record Maand(YearMonth maand, String naam, List<Cijfer> cijfers, boolean volledig) {

        public Maand(YearMonth maand, String naam, List<Cijfer> cijfers) {
            this(maand, naam, cijfers, true);
        }
    }

    /** The chart as SVG markup plus the same figures as a table (for screen readers and the PDF). */
    public record Grafiek(String svg, List<Reeks> reeksen, List<Maand> maanden, double streefwaarde) {
        public boolean leeg() {
            return maanden.isEmpty();
        }

        /**
         * The chart as a PNG data URI, for the PDF: openhtmltopdf's SVG path (Batik into PDFBox) cannot draw the
         * SVG that JFreeChart makes through Batik, so the PDF carries the picture at twice the size instead.
         */
        public String pngDataUri() {
            return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(this));
        }

        public String streefTekst() {
            return String.format(Locale.ROOT, "%.0f%%", streefwaarde * 100);
        }
    }

    private TijdigheidsGrafiek() {
    }

    /** @param indicatoren indicator id to label, in the order of the legend */
    public static Grafiek maak(List<Bevinding> bevindingen, Map<String, String> indicatoren, double streefwaarde) {
        return maak(bevindingen, indicatoren, streefwaarde, 0);
    }

    /** @param minimum below this many applicable outcomes a month's point is marked "kleine aantallen" */
    public static Grafiek maak(List<Bevinding> bevindingen, Map<String, String> indicatoren, double streefwaarde,
                               int minimum) {
        List<Reeks> reeksen = new ArrayList<>();
        int k = 0;
        for (var e : indicatoren.entrySet()) {
            reeksen.add(new Reeks(e.getKey(), e.getValue(), KLEUREN[k++ % KLEUREN.length]));
        }
        Map<String, Map<YearMonth, int[]>> tellingen = new LinkedHashMap<>();
        indicatoren.keySet().forEach(i -> tellingen.put(i, new TreeMap<>()));
        TreeSet<YearMonth> alle = new TreeSet<>();
        for (Bevinding b : bevindingen) {
            Map<YearMonth, int[]> perMaand = tellingen.get(b.indicator());
            if (perMaand == null || b.uitkomst() == Uitkomst.NIET_VAN_TOEPASSING) {
                continue;
            }
            LocalDate start = startVan(b);
            if (start == null) {
                continue;
            }
            YearMonth m = YearMonth.from(start);
            alle.add(m);
            int[] t = perMaand.computeIfAbsent(m, x -> new int[3]);
            if (b.uitkomst() == Uitkomst.NOG_NIET_TOETSBAAR) {
                t[2]++;
                continue;
            }
            t[1]++;
            if (b.uitkomst() == Uitkomst.VOLDOET) {
                t[0]++;
            }
        }
        List<Maand> maanden = new ArrayList<>();
        // every month from the first to the last start, also one without applicable outcomes: no gaps on the axis
        for (YearMonth m = alle.isEmpty() ? null : alle.first(); m != null && !m.isAfter(alle.last());
             m = m.plusMonths(1)) {
            List<Cijfer> cijfers = new ArrayList<>();
            boolean volledig = true;
            for (Reeks r : reeksen) {
                int[] t = tellingen.get(r.indicator()).getOrDefault(m, new int[3]);
                cijfers.add(new Cijfer(t[0], t[1], t[2], t[1] > 0 && t[1] < minimum));
                volledig &= t[2] == 0;
            }
            maanden.add(new Maand(m, naam(m), cijfers, volledig));
        }
        return new Grafiek(svg(reeksen, maanden, streefwaarde), reeksen, maanden, streefwaarde);
    }

    /** The month a finding counts in: the start of its dossier, when its evidence has it. */
    static LocalDate startVan(Bevinding b) {
        if (b.bewijs() instanceof TermijnBewijs t) {
            return t.vanafStart() ? t.begin() : null;
        }
        if (b.bewijs() instanceof RecentBewijs r) {
            return r.startdatum();
        }
        return null;
    }

    static LocalDate datum(Object waarde) {
        if (waarde instanceof LocalDate d) {
            return d;
        }
        if (waarde instanceof CharSequence s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String naam(YearMonth m) {
        return MAANDEN[m.getMonthValue() - 1] + " " + m.getYear();
    }

    private static String svg(List<Reeks> reeksen, List<Maand> maanden, double streef) {
        return maanden.isEmpty() ? "" : Grafiektekening.svg(grafiek(reeksen, maanden, streef), B, H);
    }

    /** The grafiek's chart as PNG (for documents that take no SVG); empty when there are no months. */
    public static byte[] png(Grafiek g) {
        return g.leeg() ? new byte[0]
                : Grafiektekening.png(grafiek(g.reeksen(), g.maanden(), g.streefwaarde()), 2 * B, 2 * H);
    }

    /**
     * The chart: per indicator a line over the start months (the share VOLDOET in %), the 95% Wilson interval of
     * each point as an error bar (a month of 8 dossiers spans most of the scale, and should look it), the number of
     * applicable dossiers above each point, the target as a dashed line, and a grey band "nog lopend" over a last
     * month whose terms have not all run out. Series sit side by side within a month so their bars stay apart.
     */
    static JFreeChart grafiek(List<Reeks> reeksen, List<Maand> maanden, double streef) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<List<String>> aantallen = new ArrayList<>();
        int n = maanden.size();
        for (int r = 0; r < reeksen.size(); r++) {
            Reeks reeks = reeksen.get(r);
            YIntervalSeries serie = new YIntervalSeries(kort(reeks.indicator() + " " + reeks.label(), 50), false, false);
            List<String> labels = new ArrayList<>();
            double opzij = (r - (reeksen.size() - 1) / 2.0) * 0.08;
            for (int i = 0; i < n; i++) {
                Cijfer c = maanden.get(i).cijfers().get(r);
                if (c.aandeel() == null) {
                    continue;
                }
                Interval iv = c.interval();
                serie.add(i + opzij, 100 * c.aandeel(), 100 * iv.onder(), 100 * iv.boven());
                labels.add(Integer.toString(c.toepasbaar()));
            }
            data.addSeries(serie);
            aantallen.add(labels);
        }
        String[] namen = maanden.stream().map(Maand::naam).toArray(String[]::new);
        SymbolAxis x = new SymbolAxis("Startmaand", namen);
        x.setGridBandsVisible(false);
        x.setRange(-0.5, Math.max(0.5, n - 0.5));
        NumberAxis y = new NumberAxis("% op tijd");
        XYErrorRenderer lijn = new XYErrorRenderer();
        lijn.setDrawXError(false);
        lijn.setDrawYError(true);
        lijn.setDefaultLinesVisible(true);
        lijn.setDefaultShapesVisible(true);
        lijn.setCapLength(6);
        for (int r = 0; r < reeksen.size(); r++) {
            Color kleur = Color.decode(reeksen.get(r).kleur());
            lijn.setSeriesPaint(r, kleur);
            lijn.setSeriesStroke(r, new BasicStroke(2.5f));
        }
        lijn.setErrorStroke(new BasicStroke(1f));
        lijn.setDefaultItemLabelGenerator((d, s, i) -> aantallen.get(s).get(i));
        lijn.setDefaultItemLabelsVisible(true);
        lijn.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        XYPlot plot = new XYPlot(data, x, y, lijn);
        JFreeChart chart = new JFreeChart("Tijdigheid per startmaand tegen de streefwaarde",
                new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true);
        Grafiektekening.opmaak(chart, "% op tijd");
        Grafiektekening.streeflijn(plot, streef * 100);
        if (n > 0 && !maanden.get(n - 1).volledig()) {
            // the last month's terms have not all run out: its share can still change
            IntervalMarker lopend = new IntervalMarker(n - 1.5, n - 0.5, new Color(0xe6, 0xe6, 0xe6));
            lopend.setLabel(LOPEND);
            lopend.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            lopend.setLabelPaint(new Color(0x77, 0x77, 0x77));
            lopend.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            lopend.setLabelAnchor(RectangleAnchor.BOTTOM);
            lopend.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addDomainMarker(lopend, Layer.BACKGROUND);
        }
        return chart;
    }

    private static String kort(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
