package nl.normtoets.web.rapport;

import nl.normtoets.report.Auditrapport.Bereik;
import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Auditrapport.Invloed;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.NlGetal;
import nl.normtoets.scoring.Interval;

/** Words and numbers for the scoring fragments of the report page (issue 13), in Dutch notation. */
public final class Scoreopmaak {

    public String bereik(Bereik b) {
        return NlGetal.bereik(b);
    }

    public String bereik(Interval i) {
        return i == null ? "-" : NlGetal.bereik(new Bereik(i.onderProcent(), i.bovenProcent()));
    }

    public String fractie(Double f) {
        return NlGetal.fractie(f);
    }

    public String combinatie(String c) {
        return switch (c == null ? "" : c) {
            case "ergste" -> "de laagst beoordeelde indicator is bepalend";
            case "gepoold" -> "alle uitkomsten van de indicatoren samen";
            case "gewogen" -> "gewogen gemiddelde van de indicatoren";
            default -> "";
        };
    }

    /** "oordeel op 48,7% van 924 (95%-interval 45,5–51,9%)". */
    public String basis(NormRij n) {
        if (n.combinatie() == null || n.score() == null || !n.score().beoordeeld()) {
            return "";
        }
        return "oordeel op " + NlGetal.procent(n.oordeelsbasis()) + " van " + n.aantal() + " (95%-interval "
                + NlGetal.bereik(n.interval()) + "); " + combinatie(n.combinatie());
    }

    public String indicator(IndicatorRij i) {
        return i.id() + " " + i.titel() + ": " + i.voldoet() + " / " + i.toepasbaar() + " ("
                + NlGetal.procent(i.percentage()) + (i.interval() == null ? "" : "; " + NlGetal.bereik(i.interval()))
                + ")";
    }

    public String invloed(Invloed v) {
        if (v == null) {
            return "";
        }
        StringBuilder redenen = new StringBuilder();
        v.perReden().forEach((r, n) -> redenen.append(redenen.isEmpty() ? "" : ", ")
                .append(r.toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("gi ", "GI ")).append(' ')
                .append(n));
        return "Tekort binnen de invloed van de GI: " + v.binnen() + "; buiten: " + v.buiten()
                + (v.buitenTelt() ? " (telt mee)" : " (telt niet mee)") + "; zonder reden: " + v.onbekend()
                + (redenen.isEmpty() ? "" : " (" + redenen + ")");
    }

    public String maand(String jjjjmm) {
        java.time.YearMonth m = java.time.YearMonth.parse(jjjjmm);
        String[] namen = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
        return namen[m.getMonthValue() - 1] + "-" + String.format("%02d", m.getYear() % 100);
    }
}
