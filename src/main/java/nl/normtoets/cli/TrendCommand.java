package nl.normtoets.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Auditsamenvatting;
import nl.normtoets.geschiedenis.Trend;
import nl.normtoets.geschiedenis.Trend.Punt;
import nl.normtoets.geschiedenis.Trend.Reeks;
import nl.normtoets.ingest.OnbruikbareInvoer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Het verloop per norm en indicator over de bewaarde audits van één organisatie: per peildatum "
                + "het aandeel dat voldoet, en bij normen het oordeel."})
final class TrendCommand implements Callable<Integer> {

    @Option(names = "--organisatie", paramLabel = "NAAM", required = true, description = "De organisatie.")
    String organisatie;

    @Option(names = "--norm", paramLabel = "ID", description = "Alleen deze norm en haar indicatoren (bv. 1a.3).")
    String norm;

    @Mixin
    Opslagopties opslag;

    @Override
    public Integer call() {
        List<Auditsamenvatting> samenvattingen = new ArrayList<>();
        try (var o = opslag.open()) {
            for (Auditkop k : o.archief().lijst(organisatie)) {
                o.archief().samenvatting(k.id()).ifPresent(samenvattingen::add);
            }
        }
        if (samenvattingen.isEmpty()) {
            throw new OnbruikbareInvoer("geen bewaarde audits van organisatie " + organisatie
                    + "; zie 'normtoets geschiedenis'");
        }
        print(Trend.maak(organisatie, samenvattingen), norm, System.out);
        return 0;
    }

    static void print(Trend t, String norm, PrintStream out) {
        out.printf("Trend %s over %d audit(s)%n%n", t.organisatie(), t.audits().size());
        StringBuilder kop = new StringBuilder(String.format("%-9s", "Norm"));
        for (Auditkop k : t.audits()) {
            kop.append(String.format("  %-28s", Weergave.datum(k.peildatum())));
        }
        out.println(kop);
        out.println("-".repeat(kop.length()));
        for (Reeks r : t.reeksen()) {
            if (norm != null && !r.norm().equals(norm)) {
                continue;
            }
            boolean isNorm = r.id().equals(r.norm());
            StringBuilder regel = new StringBuilder(String.format("%-9s", isNorm ? r.id() : "  " + r.id()));
            for (Punt p : r.punten()) {
                String cel = p == null ? "-" : Weergave.procent(p.percentage()) + " (" + p.voldoet() + "/"
                        + p.toepasbaar() + ")" + (isNorm ? " " + Weergave.oordeel(p.oordeel()) : "");
                regel.append(String.format("  %-28s", cel));
            }
            out.println(regel.toString().stripTrailing());
        }
    }
}
