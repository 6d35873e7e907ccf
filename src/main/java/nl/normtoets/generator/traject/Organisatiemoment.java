package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code organisatieFeiten} (theme 5) of one snapshot: the jeugdbeschermers and jeugdreclasseerders of the
 * simulated staff who were in service on the day (plus those who left in the year before, with their last day), the
 * monthly staffing table from January 2024 up to the day's month computed from that same staff, and governance
 * records on fixed dates. Everything has an absolute date, so a later snapshot shows the same past.
 *
 * <p>Governance dates and the shares of staff files not in order are estimates (schatting) in the spirit of seed
 * 002 (VOGs and diplomas missing in some files, years without a client survey, PDCA not in place, a long silence of
 * the works council) and seed 001 (files put in order, a new raad van toezicht, client surveys again, quarterly
 * caseload talks since October 2025).
 */
final class Organisatiemoment {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final YearMonth EERSTE_MAAND = YearMonth.of(2024, 1);
    /** Staff files were put in order after the inspection report of July 2025 (seed 001; date schatting). */
    private static final LocalDate DOSSIERS_OP_ORDE = LocalDate.of(2025, 7, 1);
    private static final LocalDate CASELOADGESPREKKEN = LocalDate.of(2025, 10, 1);

    private Organisatiemoment() {
    }

    static ObjectNode maak(List<Werker> werkers, LocalDate dag, Collection<String> gemeenten) {
        ObjectNode o = F.objectNode();
        ArrayNode medewerkers = o.putArray("medewerkers");
        for (Werker w : werkers) {
            if (!w.inDienst.isAfter(dag) && (w.uitDienst == null || w.uitDienst.isAfter(dag.minusYears(1)))) {
                medewerkers.add(medewerker(w, dag));
            }
        }
        ArrayNode cijfers = o.putArray("personeelscijfers");
        for (YearMonth m = EERSTE_MAAND; !m.isAfter(YearMonth.from(dag)); m = m.plusMonths(1)) {
            cijfers.add(maandcijfers(werkers, m, dag));
        }
        o.put("jaarverslag", laatste(List.of(d(2023, 6, 28), d(2024, 6, 28), d(2025, 6, 28)), dag));
        ArrayNode adviezen = o.putArray("clientenraadAdviezen");
        advies(adviezen, dag, d(2024, 3, 1), d(2024, 5, 15));
        advies(adviezen, dag, d(2024, 9, 2), d(2025, 1, 20)); // answered late
        advies(adviezen, dag, d(2025, 2, 10), d(2025, 4, 22));
        advies(adviezen, dag, d(2025, 6, 16), d(2025, 8, 4));
        advies(adviezen, dag, d(2025, 11, 3), d(2025, 12, 15));
        // the works council: long silences in 2024, then formal meetings every five weeks from February 2025
        ArrayNode or = o.putArray("orVergaderingen");
        for (LocalDate x : List.of(d(2024, 2, 12), d(2024, 5, 21), d(2024, 10, 7))) {
            datum(or, x, dag);
        }
        for (LocalDate x = d(2025, 2, 3); !x.isAfter(dag); x = x.plusWeeks(5)) {
            or.add(x.toString());
        }
        ArrayNode rvt = o.putArray("rvtVergaderingen");
        for (LocalDate x = d(2024, 3, 15); x.isBefore(d(2025, 1, 1)) && !x.isAfter(dag); x = x.plusMonths(3)) {
            rvt.add(x.toString());
        }
        for (LocalDate x = d(2025, 2, 17); !x.isAfter(dag); x = x.plusMonths(2)) {
            rvt.add(x.toString()); // seed 001: a new raad van toezicht
        }
        ArrayNode onderzoek = o.putArray("clientervaringsonderzoeken");
        datum(onderzoek, d(2021, 5, 3), dag);
        datum(onderzoek, d(2025, 10, 13), dag);
        ArrayNode acties = o.putArray("verbeteracties");
        actie(acties, dag, "VA-01", d(2024, 4, 1), null, d(2024, 12, 31), null, null);
        actie(acties, dag, "VA-02", d(2024, 6, 1), "HR", d(2024, 11, 1), d(2025, 2, 20), null);
        actie(acties, dag, "VA-03", d(2025, 3, 1), "bestuurder", d(2025, 6, 1), d(2025, 5, 20), d(2025, 7, 1));
        actie(acties, dag, "VA-04", d(2025, 3, 1), "kwaliteit", d(2025, 9, 1), d(2025, 8, 25), d(2025, 10, 20));
        actie(acties, dag, "VA-05", d(2025, 3, 15), "HR", d(2025, 7, 1), d(2025, 9, 15), null);
        actie(acties, dag, "VA-06", d(2025, 9, 8), "teammanagers", d(2025, 12, 1), d(2025, 11, 24), d(2026, 1, 19));
        actie(acties, dag, "VA-07", d(2025, 10, 13), "kwaliteit", d(2026, 3, 1), null, null);
        actie(acties, dag, "VA-08", d(2025, 10, 13), "manager bedrijfsvoering", d(2026, 6, 1), null, null);
        ArrayNode protocollen = o.putArray("samenwerkingsprotocollen");
        gemeenten.stream().sorted().forEach(g -> protocollen.addObject().put("gemeente", g).put("datum", "2023-01-01"));
        o.put("financieleBuffer", 0.10); // seed 002: the 10% buffer JBN would have
        return o;
    }

