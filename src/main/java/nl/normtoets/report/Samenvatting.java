package nl.normtoets.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.ThemaRij;
import nl.normtoets.scoring.Oordeel;
import nl.normtoets.thema4.Thema4Cijfers;
import nl.normtoets.thema4.Wachtcijfers;

/**
 * The console table a quality officer reads first: per theme and norm the judgement and the figures. Words from
 * {@link Labels}, numbers and dates the Dutch way ({@link NlOpmaak}); column widths follow the widest value, so the
 * columns stay in line for 50 000 dossiers as for 50.
 */
public final class Samenvatting {

    private Samenvatting() {
    }

    public static void print(Auditrapport r, PrintStream out) {
        out.printf("normtoets: %s, peildatum %s (normcatalogus %s)%n", r.organisatie() == null ? "-" : r.organisatie(),
                NlOpmaak.datum(r.peildatum()), r.catalogusVersie());
        var a = r.aantallen();
        out.printf("Dossiers: %s ingelezen, %s getoetst, %s afgewezen; %s bevindingen%n%n",
                NlOpmaak.geheel(a.dossiersIngelezen()), NlOpmaak.geheel(a.dossiersGetoetst()),
                NlOpmaak.geheel(a.dossiersAfgewezen()), NlOpmaak.geheel(a.bevindingen()));
        if (r.periode() != null) {
            out.printf("Meetperiode: %s (startfase-normen tellen dossiers die in deze periode startten; "
                    + "%s bevindingen buiten de periode niet meegeteld)%n", r.periode().tekst(),
                    NlOpmaak.geheel(r.periode().buitenPeriode()));
        }
        out.println("Oordeel per norm: de laagst beoordeelde indicator is bepalend (<), tenzij de normcatalogus "
                + "anders zegt; interval = 95%-betrouwbaarheidsinterval (Wilson).");
        out.println();
        List<List<String[]>> perThema = new ArrayList<>();
        List<List<NormRij>> normenPerThema = new ArrayList<>();
        for (ThemaRij t : r.themas()) {
            List<String[]> rijen = new ArrayList<>();
            List<NormRij> normen = new ArrayList<>();
            for (NormRij n : r.normen()) {
                if (n.thema().equals(t.id())) {
                    rijen.add(new String[] {n.thema(), n.id(), Labels.oordeel(n.score()),
                            NlOpmaak.geheel(n.voldoet()) + "/" + NlOpmaak.geheel(n.toepasbaar()),
                            NlOpmaak.procent(n.percentage()), kort(n.titel())});
                    normen.add(n);
                }
            }
            rijen.add(new String[] {t.id(), "", "=> " + Labels.oordeel(t.score()), "", "", kort(t.titel())});
            perThema.add(rijen);
            normenPerThema.add(normen);
        }
        String[] kop = {"Thema", "Norm", "Oordeel", "voldoet/toepasbaar", "%", "Titel"};
        int[] b = new int[kop.length];
        for (int i = 0; i < kop.length; i++) {
            b[i] = kop[i].length();
            for (List<String[]> rijen : perThema) {
                for (String[] rij : rijen) {
                    b[i] = Math.max(b[i], rij[i].length());
                }
            }
        }
        String fmt = "%-" + b[0] + "s  %-" + b[1] + "s  %-" + b[2] + "s  %" + b[3] + "s  %" + b[4] + "s  %s%n";
        out.printf(fmt, (Object[]) kop);
        out.println("-".repeat(b[0] + b[1] + b[2] + b[3] + b[4] + 10 + 44));
        String inspring = " ".repeat(b[0] + 2);
        Scorelijnen lijnen = new Scorelijnen(out);
        for (int k = 0; k < r.themas().size(); k++) {
            ThemaRij t = r.themas().get(k);
            List<String[]> rijen = perThema.get(k);
            List<NormRij> normen = normenPerThema.get(k);
            for (int i = 0; i < rijen.size(); i++) {
                out.printf(fmt, (Object[]) rijen.get(i));
                if (i < normen.size()) {
                    lijnen.norm(normen.get(i)); // indicator judgements, the decisive one, counts and intervals
                }
            }
            if (t.uitleg() != null) {
                out.printf("%s%s%n", inspring, t.uitleg());
            }
            if (t.score() == Oordeel.NIET_BEOORDEELD && t.reden() != null && !"4".equals(t.id())) {
                out.printf("%sreden: %s%n", inspring, NlOpmaak.toelichting(t.reden()));
            }
            if ("4".equals(t.id()) && r.thema4() != null) {
                thema4(r.thema4(), out, inspring);
            }
            out.println();
        }
        if (!r.organisatieFouten().isEmpty()) {
            out.printf("%d fout(en) in organisatieFeiten; zie 'organisatieFouten' in het rapport. Eerste fout: %s%n",
                    r.organisatieFouten().size(), r.organisatieFouten().get(0));
        }
        if (!r.afgewezen().isEmpty()) {
            out.printf("%s dossier(s) afgewezen; zie 'afgewezen' in het rapport. Eerste fout: %s%n",
                    NlOpmaak.geheel(r.afgewezen().size()), r.afgewezen().get(0).fouten().get(0));
        }
    }

    /** Theme 4 in a few lines: figures only, no judgement. */
    private static void thema4(Thema4Cijfers c, PrintStream out, String in) {
        Wachtcijfers t = c.totaal();
        out.printf("%scijfers (geen oordeel), %s dossiers:%n", in, NlOpmaak.geheel(t.dossiers()));
        out.printf("%s- periode zonder vaste jeugdbeschermer: %s (%s); nog nooit een vaste: %s%n", in,
                NlOpmaak.geheel(t.metPeriodeZonderVaste()), NlOpmaak.aandeel(t.aandeelMetPeriodeZonderVaste()),
                NlOpmaak.geheel(t.nogZonderVaste()));
        out.printf("%s- dagen tot eerste vaste jeugdbeschermer: mediaan %s, p90 %s%n", in,
                NlOpmaak.getal(t.mediaanDagenTotVaste()), NlOpmaak.getal(t.p90DagenTotVaste()));
        out.printf("%s- wisselingen van jeugdbeschermer per dossier: gemiddeld %s, hoogstens %d%n", in,
                NlOpmaak.getal(t.gemiddeldAantalWisselingen()), t.maximumWisselingen());
        out.printf("%s- dagen tot eerste hulp (%s dossiers met hulp): mediaan %s, p90 %s%n", in,
                NlOpmaak.geheel(t.metHulp()), NlOpmaak.getal(t.mediaanDagenTotHulp()),
                NlOpmaak.getal(t.p90DagenTotHulp()));
        var z = c.zonderVasteOpPeildatum();
        out.printf("%s- op de peildatum zonder vaste jeugdbeschermer: %s%s%n", in, NlOpmaak.geheel(z.totaal()),
                z.totaal() == 0 ? "" : " (" + lijst(z.perWerkwijze(), true) + "); per gemeente "
                        + lijst(z.perGemeente(), false));
    }

    private static String lijst(Map<String, Integer> m, boolean codes) {
        return m.entrySet().stream().map(e -> (codes ? Labels.waarde(e.getKey()) : e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String kort(String s) {
        return s == null ? "" : s.length() > 44 ? s.substring(0, 43) + "…" : s;
    }
}
