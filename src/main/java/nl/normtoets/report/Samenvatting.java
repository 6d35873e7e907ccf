package nl.normtoets.report;

import java.io.PrintStream;
import java.util.Locale;

import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.ThemaRij;
import nl.normtoets.scoring.Oordeel;
import nl.normtoets.thema4.Thema4Cijfers;
import nl.normtoets.thema4.Wachtcijfers;

/** The console table a quality officer reads first: per theme and norm the judgement and the figures. */
public final class Samenvatting {

    private Samenvatting() {
    }

    public static void print(Auditrapport r, PrintStream out) {
        out.printf("normtoets: %s, peildatum %s (normcatalogus %s)%n", r.organisatie() == null ? "-" : r.organisatie(),
                r.peildatum(), r.catalogusVersie());
        var a = r.aantallen();
        out.printf("Dossiers: %d ingelezen, %d getoetst, %d afgewezen; %d bevindingen%n", a.dossiersIngelezen(),
                a.dossiersGetoetst(), a.dossiersAfgewezen(), a.bevindingen());
        if (r.periode() != null) {
            out.printf("Meetperiode: %s (startfase-normen tellen dossiers die in deze periode startten; "
                    + "%d bevindingen buiten de periode niet meegeteld)%n", r.periode().tekst(), r.periode().buitenPeriode());
        }
        out.println("Oordeel per norm: de laagst beoordeelde indicator is bepalend (<), tenzij de normcatalogus "
                + "anders zegt; interval = 95%-betrouwbaarheidsinterval (Wilson).");
        out.println();
        String fmt = "%-6s %-6s %-26s %15s %7s  %s%n";
        out.printf(fmt, "Thema", "Norm", "Oordeel", "voldoet/toepasb", "%", "Titel");
        out.println("-".repeat(100));
        Scorelijnen lijnen = new Scorelijnen(out);
        for (ThemaRij t : r.themas()) {
            for (NormRij n : r.normen()) {
                if (n.thema().equals(t.id())) {
                    out.printf(fmt, n.thema(), n.id(), n.score(), n.voldoet() + "/" + n.toepasbaar(),
                            NlGetal.procent(n.percentage()), kort(n.titel()));
                    lijnen.norm(n);
                }
            }
            out.printf(fmt, t.id(), "", "=> " + t.score(), "", "", kort(t.titel()));
            if (t.uitleg() != null) {
                out.printf("       %s%n", t.uitleg());
            }
            if (t.score() == Oordeel.NIET_BEOORDEELD && t.reden() != null && !"4".equals(t.id())) {
                out.printf("       reden: %s%n", t.reden());
            }
            if ("4".equals(t.id()) && r.thema4() != null) {
                thema4(r.thema4(), out);
            }
            out.println();
        }
        if (!r.organisatieFouten().isEmpty()) {
            out.printf("%d fout(en) in organisatieFeiten; zie 'organisatieFouten' in het rapport. Eerste fout: %s%n",
                    r.organisatieFouten().size(), r.organisatieFouten().get(0));
        }
        if (!r.afgewezen().isEmpty()) {
            out.printf("%d dossier(s) afgewezen; zie 'afgewezen' in het rapport. Eerste fout: %s%n",
                    r.afgewezen().size(), r.afgewezen().get(0).fouten().get(0));
        }
    }

    /** Theme 4 in a few lines: figures only, no judgement. */
    private static void thema4(Thema4Cijfers c, PrintStream out) {
        Wachtcijfers t = c.totaal();
        out.printf("       cijfers (geen oordeel), %d dossiers:%n", t.dossiers());
        out.printf("       - periode zonder vaste jeugdbeschermer: %d (%s); nog nooit een vaste: %d%n",
                t.metPeriodeZonderVaste(), pct(t.aandeelMetPeriodeZonderVaste()), t.nogZonderVaste());
        out.printf("       - dagen tot eerste vaste jeugdbeschermer: mediaan %s, p90 %s%n", getal(t.mediaanDagenTotVaste()),
                getal(t.p90DagenTotVaste()));
        out.printf("       - wisselingen van jeugdbeschermer per dossier: gemiddeld %s, hoogstens %d%n",
                getal(t.gemiddeldAantalWisselingen()), t.maximumWisselingen());
        out.printf("       - dagen tot eerste hulp (%d dossiers met hulp): mediaan %s, p90 %s%n", t.metHulp(),
                getal(t.mediaanDagenTotHulp()), getal(t.p90DagenTotHulp()));
        var z = c.zonderVasteOpPeildatum();
        out.printf("       - op de peildatum zonder vaste jeugdbeschermer: %d%s%n", z.totaal(), z.totaal() == 0 ? ""
                : " " + z.perWerkwijze() + "; per gemeente " + z.perGemeente());
    }

    private static String pct(Double fractie) {
        return fractie == null ? "-" : String.format(Locale.ROOT, "%.1f%%", fractie * 100);
    }

    private static String getal(Number n) {
        return n == null ? "-" : n instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : n.toString();
    }

    private static String kort(String s) {
        return s == null ? "" : s.length() > 44 ? s.substring(0, 43) + "…" : s;
    }
}
