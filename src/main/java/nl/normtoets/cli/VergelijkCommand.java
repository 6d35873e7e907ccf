package nl.normtoets.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Auditsamenvatting;
import nl.normtoets.geschiedenis.Lezingvergelijking;
import nl.normtoets.geschiedenis.Reviewarchief;
import nl.normtoets.geschiedenis.Vergelijking;
import nl.normtoets.geschiedenis.Vergelijking.Verschil;
import nl.normtoets.geschiedenis.Vergelijking.Verschuiving;
import nl.normtoets.ingest.OnbruikbareInvoer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.review.DossierlezingLezer;
import nl.normtoets.review.Dossierlezing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "vergelijk", mixinStandardHelpOptions = true,
        description = {"Vergelijkt twee bewaarde audits (id's uit 'geschiedenis'): per norm en indicator het oordeel "
                + "en het aandeel voor en na, met de verandering.",
                "Per indicator ook de dossiers die van TEKORT naar VOLDOET gingen en terug, per team.",
                "Hebben beide audits een gelezen steekproef, dan ook per norm de dossierlezing voor en na."})
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
        java.util.Optional<Lezingvergelijking> lezing;
        try (var o = opslag.open()) {
            Auditarchief archief = o.archief();
            Auditsamenvatting sa = samenvatting(archief, a);
            Auditsamenvatting sb = samenvatting(archief, b);
            Normcatalogus catalogus = invoer.catalogus();
            v = Vergelijking.maak(sa, sb, archief.uitkomsten(a), archief.uitkomsten(b), catalogus);
            Dossierlezing lijst = DossierlezingLezer.standaard(catalogus);
            Reviewarchief reviews = new Reviewarchief(o.ds(), archief);
            lezing = Lezingvergelijking.maak(reviews.verslag(a, catalogus, lijst), reviews.verslag(b, catalogus, lijst));
        }
        print(v, System.out);
        lezing.ifPresent(l -> print(l, System.out));
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

    /** The dossierlezing per norm before and after: "2 van 20" and its judgement, and the combined judgement. */
    static void print(Lezingvergelijking l, PrintStream out) {
        out.println();
        out.println("Dossierlezing (steekproef) per norm:");
        String fmt = "%-8s %-12s %-26s %-12s %-26s %11s  %s%n";
        out.printf(fmt, "Norm", "Lezing voor", "Oordeel lezing voor", "Lezing na", "Oordeel lezing na", "Verandering",
                "Samen voor -> na");
        out.println("-".repeat(130));
        for (Lezingvergelijking.Rij r : l.normen()) {
            out.printf(fmt, r.norm(), telling(r.voorVoldoet(), r.voorToepasbaar()), Weergave.oordeel(r.voorLezing()),
                    telling(r.naVoldoet(), r.naToepasbaar()), Weergave.oordeel(r.naLezing()),
                    Weergave.punten(r.verandering()),
                    Weergave.oordeel(r.voorOordeel()) + " -> " + Weergave.oordeel(r.naOordeel()));
        }
    }

    private static String telling(Integer voldoet, Integer toepasbaar) {
        return voldoet == null ? "-" : voldoet + " van " + toepasbaar;
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