    private static ObjectNode medewerker(Werker w, LocalDate dag) {
        SplittableRandom r = new SplittableRandom(w.stroom ^ 0x5F5F);
        boolean oud = w.inDienst.isBefore(DOSSIERS_OP_ORDE);
        boolean vogTeOud = r.nextDouble() < (oud ? 0.06 : 0.02);
        boolean zonderDiploma = r.nextDouble() < (oud ? 0.04 : 0.01);
        boolean skjVerloopt = r.nextDouble() < 0.02;
        LocalDate skj = skjVerloopt ? d(2025, 2, 1).plusDays(r.nextInt(300)) : d(2027, 1, 1).plusDays(r.nextInt(1800));
        LocalDate vog = w.inDienst.minusDays(vogTeOud ? 100 + r.nextInt(101) : 5 + r.nextInt(76));
        ObjectNode m = F.objectNode();
        m.put("id", w.id);
        m.put("functie", w.functie().name());
        m.put("fte", w.fte);
        m.put("inDienst", w.inDienst.toString());
        if (w.uitDienst != null && !w.uitDienst.isAfter(dag)) {
            m.put("uitDienst", w.uitDienst.toString());
        }
        m.put("extern", w.extern);
        m.put("skjGeldigTot", skj.toString());
        m.put("vogDatum", vog.toString());
        m.put("diploma", !zonderDiploma);
        LocalDate gesprek = w.extern ? null : jaargesprek(w, dag);
        if (gesprek != null) {
            m.put("laatsteJaargesprek", gesprek.toString());
        }
        m.put("team", w.team);
        return m;
    }

    /** Yearly on the hiring anniversary; a quarter skipped until the caseload talks of October 2025, then a tenth. */
    private static LocalDate jaargesprek(Werker w, LocalDate dag) {
        LocalDate laatste = null;
        for (int k = 1; !w.inDienst.plusYears(k).isAfter(dag); k++) {
            LocalDate x = w.inDienst.plusYears(k);
            double overslaan = x.isBefore(CASELOADGESPREKKEN) ? 0.25 : 0.10;
            if (new SplittableRandom(w.stroom + k).nextDouble() >= overslaan) {
                laatste = x;
            }
        }
        return laatste;
    }

    /** One row of the staffing table: staff in service on the month's first day, leavers in the month up to the day. */
    static ObjectNode maandcijfers(List<Werker> werkers, YearMonth m, LocalDate dag) {
        LocalDate eerste = m.atDay(1);
        double fte = 0;
        double extern = 0;
        double uit = 0;
        for (Werker w : werkers) {
            if (w.inDienstOp(eerste)) {
                fte += w.fte;
                extern += w.extern ? w.fte : 0;
            }
            if (!w.extern && w.uitDienst != null && YearMonth.from(w.uitDienst).equals(m) && !w.uitDienst.isAfter(dag)) {
                uit += w.fte;
            }
        }
        double ziek = fte * Seedcijfers.formatie(m).ziekAandeel();
        return F.objectNode().put("maand", m.toString()).put("fte", rond(fte)).put("fteZiek", rond(ziek))
                .put("fteExtern", rond(extern)).put("uitstroom", rond(uit));
    }

    private static double rond(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static LocalDate d(int j, int m, int dag) {
        return LocalDate.of(j, m, dag);
    }

    private static String laatste(List<LocalDate> datums, LocalDate dag) {
        LocalDate uit = null;
        for (LocalDate x : datums) {
            if (!x.isAfter(dag)) {
                uit = x;
            }
        }
        return uit == null ? null : uit.toString();
    }

    private static void datum(ArrayNode lijst, LocalDate x, LocalDate dag) {
        if (!x.isAfter(dag)) {
            lijst.add(x.toString());
        }
    }

    private static void advies(ArrayNode lijst, LocalDate dag, LocalDate datum, LocalDate terug) {
        if (!datum.isAfter(dag)) {
            ObjectNode n = lijst.addObject().put("datum", datum.toString());
            if (!terug.isAfter(dag)) {
                n.put("terugkoppeling", terug.toString());
            }
        }
    }

    /** An improvement action known from {@code aangemaakt}; done and evaluated only once those days have come. */
    private static void actie(ArrayNode lijst, LocalDate dag, String id, LocalDate aangemaakt, String eigenaar,
                              LocalDate deadline, LocalDate afgerond, LocalDate geevalueerd) {
        if (aangemaakt.isAfter(dag)) {
            return;
        }
        ObjectNode n = lijst.addObject().put("id", id);
        if (eigenaar != null) {
            n.put("eigenaar", eigenaar);
        }
        n.put("deadline", deadline.toString());
        if (afgerond != null && !afgerond.isAfter(dag)) {
            n.put("afgerond", afgerond.toString());
        }
        if (geevalueerd != null && !geevalueerd.isAfter(dag)) {
            n.put("geevalueerd", geevalueerd.toString());
        }
    }
}
