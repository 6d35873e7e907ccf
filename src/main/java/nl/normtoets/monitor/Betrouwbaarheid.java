package nl.normtoets.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far one signal kind can be trusted for one maatregel: of the dossiers with this signal, how many rest on a
 * registration with a data-quality error ({@code controleerRegistratie}). Seed 001: plans were registered differently
 * per maatregel and face-to-face contacts poorly, so a share per maatregel tells a team where a signal is noise.
 */
public record Betrouwbaarheid(Signaalsoort soort, String maatregel, int signalen, int controleerRegistratie) {

    /** Share of this kind's signals that need their registration checked, 0..1. */
    public double aandeelFout() {
        return signalen == 0 ? 0 : (double) controleerRegistratie / signalen;
    }

    static List<Betrouwbaarheid> van(List<Monitorsignaal> signalen) {
        Map<Signaalsoort, Map<String, int[]>> tel = new TreeMap<>();
        for (Monitorsignaal s : signalen) {
            String m = s.toedeling() == null || s.toedeling().maatregel() == null ? Groepering.ONBEKEND
                    : s.toedeling().maatregel();
            int[] t = tel.computeIfAbsent(s.soort(), k -> new TreeMap<>()).computeIfAbsent(m, k -> new int[2]);
            t[0]++;
            if (s.controleerRegistratie()) {
                t[1]++;
            }
        }
        List<Betrouwbaarheid> uit = new ArrayList<>();
        tel.forEach((soort, perMaatregel) -> perMaatregel.forEach((m, t) ->
                uit.add(new Betrouwbaarheid(soort, m, t[0], t[1]))));
        return List.copyOf(uit);
    }

    /** Per kind over all maatregelen, for the list header. */
    public static Map<Signaalsoort, double[]> perSoort(List<Betrouwbaarheid> regels) {
        Map<Signaalsoort, double[]> uit = new TreeMap<>();
        for (Betrouwbaarheid b : regels) {
            double[] t = uit.computeIfAbsent(b.soort(), k -> new double[2]);
            t[0] += b.signalen();
            t[1] += b.controleerRegistratie();
        }
        return uit;
    }
}
