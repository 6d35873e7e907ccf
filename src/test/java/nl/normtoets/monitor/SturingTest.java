package nl.normtoets.monitor;

import static nl.normtoets.monitor.TestDossier.dossier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.PlanSoort;
import nl.normtoets.dossier.TaxatieSoort;
import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.Functie;
import nl.normtoets.organisatie.Medewerker;
import nl.normtoets.organisatie.OrganisatieFeiten;

/** Workload, work stock and signal reliability on hand-made sets; every expected number is worked out below. */
class SturingTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static final LocalDate P = LocalDate.of(2025, 6, 30);

    static Medewerker mw(String id, double fte, String team, boolean opleiding) {
        return new Medewerker(id, Functie.JEUGDBESCHERMER, fte, null, null, false, null, null, true, null, team, null,
                opleiding);
    }

    @Test
    void werklastPerMedewerkerEnTeam() {
        List<Dossier> ds = new ArrayList<>();
        LocalDate start = P.minusDays(100);
        for (int i = 0; i < 13; i++) { // M-1: 13 dossiers on 1,0 fte = 13 > 12
            ds.add(dossier("M1-" + i, start).team("D1").toewijzing(start, null, Werkwijze.VAST, "M-1").bouw());
        }
        ds.add(dossier("M1-dicht", start).team("D1").einde(P.minusDays(1))
                .toewijzing(start, null, Werkwijze.VAST, "M-1").bouw()); // closed: not counted
        for (int i = 0; i < 5; i++) { // M-2 in training: 5 on 0,5 fte = 10 > 8 (their norm), under 12
            ds.add(dossier("M2-" + i, start).team("D1").toewijzing(start, null, Werkwijze.VAST, "M-2").bouw());
        }
        ds.add(dossier("CCP-a", start).team("D1").toewijzing(start, null, Werkwijze.CCP, "CCP-1").bouw());
        ds.add(dossier("CCP-b", start).team("D1").maatregel(Maatregel.JR).toewijzing(start, null, Werkwijze.CCP, "CCP-1").bouw());
        ds.add(dossier("CRT-a", start).team("D1").maatregel(Maatregel.VOOGDIJ).toewijzing(start, null, Werkwijze.CRT, "CRT-1").bouw());
        ds.add(dossier("NIEMAND", start).team("D1").bouw());
        for (int i = 0; i < 6; i++) { // M-3: 6 on 0,8 fte = 7,5
            ds.add(dossier("M3-" + i, start).team("D2").toewijzing(start, null, Werkwijze.VAST, "M-3").bouw());
        }
        OrganisatieFeiten feiten = new OrganisatieFeiten(List.of(mw("M-1", 1.0, "D1", false), mw("M-2", 0.5, "D1", true),
                mw("M-3", 0.8, "D2", false)), null, null, null, null, null, null, null, null, null);

        Werklast w = Werklast.bereken(CATALOGUS, P, ds, feiten);

        assertThat(w.norm()).isEqualTo(12);
        assertThat(w.normInOpleiding()).isEqualTo(8);
        assertThat(w.bron()).contains("2023");
        Map<String, Werklast.Belasting> mw = w.medewerkers().stream().collect(Collectors.toMap(Werklast.Belasting::naam, Function.identity()));
        assertThat(mw.get("M-1").dossiers()).isEqualTo(13);
        assertThat(mw.get("M-1").perFte()).isEqualTo(13.0);
        assertThat(mw.get("M-1").bovenNorm()).isTrue();
        assertThat(mw.get("M-2").perFte()).isEqualTo(10.0);
        assertThat(mw.get("M-2").norm()).isEqualTo(8);
        assertThat(mw.get("M-2").bovenNorm()).isTrue();
        assertThat(mw.get("M-3").perFte()).isCloseTo(7.5, within(1e-9));
        assertThat(mw.get("M-3").bovenNorm()).isFalse();
        assertThat(mw.get("CCP-1").dossiers()).isEqualTo(2);
        assertThat(mw.get("CCP-1").fte()).isNull(); // not in organisatieFeiten: no caseload per fte
        assertThat(mw.get("CCP-1").bovenNorm()).isFalse();

        Map<String, Werklast.Belasting> team = w.teams().stream().collect(Collectors.toMap(Werklast.Belasting::naam, Function.identity()));
        // D1: 13 + 5 + 2 CCP + 1 CRT + 1 unassigned = 22 running dossiers on 1,5 fte = 14,67; norm (1x12 + 0,5x8)/1,5
        assertThat(team.get("D1").dossiers()).isEqualTo(22);
        assertThat(team.get("D1").fte()).isEqualTo(1.5);
        assertThat(team.get("D1").perFte()).isCloseTo(22 / 1.5, within(1e-9));
        assertThat(team.get("D1").norm()).isCloseTo(16 / 1.5, within(1e-9));
        assertThat(team.get("D1").bovenNorm()).isTrue();
        assertThat(team.get("D2").dossiers()).isEqualTo(6);
        assertThat(team.get("D2").bovenNorm()).isFalse();

        assertThat(w.zonderVaste()).containsExactlyInAnyOrder(
                new Werklast.ZonderVaste("D1", "(geen)", "OTS", 1),
                new Werklast.ZonderVaste("D1", "CCP", "JR", 1),
                new Werklast.ZonderVaste("D1", "CCP", "OTS", 1),
                new Werklast.ZonderVaste("D1", "CRT", "VOOGDIJ", 1));
        assertThat(w.voorTeam("d2").medewerkers()).extracting(Werklast.Belasting::naam).containsExactly("M-3");
    }

    @Test
    void werkvoorraadTegenDeInstroomnorm() {
        List<Dossier> ds = new ArrayList<>();
        LocalDate jan = LocalDate.of(2025, 1, 15);
        for (int i = 0; i < 69; i++) { // all first steps on time, all in January
            ds.add(dossier("OK-" + i, jan).toewijzing(jan, null, Werkwijze.VAST, "M-1").contact(jan)
                    .taxatie(jan, TaxatieSoort.VEILIGHEID, "ARIJ_VEILIGHEIDSLIJST").plan(jan.plusDays(10), PlanSoort.EERSTE).bouw());
        }
        ds.add(dossier("A", P.minusDays(2)).toewijzing(P.minusDays(2), null, Werkwijze.VAST, "M-1").bouw()); // in term
        ds.add(dossier("B", P.minusDays(10)).toewijzing(P.minusDays(10), null, Werkwijze.VAST, "M-1").bouw()); // overdue
        ds.add(dossier("C", P.minusDays(10)).toewijzing(P.minusDays(10), null, Werkwijze.VAST, "M-1")
                .contact(P.minusDays(7)).bouw()); // contact on time, no taxatie
        LocalDate mei = LocalDate.of(2025, 5, 5);
        ds.add(dossier("D", mei).toewijzing(mei, null, Werkwijze.VAST, "M-1").contact(mei.plusDays(8)).bouw()); // late
        LocalDate oud = LocalDate.of(2023, 1, 10);
        ds.add(dossier("E", oud).toewijzing(oud, null, Werkwijze.VAST, "M-1").bouw()); // old backlog, outside window

        List<Werkvoorraad> wv;
        try (Testmonitor m = new Testmonitor(CATALOGUS, P, 7, ds)) {
            wv = Monitor.volledig(m, CATALOGUS, null).werkvoorraad();
        }
        Map<Signaalsoort, Werkvoorraad> per = wv.stream().collect(Collectors.toMap(Werkvoorraad::soort, Function.identity()));
        assertThat(per.keySet()).containsExactlyInAnyOrder(Signaalsoort.EERSTE_CONTACT, Signaalsoort.EERSTE_PLAN,
                Signaalsoort.EERSTE_TAXATIE);
        // inflow: 69 + A, B, C, D = 73 in the 365 days before 30-06-2025 (E started earlier)
        Werkvoorraad f2f = per.get(Signaalsoort.EERSTE_CONTACT);
        assertThat(f2f.instroomPerMaand()).isCloseTo(73 * (365.0 / 12) / 365, within(1e-9));
        assertThat(f2f.norm()).isEqualTo(1); // 73 x 5 / 365 = 1,0
        assertThat(f2f.open()).isEqualTo(3); // A (in term), B and E (overdue)
        assertThat(f2f.overTijd()).isEqualTo(2);
        assertThat(f2f.bovenNorm()).isTrue();
        assertThat(maand(f2f, 2025, 1)).containsExactly(69, 69);
        assertThat(maand(f2f, 2025, 5)).containsExactly(1, 0); // D: done, late
        assertThat(maand(f2f, 2025, 6)).containsExactly(2, 1); // B late, C on time; A not yet judgeable
        assertThat(f2f.perMaand()).hasSize(12);

        Werkvoorraad plan = per.get(Signaalsoort.EERSTE_PLAN);
        assertThat(plan.norm()).isEqualTo(8); // 73 x 42 / 365 = 8,4
        assertThat(plan.open()).isEqualTo(5); // A, B, C in term; D (due 16-06) and E overdue
        assertThat(plan.overTijd()).isEqualTo(2);
        assertThat(maand(plan, 2025, 5)).containsExactly(1, 0);
        assertThat(maand(plan, 2025, 6)).containsExactly(0, 0);

        Werkvoorraad tax = per.get(Signaalsoort.EERSTE_TAXATIE);
        assertThat(tax.open()).isEqualTo(5); // A in term; B, C, D, E overdue
        assertThat(tax.overTijd()).isEqualTo(4);
        assertThat(maand(tax, 2025, 6)).containsExactly(2, 0);
    }

    @Test
    void signaalOpFouteRegistratieIsControleerRegistratie() {
        LocalDate start = P.minusDays(400);
        // a contact dated before the start: the contact signals rest on a faulty registration
        Dossier fout = dossier("F", start).toewijzing(start, null, Werkwijze.VAST, "M-1").contact(start.minusDays(3)).bouw();
        Dossier goed = dossier("G", start).toewijzing(start, null, Werkwijze.VAST, "M-1").contact(P.minusDays(120)).bouw();
        Dossier goed2 = dossier("H", start).toewijzing(start, null, Werkwijze.VAST, "M-1").contact(P.minusDays(130)).bouw();
        try (Testmonitor m = new Testmonitor(CATALOGUS, P, 7, List.of(fout, goed, goed2))) {
            Monitorsignaal f = m.signalen("F").stream().filter(s -> s.soort() == Signaalsoort.CONTACT_EN_EEN_OP_EEN)
                    .findFirst().orElseThrow();
            assertThat(f.controleerRegistratie()).isTrue();
            assertThat(f.weergavestatus()).isEqualTo("controleer registratie");
            assertThat(m.signalen("F")).filteredOn(s -> s.soort() == Signaalsoort.EVALUATIE_VERLOPEN)
                    .allMatch(s -> !s.controleerRegistratie()); // the evaluation does not rest on contacts
            assertThat(m.signalen("G")).noneMatch(Monitorsignaal::controleerRegistratie);

            List<Betrouwbaarheid> b = m.overzicht().betrouwbaarheid();
            // 3 dossiers with the merged contact signal (OTS), one on a faulty registration: 1 of 3
            assertThat(b).contains(new Betrouwbaarheid(Signaalsoort.CONTACT_EN_EEN_OP_EEN, "OTS", 3, 1));
            assertThat(Weergave.betrouwbaarheid(Signaalsoort.CONTACT_EN_EEN_OP_EEN,
                    Betrouwbaarheid.perSoort(b).get(Signaalsoort.CONTACT_EN_EEN_OP_EEN))).contains("66,7% betrouwbaar");
        }
    }

    private static List<Integer> maand(Werkvoorraad w, int jaar, int maand) {
        Werkvoorraad.Maand m = w.perMaand().stream().filter(x -> x.maand().equals(YearMonth.of(jaar, maand)))
                .findFirst().orElseThrow();
        return List.of(m.beoordeeld(), m.opTijd());
    }
}
