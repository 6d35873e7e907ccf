package nl.normtoets.web.rapport;

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

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.RecentBewijs;
import nl.normtoets.engine.TermijnBewijs;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.scoring.Interval;

/**
 * Timeliness per start month, as in the monthly tables of the GI's own reports: for each chosen indicator the share
 * VOLDOET among VOLDOET + TEKORT, grouped by the month of the dossier's startdatum (from the finding's evidence),
 * set against the target. Drawn as inline SVG on the server, so the page needs no script and no network.
 */
public final class TijdigheidsGrafiek {

    static final String[] KLEUREN = {"#1f5fa8", "#d9730d", "#2e8540", "#7b3f9e"};
    private static final String[] MAANDEN = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
            "nov", "dec"};
    private static final int B = 720;
    private static final int H = 300;
    private static final int LINKS = 48;
    private static final int RECHTS = 40;
    private static final int BOVEN = 40;
    private static final int ONDER = 36;

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
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"grafiek-titel\" class=\"grafiek\">", B, H, B, H));
        s.append("<title id=\"grafiek-titel\">Tijdigheid per startmaand tegen de streefwaarde</title>");
        int plotB = B - LINKS - RECHTS;
        int plotH = H - BOVEN - ONDER;
        for (int p = 0; p <= 100; p += 20) {
            double y = BOVEN + plotH * (1 - p / 100.0);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\" "
                    + "stroke-width=\"1\"/>", LINKS, y, B - RECHTS, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
                    + "font-family=\"sans-serif\" fill=\"#444444\">%d%%</text>", LINKS - 6, y + 4, p));
        }
        double yStreef = BOVEN + plotH * (1 - streef);
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c0392b\" "
                + "stroke-width=\"2\" stroke-dasharray=\"6,4\" class=\"streeflijn\"/>", LINKS, yStreef, B - RECHTS, yStreef));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
                + "font-family=\"sans-serif\" fill=\"#c0392b\">streefwaarde %.0f%%</text>", B - RECHTS - 4,
                yStreef - 5, streef * 100));
        int n = maanden.size();
        double stap = n <= 1 ? 0 : (double) plotB / (n - 1);
        int labelElke = Math.max(1, (int) Math.ceil(n / 12.0));
        if (n > 0 && !maanden.get(n - 1).volledig()) {
            // the last month's terms have not all run out: its share can still change, so it is drawn grey
            double x = n == 1 ? LINKS + plotB / 2.0 : LINKS + (n - 1) * stap;
            double half = n == 1 ? plotB / 2.0 : stap / 2;
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                    + "fill=\"#e6e6e6\" class=\"lopend\"/>", x - half, BOVEN, half * 2, plotH));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                    + "font-family=\"sans-serif\" fill=\"#777777\">nog lopend</text>", x, BOVEN - 4));
        }
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? LINKS + plotB / 2.0 : LINKS + i * stap;
            if (i % labelElke == 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                        + "font-family=\"sans-serif\" fill=\"#444444\">%s</text>", x, H - ONDER + 16,
                        maanden.get(i).naam()));
            }
        }
        for (int r = 0; r < reeksen.size(); r++) {
            Reeks reeks = reeksen.get(r);
            StringBuilder punten = new StringBuilder();
            StringBuilder stippen = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Double a = maanden.get(i).cijfers().get(r).aandeel();
                if (a == null) {
                    continue;
                }
                Cijfer c = maanden.get(i).cijfers().get(r);
                boolean grijs = i == n - 1 && !maanden.get(i).volledig();
                String kleur = grijs ? "#999999" : reeks.kleur();
                double x = (n == 1 ? LINKS + plotB / 2.0 : LINKS + i * stap) + (r - (reeksen.size() - 1) / 2.0) * 4;
                double y = BOVEN + plotH * (1 - a);
                punten.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                Interval iv = c.interval();
                // the 95% interval as a whisker: a month of 8 dossiers spans most of the scale, and should look it
                stippen.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"%s\" stroke-width=\"1\" opacity=\"0.6\" class=\"interval\"/>", x,
                        BOVEN + plotH * (1 - iv.boven()), x, BOVEN + plotH * (1 - iv.onder()), kleur));
                stippen.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"%s/>",
                        x, y, kleur, c.kleineAantallen() ? " fill-opacity=\"0.5\"" : ""));
                stippen.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"8\" "
                        + "text-anchor=\"middle\" font-family=\"sans-serif\" fill=\"%s\" class=\"aantal\">%d</text>",
                        x, y - 6, kleur, c.toepasbaar()));
            }
            if (!punten.isEmpty()) {
                s.append(String.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" points=\"%s\" "
                        + "class=\"reeks\"/>", reeks.kleur(), punten.toString().trim()));
                s.append(stippen);
            }
            int lx = LINKS + r * 330;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"10\" width=\"14\" height=\"4\" fill=\"%s\"/>",
                    lx, reeks.kleur()));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"12\" font-family=\"sans-serif\" "
                    + "fill=\"#222222\">%s</text>", lx + 20, xml(kort(reeks.indicator() + " " + reeks.label(), 50))));
        }
        s.append("</svg>");
        return s.toString();
    }

    private static String kort(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
