package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;

class AfdrukTijdelijk {
    @Test
    void druk() {
        List<Meetmoment> kolommen = Seedcijfers.MEETMOMENTEN.stream().filter(Meetmoment::heeftTijdigheid).toList();
        for (Meetmoment m : Seedcijfers.MEETMOMENTEN) {
            LocalDate dag = m.datum();
            var set = Trajectaudits.set(dag);
            List<Dossier> lopend = set.dossiers().stream().filter(d -> !d.afgeslotenOp(dag)).toList();
            long openF2f = lopend.stream().filter(d -> d.eersteFysiekContactMetJeugdigeOfOuders().isEmpty()).count();
            long openPlan = lopend.stream().filter(d -> d.eerstePlan().isEmpty()).count();
            long openRt = lopend.stream().filter(d -> d.taxaties().stream().noneMatch(t -> t.soort() != nl.normtoets.dossier.TaxatieSoort.VEILIGHEID)).count();
            String f = "", p = "";
            if (m.heeftTijdigheid()) {
                LocalDate vorige = Meetmoment.vorige(kolommen, m);
                var a = TrajectKalibratieTest.aandeel(dag, "1a.3-A", 5, vorige);
                var b = TrajectKalibratieTest.aandeel(dag, "1b.3-A", 42, vorige);
                f = String.format("%d/%d=%.1f", a.voldoet(), a.toepasbaar(), a.aandeel() * 100);
                p = String.format("%d/%d=%.1f", b.voldoet(), b.toepasbaar(), b.aandeel() * 100);
            }
            var r = Trajectaudits.rapport(dag);
            var z = r.thema4().zonderVasteOpPeildatum();
            System.out.printf("ROW|%s|%s|f2f %s|plan %s|open %d %d %d|lopend %d %s|zonder %d %s|ooit %.3f|1a3A %.1f|1b3A %.1f|Dr %d%n",
                    dag, m.kolom(), f, p, openF2f, openPlan, openRt, lopend.size(), TrajectGenerator.perMaatregel(lopend, dag),
                    z.totaal(), z.perWerkwijze(), r.thema4().totaal().aandeelMetPeriodeZonderVaste(),
                    TrajectKalibratieTest.percentage(r, "1a.3-A"), TrajectKalibratieTest.percentage(r, "1b.3-A"),
                    lopend.stream().filter(d -> "Drenthe".equals(d.regio())).count());
            r.bevindingen().stream().filter(b -> b.indicator().equals("5.4-F") || b.indicator().equals("5.4-G")).forEach(b ->
                    System.out.println("ROW5|" + dag + "|" + b.indicator() + "|" + b.bewijs()));
        }
        var feiten = Trajectaudits.set(Seedcijfers.LAATSTE).organisatieFeiten();
        feiten.get("personeelscijfers").forEach(x -> System.out.println("ROWF|" + x));
        var t = Trajectaudits.TRAJECT;
        System.out.printf("ROWV|2024 D %.3f G %.3f|2025 D %.3f G %.3f%n", t.verloop(2024, true), t.verloop(2024, false), t.verloop(2025, true), t.verloop(2025, false));
    }
}
