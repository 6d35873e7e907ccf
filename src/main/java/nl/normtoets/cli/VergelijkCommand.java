package nl.normtoets.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Auditsamenvatting;
import nl.normtoets.geschiedenis.Vergelijking;
import nl.normtoets.geschiedenis.Vergelijking.Verschil;
import nl.normtoets.geschiedenis.Vergelijking.Verschuiving;
import nl.normtoets.ingest.OnbruikbareInvoer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "vergelijk", mixinStandardHelpOptions = true,
        description = {"Vergelijkt twee bewaarde audits (id's uit 'geschiedenis'): per norm en indicator het oordeel "
                + "en het aandeel voor en na, met de verandering,",
                "en per indicator de dossiers die van TEKORT naar VOLDOET gingen en terug, per team."})
final class VergelijkCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "De eerdere audit (id).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "De latere audit (id).")
    String b;

    @Mixin
    Invoeropties invoer;

    @Mixin
    Opslagopties opslag;

    @Override
    public Integer call() {
        Vergelijking v;
        try (var o = opslag.open()) {
            Auditarchief archief = o.archief();
            Auditsamenvatting sa = samenvatting(archief, a);
            Auditsamenvatting sb = samenvatting(archief, b);
            v = Vergelijking.maak(sa, sb, archief.uitkomsten(a), archief.uitkomsten(b), invoer.catalogus());
        }
        print(v, System.out);
        return 0;
    }

    private static Auditsamenvatting samenvatting(Auditarchief archief, String id) {
        return archief.samenvatting(id).orElseThrow(() -> new OnbruikbareInvoer(
                "audit " + id + " is niet bewaard; zie 'normtoets geschiedenis'"));
    }

    static void print(Vergelijking v, PrintStream out) {
        out.printf("Vergelijking %s (peildatum %s) -> %s (peildatum %s)%n%n", v.voor().id(),
                Weergave.datum(v.voor().peildatum()), v.na().id(), Weergave.datum(v.na().peildatum()));
        String fmt = "%-8s %-26s %-26s %8s %8s %11s  %s%n";
        out.printf(fmt, "Norm", "Oordeel voor", "Oordeel na", "Voor", "Na", "Verandering", "Toepasbaar voor/na");
        out.println("-".repeat(110));
        for (Verschil n : v.normen()) {
            regel(out, fmt, n.id(), n);
            for (Verschil i : v.indicatoren()) {
                if (i.norm().equals(n.id())) {
                    regel(out, fmt, "  " + i.id(), i);
                }
            }
        }
        out.println();
        if (v.verschuivingen().isEmpty()) {
            out.println("Geen dossiers die van TEKORT naar VOLDOET gingen of terug.");
            return;
        }
        out.println("Dossiers die verschoven (per indicator en team):");
        for (Verschuiving s : v.verschuivingen()) {
            out.printf("  %-8s team %-10s TEKORT->VOLDOET %d%s; VOLDOET->TEKORT %d%s%n", s.indicator(), s.team(),
                    s.naarVoldoet().size(), lijst(s.naarVoldoet()), s.naarTekort().size(), lijst(s.naarTekort()));
        }
    }

    private static void regel(PrintStream out, String fmt, String id, Verschil d) {
        out.printf(fmt, id, Weergave.oordeel(d.oordeelVoor()), Weergave.oordeel(d.oordeelNa()),
                Weergave.procent(d.aandeelVoor()), Weergave.procent(d.aandeelNa()), Weergave.punten(d.verandering()),
                d.toepasbaarVoor() + "/" + d.toepasbaarNa());
    }

    private static String lijst(java.util.List<String> ids) {
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")";
    }
}
