package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.RegelBasis;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;

/** Test helpers: compact builders for organisation facts and a runner for the theme-5 rules. */
final class Org {

    static final LocalDate P = LocalDate.of(2025, 9, 1);
    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();

    private Org() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static List<Bevinding> toets(Feiten f) {
        return toets(f, List.of());
    }

    static List<Bevinding> toets(Feiten f, List<Dossier> dossiers) {
        return toets(CATALOGUS, f, dossiers);
    }

    static List<Bevinding> toets(Normcatalogus c, Feiten f, List<Dossier> dossiers) {
        return new OrganisatieEngine(RegelBasis.gedeeld()).evalueer(c, P, f.bouw(), dossiers);
    }

    static List<Bevinding> van(List<Bevinding> b, String indicator) {
        return b.stream().filter(x -> x.indicator().equals(indicator)).toList();
    }

    /** Outcome per onderwerp for one indicator. */
    static Map<String, Uitkomst> uitkomsten(List<Bevinding> b, String indicator) {
        return van(b, indicator).stream().collect(Collectors.toMap(Bevinding::onderwerp, Bevinding::uitkomst));
    }

    /** The single organisation-wide outcome of an aggregate indicator. */
    static Uitkomst enige(List<Bevinding> b, String indicator) {
        List<Bevinding> v = van(b, indicator);
        if (v.size() != 1) {
            throw new AssertionError("verwacht precies een bevinding voor " + indicator + ", kreeg " + v);
        }
        return v.get(0).uitkomst();
    }

    static Bevinding over(List<Bevinding> b, String indicator, String onderwerp) {
        return van(b, indicator).stream().filter(x -> onderwerp.equals(x.onderwerp())).findFirst().orElseThrow();
    }

    /** A jeugdbeschermer that meets every person check on {@link #P}. */
    static Mw jb(String id) {
        return new Mw(id);
    }

    static Dossier dossier(String id, String gemeente, LocalDate einde, Toewijzing... tw) {
        return new Dossier(id, Maatregel.OTS, d("2025-01-06"), einde, "Drenthe", gemeente, "D1", 2012, true,
                Arrays.asList(tw), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Toewijzing vast(String medewerker, String vanaf) {
        return new Toewijzing(d(vanaf), null, Werkwijze.VAST, medewerker);
    }

    static Personeelscijfers maand(String maand, double fte, double ziek, double uitstroom) {
        return new Personeelscijfers(YearMonth.parse(maand), fte, ziek, 0, uitstroom);
    }

    static final class Mw {
        String id;
        Functie functie = Functie.JEUGDBESCHERMER;
        Double fte = 1.0;
        LocalDate inDienst = d("2023-03-01");
        LocalDate uitDienst;
        Boolean extern = false;
        LocalDate skj = d("2026-12-31");
        LocalDate vog = d("2023-02-01");
        Boolean diploma = true;
        LocalDate jaargesprek = d("2025-03-01");
        Integer caseload;

        Mw(String id) {
            this.id = id;
        }

        Mw functie(Functie f) { functie = f; return this; }
        Mw fte(Double v) { fte = v; return this; }
        Mw inDienst(String v) { inDienst = d(v); return this; }
        Mw uitDienst(String v) { uitDienst = d(v); return this; }
        Mw extern() { extern = true; return this; }
        Mw skj(String v) { skj = v == null ? null : d(v); return this; }
        Mw vog(String v) { vog = v == null ? null : d(v); return this; }
        Mw diploma(Boolean v) { diploma = v; return this; }
        Mw jaargesprek(String v) { jaargesprek = v == null ? null : d(v); return this; }
        Mw caseload(Integer v) { caseload = v; return this; }

        Medewerker bouw() {
            return new Medewerker(id, functie, fte, inDienst, uitDienst, extern, skj, vog, diploma, jaargesprek, "D1",
                    caseload, null);
        }
    }

    static Feiten feiten() {
        return new Feiten();
    }

    static final class Feiten {
        final List<Medewerker> medewerkers = new ArrayList<>();
        final List<Personeelscijfers> cijfers = new ArrayList<>();
        LocalDate jaarverslag;
        final List<ClientenraadAdvies> adviezen = new ArrayList<>();
        final List<LocalDate> or = new ArrayList<>();
        final List<LocalDate> rvt = new ArrayList<>();
        final List<LocalDate> onderzoeken = new ArrayList<>();
        final List<Verbeteractie> acties = new ArrayList<>();
        final List<Samenwerkingsprotocol> protocollen = new ArrayList<>();
        Double buffer;

        Feiten mw(Mw... m) { Arrays.stream(m).map(Mw::bouw).forEach(medewerkers::add); return this; }
        Feiten cijfers(Personeelscijfers... c) { cijfers.addAll(Arrays.asList(c)); return this; }
        Feiten jaarverslag(String v) { jaarverslag = d(v); return this; }
        Feiten advies(String datum, String terug) {
            adviezen.add(new ClientenraadAdvies(d(datum), terug == null ? null : d(terug)));
            return this;
        }
        Feiten or(String... v) { Arrays.stream(v).map(Org::d).forEach(or::add); return this; }
        Feiten rvt(String... v) { Arrays.stream(v).map(Org::d).forEach(rvt::add); return this; }
        Feiten onderzoek(String... v) { Arrays.stream(v).map(Org::d).forEach(onderzoeken::add); return this; }
        Feiten actie(String id, String eigenaar, String deadline, String afgerond, String geevalueerd) {
            acties.add(new Verbeteractie(id, eigenaar, deadline == null ? null : d(deadline),
                    afgerond == null ? null : d(afgerond), geevalueerd == null ? null : d(geevalueerd)));
            return this;
        }
        Feiten protocol(String gemeente) { protocollen.add(new Samenwerkingsprotocol(gemeente, d("2024-01-01"))); return this; }
        Feiten buffer(Double v) { buffer = v; return this; }

        OrganisatieFeiten bouw() {
            return new OrganisatieFeiten(medewerkers, cijfers, jaarverslag, adviezen, or, rvt, onderzoeken, acties,
                    protocollen, buffer);
        }
    }
}
