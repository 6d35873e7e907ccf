package nl.normtoets.report;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.normtoets.report.Auditrapport.Bereik;
import nl.normtoets.scoring.Interval;
import nl.normtoets.scoring.Maandtabel;
import nl.normtoets.scoring.Maandtabel.Cel;
import nl.normtoets.scoring.Maandtabel.Rij;

/**
 * Prints the per-start-month table in the shape of the GI's own monthly reports (seeds 000 and 001): a column per
 * month, the target as the last column; per indicator the rows "te doen", "op tijd", the share and its interval.
 */
public final class Maandoverzicht {

    private static final String[] MAANDEN = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
            "nov", "dec"};

    private Maandoverzicht() {
    }

    public static void print(Maandtabel tabel, PrintStream out) {
        out.println("Maandtabel per startmaand (startfase-indicatoren; uit dezelfde bevindingen als het oordeel)");
        if (tabel.leeg() || tabel.rijen().isEmpty()) {
            out.println("  geen toepasbare uitkomsten");
            return;
        }
        List<String> kop = new ArrayList<>();
        kop.add("");
        for (String m : tabel.maanden()) {
            kop.add(label(m));
        }
        kop.add("totaal");
        kop.add("norm");
        List<List<String>> regels = new ArrayList<>();
        regels.add(kop);
        boolean klein = false;
        boolean onvolledig = false;
        for (Rij r : tabel.rijen()) {
            List<String> teDoen = rij(r.indicator() + " te doen");
            List<String> opTijd = rij(r.indicator() + " op tijd");
            List<String> aandeel = rij(r.indicator() + " tijdig");
            List<String> interval = rij(r.indicator() + " 95%-interval");
            for (Cel c : r.cellen()) {
                teDoen.add(c.teDoen() + (c.volledig() ? "" : "°"));
                opTijd.add(String.valueOf(c.opTijd()));
                aandeel.add(aandeel(c));
                interval.add(interval(c.interval()));
                klein |= c.kleineAantallen();
                onvolledig |= !c.volledig();
            }
            Cel t = r.totaal();
            teDoen.add(String.valueOf(t.teDoen()));
            opTijd.add(String.valueOf(t.opTijd()));
            aandeel.add(aandeel(t));
            interval.add(interval(t.interval()));
            teDoen.add("");
            opTijd.add("");
            aandeel.add(NlGetal.fractie(r.streefwaarde()));
            interval.add("");
            regels.add(teDoen);
            regels.add(opTijd);
            regels.add(aandeel);
            regels.add(interval);
        }
        int[] breedte = new int[kop.size()];
        for (List<String> regel : regels) {
            for (int k = 0; k < regel.size(); k++) {
                breedte[k] = Math.max(breedte[k], regel.get(k).length());
            }
        }
        for (List<String> regel : regels) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < regel.size(); k++) {
                String cel = regel.get(k);
                s.append(k == 0 ? String.format("%-" + breedte[0] + "s", cel)
                        : String.format("  %" + breedte[k] + "s", cel));
            }
            out.println(s.toString().stripTrailing());
        }
        if (klein) {
            out.println("* kleine aantallen: minder toepasbare uitkomsten dan het minimum van de normcatalogus; "
                    + "lees het aandeel samen met het interval.");
        }
        if (onvolledig) {
            out.println("° nog niet alle termijnen van deze maand zijn verstreken; het aandeel kan nog veranderen.");
        }
    }

    private static List<String> rij(String naam) {
        List<String> r = new ArrayList<>();
        r.add(naam);
        return r;
    }

    private static String aandeel(Cel c) {
        return c.aandeel() == null ? "-" : NlGetal.fractie(c.aandeel()) + (c.kleineAantallen() ? "*" : "");
    }

    private static String interval(Interval i) {
        return i == null ? "-" : NlGetal.bereik(new Bereik(i.onderProcent(), i.bovenProcent())).replace("%", "");
    }

    /** "jan-25", as the GI's own tables head their columns. */
    static String label(String jjjjmm) {
        YearMonth m = YearMonth.parse(jjjjmm);
        return MAANDEN[m.getMonthValue() - 1] + "-" + String.format("%02d", m.getYear() % 100);
    }
}
