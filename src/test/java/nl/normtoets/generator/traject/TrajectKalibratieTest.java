package nl.normtoets.generator.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.generator.PerMaatregel;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.report.Auditrapport;
import tools.jackson.databind.JsonNode;

/**
 * The calibration test over the series (issue 17): every snapshot of the trajectory is audited, and the figures
 * the audit finds are compared with the seed tables (docs/kalibratie.md). The period filter of the audit does not
 * exist yet, so the test takes each measurement's window from the findings itself: a first contact falls due 5 days
 * after the start, a first plan 42 days after it, and a window holds the steps due after the previous measurement
 * up to this one (all due by the snapshot's day, so every finding is VOLDOET or TEKORT).
 *
 * <p>Tolerances: the monthly shares are drawn as a quota per window, so the share misses the seed only by rounding
 * on 10 to 55 dossiers and by dossiers of the window that ended before the step fell due or more than a month before
 * the snapshot (they count in the quota but not in the audit); 6 points, or two dossiers in a small window. Counts of dossiers without a vaste worker come from the day-by-day flows, not a
 * quota: 6% of the count. Staffing rows: PNIL comes in whole FTE and employees in part-time steps, each kept within half an FTE of the table, so 0.6 FTE; sickness is
 * the seed's share of the month, so 0.5 point.
 */
class TrajectKalibratieTest {

    static final double TOLERANTIE_MAAND = 0.06;

    /** 6 points, or two dossiers of the window when it is small (the last window holds two weeks of starts). */
    static double tolerantie(Aandeel a) {
        return Math.max(TOLERANTIE_MAAND, 2.0 / a.toepasbaar());
    }

    @Test
    void eersteContactEnEerstePlanPerMeetmomentVolgenDeTabellen() {
        SoftAssertions soft = new SoftAssertions();
        List<Meetmoment> kolommen = Seedcijfers.MEETMOMENTEN.stream().filter(Meetmoment::heeftTijdigheid).toList();
        for (Meetmoment m : kolommen) {
            LocalDate vorige = Meetmoment.vorige(kolommen, m);
            Aandeel f2f = aandeel(m.datum(), "1a.3-A", 5, vorige);
            Aandeel plan = aandeel(m.datum(), "1b.3-A", 42, vorige);
            soft.assertThat(f2f.toepasbaar()).as("%s: eerste contacten vervallen", m.kolom()).isGreaterThan(10);
            soft.assertThat(plan.toepasbaar()).as("%s: eerste plannen vervallen", m.kolom()).isGreaterThan(10);
            soft.assertThat(f2f.aandeel()).as("%s %s: 1a.3-A (%d)", m.kolom(), m.datum(), f2f.toepasbaar())
                    .isCloseTo(m.f2fOpTijd(), within(tolerantie(f2f)));
            soft.assertThat(plan.aandeel()).as("%s %s: 1b.3-A (%d)", m.kolom(), m.datum(), plan.toepasbaar())
                    .isCloseTo(m.planOpTijd(), within(tolerantie(plan)));
        }
        soft.assertAll();
    }

    @Test
    void opDeInspectiedatumZietDeAuditDeVoorraadVanSeed002() {
        Auditrapport r = Trajectaudits.rapport(LocalDate.of(2025, 3, 10));
        // seed 002: 585 of 975 first contacts and 295 of 975 first plans on time over the whole stock
        assertThat(percentage(r, "1a.3-A")).isCloseTo(60.0, within(5.0));
        assertThat(percentage(r, "1b.3-A")).isCloseTo(30.3, within(5.0));
        assertThat(r.aantallen().dossiersAfgewezen()).isZero();
    }

