package nl.normtoets.report;

import java.io.PrintStream;

import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Auditrapport.Invloed;
import nl.normtoets.report.Auditrapport.NormRij;

/**
 * The console lines under a norm (issue 13): how its judgement came about, and per indicator its own judgement,
 * count, share and interval, the decisive one marked, small numbers named, shortfalls split by influence.
 */
final class Scorelijnen {

    private final PrintStream out;

    Scorelijnen(PrintStream out) {
        this.out = out;
    }

    void norm(NormRij n) {
        if (n.combinatie() == null || n.indicatoren().isEmpty() || n.score() == null || !n.score().beoordeeld()) {
            return;
        }
        out.printf("       oordeel %s: %s van %s (interval %s)%s%n", combinatie(n.combinatie()),
                NlGetal.procent(n.oordeelsbasis()), NlOpmaak.geheel(n.aantal()), NlGetal.bereik(n.interval()),
                n.kleineAantallen() ? "; kleine aantallen" : "");
        for (IndicatorRij i : n.indicatoren()) {
            out.printf("       %s %-7s %-26s %9s %7s  %-13s%s%n", i.bepalend() ? "<" : " ", i.id(),
                    i.score() == null ? "" : Labels.oordeel(i.score()),
                    NlOpmaak.geheel(i.voldoet()) + "/" + NlOpmaak.geheel(i.toepasbaar()), NlGetal.procent(i.percentage()),
                    NlGetal.bereik(i.interval()), i.kleineAantallen() ? "  kleine aantallen" : "");
            invloed(i.invloed());
        }
    }

    /** The catalog's combination rule in words (the catalog keeps its own keywords). */
    private static String combinatie(String regel) {
        return switch (regel) {
            case "ergste" -> "naar de laagste indicator";
            case "gepoold" -> "op alle uitkomsten samen";
            case "gewogen" -> "gewogen over de indicatoren";
            default -> regel;
        };
    }

    /** "wachtlijst aanbieder 3, GI te laat 1": the reasons in words, not enum names. */
    private static String redenen(Invloed v) {
        StringBuilder s = new StringBuilder();
        v.perReden().forEach((reden, aantal) -> s.append(s.isEmpty() ? "(" : ", ")
                .append(reden.toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("gi ", "GI ")).append(' ')
                .append(aantal));
        return s.isEmpty() ? "" : s.append(')').toString();
    }

    private void invloed(Invloed v) {
        if (v == null) {
            return;
        }
        out.printf("           tekort binnen de invloed van de GI: %s, buiten: %s%s, zonder reden: %s %s%n",
                NlOpmaak.geheel(v.binnen()), NlOpmaak.geheel(v.buiten()), v.buitenTelt() ? " (telt mee)" : " (telt niet mee)", NlOpmaak.geheel(v.onbekend()), redenen(v));
    }
}
