package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.thema4.Thema4Berekening;

class VerkenningTest {
    @Test
    void print() {
        long t0 = System.nanoTime();
        TrajectGenerator g = new TrajectGenerator(1);
        for (Meetmoment mm : Seedcijfers.MEETMOMENTEN) {
            LocalDate dag = mm.datum();
            var m = g.momentopname(dag);
            List<Dossier> lopend = m.dossiers().stream().filter(d -> !d.afgeslotenOp(dag)).toList();
            long ccp = lopend.stream().filter(d -> d.actieveToewijzing(dag).map(t -> t.werkwijze().name().equals("CCP")).orElse(false)).count();
            long crt = lopend.stream().filter(d -> d.actieveToewijzing(dag).map(t -> t.werkwijze().name().equals("CRT")).orElse(false)).count();
            long geen = lopend.stream().filter(d -> d.actieveToewijzing(dag).isEmpty()).count();
            var t4 = Thema4Berekening.bereken(m.dossiers(), dag);
            var f = g.formatie(dag);
            long openF2f = lopend.stream().filter(d -> d.eersteFysiekContactMetJeugdigeOfOuders().isEmpty()).count();
            long openPlan = lopend.stream().filter(d -> d.eerstePlan().isEmpty()).count();
            long openRt = lopend.stream().filter(d -> d.taxaties().stream().noneMatch(t -> t.soort() != nl.normtoets.dossier.TaxatieSoort.VEILIGHEID)).count();
            System.out.printf("%s %s lopend=%d %s ccp=%d crt=%d geen=%d ooitZonder=%.3f fte=%.1f ext=%.1f ziek=%.1f cl=%.2f open f2f=%d/%s plan=%d/%s rt=%d/%s%n",
                    dag, mm.kolom(), lopend.size(), TrajectGenerator.perMaatregel(lopend, dag), ccp, crt, geen,
                    t4.totaal().aandeelMetPeriodeZonderVaste(), f.fte(), f.fteExtern(), f.fteZiek(), lopend.size() / f.fte(),
                    openF2f, mm.openF2f(), openPlan, mm.openPlan(), openRt, mm.openTaxatie());
        }
        System.out.printf("verloop 2024 D %.2f G %.2f 2025 D %.2f G %.2f; %d ms%n", g.verloop(2024, true), g.verloop(2024, false),
                g.verloop(2025, true), g.verloop(2025, false), (System.nanoTime() - t0) / 1_000_000);
    }
}