    @Test
    void dossiersZonderVasteJeugdbeschermerOpDeDrieTelmomenten() {
        SoftAssertions soft = new SoftAssertions();
        for (Seedcijfers.ZonderVaste z : Seedcijfers.ZONDER_VASTE) {
            var zonder = Trajectaudits.rapport(z.datum()).thema4().zonderVasteOpPeildatum();
            soft.assertThat((double) zonder.totaal()).as("zonder vaste op %s", z.datum())
                    .isCloseTo(z.aantal(), within(z.aantal() * 0.06));
            if (z.ccp() != null) {
                soft.assertThat((double) zonder.perWerkwijze().getOrDefault("CCP", 0)).as("CCP op %s", z.datum())
                        .isCloseTo(z.ccp(), within(Math.max(8, z.ccp() * 0.25)));
                soft.assertThat((double) zonder.perWerkwijze().getOrDefault("CRT", 0)).as("CRT op %s", z.datum())
                        .isCloseTo(z.crt(), within(z.crt() * 0.08));
            }
        }
        soft.assertAll();
    }

    @Test
    void totalenPerMaatregelEnRegio() {
        SoftAssertions soft = new SoftAssertions();
        for (Seedcijfers.Stand s : Seedcijfers.STANDEN) {
            Auditset set = Trajectaudits.set(s.datum());
            PerMaatregel gemeten = TrajectGenerator.perMaatregel(set.dossiers(), s.datum());
            soft.assertThat((double) gemeten.totaal()).as("totaal op %s", s.datum())
                    .isCloseTo(s.aantallen().totaal(), within(s.aantallen().totaal() * 0.02));
            soft.assertThat((double) gemeten.jr()).as("JR op %s", s.datum())
                    .isCloseTo(s.aantallen().jr(), within(s.aantallen().jr() * 0.04));
            soft.assertThat((double) gemeten.ots()).as("OTS op %s", s.datum())
                    .isCloseTo(s.aantallen().ots(), within(s.aantallen().ots() * 0.04));
            soft.assertThat((double) gemeten.voogdij()).as("voogdij op %s", s.datum())
                    .isCloseTo(s.aantallen().voogdij(), within(s.aantallen().voogdij() * 0.04));
        }
        // seed 000 §3: 378 of 944 in Drenthe on 28-8-2025
        LocalDate aug = LocalDate.of(2025, 8, 28);
        long drenthe = Trajectaudits.set(aug).dossiers().stream().filter(d -> !d.afgeslotenOp(aug))
                .filter(d -> "Drenthe".equals(d.regio())).count();
        soft.assertThat((double) drenthe).as("Drenthe op 28-8-2025").isCloseTo(378, within(30.0));
        soft.assertAll();
    }

    @Test
    void formatiePerMaandInDeLaatsteAuditset() {
        JsonNode feiten = Trajectaudits.TRAJECT.momentopname(Seedcijfers.LAATSTE).organisatieFeiten();
        Map<String, JsonNode> rijen = new java.util.TreeMap<>();
        feiten.get("personeelscijfers").forEach(rij -> rijen.put(rij.get("maand").asString(), rij));
        SoftAssertions soft = new SoftAssertions();
        for (Seedcijfers.Maandformatie f : Seedcijfers.FORMATIE) {
            JsonNode rij = rijen.get(f.maand().toString());
            soft.assertThat(rij).as("rij %s", f.maand()).isNotNull();
            if (rij == null) {
                continue;
            }
            double fte = rij.get("fte").asDouble();
            soft.assertThat(fte).as("fte %s", f.maand()).isCloseTo(f.fte(), within(0.6));
            soft.assertThat(rij.get("fteExtern").asDouble()).as("PNIL %s", f.maand()).isCloseTo(f.pnil(), within(0.6));
            soft.assertThat(rij.get("fteZiek").asDouble() / fte).as("ziek %s", f.maand())
                    .isCloseTo(f.ziekAandeel(), within(0.005));
        }
        // and the staff of those months is the staff in the file: employees in service on the 1st add up to the row
        for (String maand : List.of("2025-03", "2025-09", "2026-01")) {
            LocalDate eerste = YearMonth.parse(maand).atDay(1);
            double som = 0;
            for (JsonNode m : feiten.get("medewerkers")) {
                LocalDate in = LocalDate.parse(m.get("inDienst").asString());
                LocalDate uit = m.has("uitDienst") ? LocalDate.parse(m.get("uitDienst").asString()) : null;
                if (!in.isAfter(eerste) && (uit == null || uit.isAfter(eerste))) {
                    som += m.get("fte").asDouble();
                }
            }
            soft.assertThat(som).as("medewerkers in dienst op %s", eerste)
                    .isCloseTo(rijen.get(maand).get("fte").asDouble(), within(0.01));
        }
        soft.assertAll();
    }

