package nl.normtoets.report;

import java.io.PrintStream;
import java.util.Locale;

import nl.normtoets.report.Auditrapport.NormRegel;
import nl.normtoets.report.Auditrapport.ThemaRegel;

/** The console table a quality officer reads first: per theme and norm the judgement and the figures. */
public final class Samenvatting {

    private Samenvatting() {
    }

    public static void print(Auditrapport r, PrintStream out) {
        out.printf("normtoets: %s, peildatum %s (normcatalogus %s)%n", r.organisatie() == null ? "-" : r.organisatie(),
                r.peildatum(), r.catalogusVersie());
        var a = r.aantallen();
        out.printf("Dossiers: %d ingelezen, %d getoetst, %d afgewezen; %d bevindingen%n%n", a.dossiersIngelezen(),
                a.dossiersGetoetst(), a.dossiersAfgewezen(), a.bevindingen());
        String fmt = "%-6s %-6s %-26s %15s %7s  %s%n";
        out.printf(fmt, "Thema", "Norm", "Oordeel", "voldoet/toepasb", "%", "Titel");
        out.println("-".repeat(100));
        for (ThemaRegel t : r.themas()) {
            for (NormRegel n : r.normen()) {
                if (n.thema().equals(t.id())) {
                    out.printf(fmt, n.thema(), n.id(), n.score(), n.voldoet() + "/" + n.toepasbaar(),
                            n.percentage() == null ? "-" : String.format(Locale.ROOT, "%.1f", n.percentage()),
                            kort(n.titel()));
                }
            }
            out.printf(fmt, t.id(), "", "=> " + t.score(), "", "", kort(t.titel()));
            out.println();
        }
        if (!r.afgewezen().isEmpty()) {
            out.printf("%d dossier(s) afgewezen; zie 'afgewezen' in het rapport. Eerste fout: %s%n",
                    r.afgewezen().size(), r.afgewezen().get(0).fouten().get(0));
        }
    }

    private static String kort(String s) {
        return s == null ? "" : s.length() > 44 ? s.substring(0, 43) + "…" : s;
    }
}