    @Test
    void verzuimEnVerloopZoalsDeAuditZeOpElkeDatumZiet() {
        // seed 001: 20% sick in March 2025, 13% in January 2026 (the audit reads the peildatum's month)
        assertThat(bewijs(LocalDate.of(2025, 3, 10), "5.4-F", "verzuim")).isCloseTo(0.20, within(0.005));
        assertThat(bewijs(LocalDate.of(2026, 1, 19), "5.4-F", "verzuim")).isCloseTo(0.133, within(0.005));
        // twelve months back from March 2025 are mostly 2024: seed 003 52% (Drenthe, 45 FTE) and 29% (Groningen,
        // 58 FTE), together about 39%; from February 2026 back it is 2025: seed 000 expects 15%. About 25 and 10
        // leavers a year: the spread of a year's count is 5 to 8 points, so 12 points over the whole staff; per
        // region (27 and 41 employed FTE, 10 to 14 leavers) one standard deviation is 9 to 14 points, so 20 points.
        assertThat(bewijs(LocalDate.of(2025, 3, 10), "5.4-G", "verloop")).isCloseTo(0.39, within(0.12));
        assertThat(bewijs(Seedcijfers.LAATSTE, "5.4-G", "verloop")).isCloseTo(0.15, within(0.08));
        assertThat(Trajectaudits.TRAJECT.verloop(2024, true)).as("Drenthe 2024").isCloseTo(0.52, within(0.20));
        assertThat(Trajectaudits.TRAJECT.verloop(2024, false)).as("Groningen 2024").isCloseTo(0.29, within(0.20));
    }

    // ---------------------------------------------------------------- helpers

    record Aandeel(int voldoet, int toepasbaar) {
        double aandeel() {
            return toepasbaar == 0 ? Double.NaN : (double) voldoet / toepasbaar;
        }
    }

    /** The share of an indicator's findings for dossiers whose step fell due in (vorige, dag]. */
    static Aandeel aandeel(LocalDate dag, String indicator, int termijn, LocalDate vorige) {
        Auditset set = Trajectaudits.set(dag);
        Map<String, Dossier> perId = set.dossiers().stream().collect(Collectors.toMap(Dossier::id, Function.identity()));
        int voldoet = 0;
        int toepasbaar = 0;
        for (Bevinding b : Trajectaudits.rapport(dag).bevindingen()) {
            if (!indicator.equals(b.indicator()) || b.dossier() == null) {
                continue;
            }
            LocalDate verval = perId.get(b.dossier()).startdatum().plusDays(termijn);
            if (!verval.isAfter(vorige) || verval.isAfter(dag)) {
                continue;
            }
            if (b.uitkomst() == Uitkomst.VOLDOET || b.uitkomst() == Uitkomst.TEKORT) {
                toepasbaar++;
                voldoet += b.uitkomst() == Uitkomst.VOLDOET ? 1 : 0;
            }
        }
        return new Aandeel(voldoet, toepasbaar);
    }

    static double percentage(Auditrapport r, String indicator) {
        return r.normen().stream().flatMap(n -> n.indicatoren().stream()).filter(i -> i.id().equals(indicator))
                .findFirst().orElseThrow().percentage();
    }

    static double bewijs(LocalDate dag, String indicator, String veld) {
        Bevinding b = Trajectaudits.rapport(dag).bevindingen().stream().filter(x -> indicator.equals(x.indicator()))
                .findFirst().orElseThrow();
        return ((Number) b.bewijs().get(veld)).doubleValue();
    }
}
