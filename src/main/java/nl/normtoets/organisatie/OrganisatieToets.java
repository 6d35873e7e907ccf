package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bewijs;
import nl.normtoets.engine.Toetsing;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Termijn;

/**
 * The theme-5 checks, one method per indicator, so {@code rules/thema5.drl} only decides which facts meet. Every
 * number comes from the {@link Indicator}. Person checks name the employee in {@code onderwerp}; aggregate checks
 * use {@link #ORGANISATIE}. "In the last N" includes the day exactly N back, as for dossiers.
 */
public final class OrganisatieToets {

    public static final String ORGANISATIE = "organisatie";

    private OrganisatieToets() {
    }

    // ---------------------------------------------------------------- generic

    public static Bevinding bevinding(Indicator i, String onderwerp, Uitkomst uitkomst, String toelichting, Bewijs b) {
        return new Bevinding(i.norm(), i.id(), null, onderwerp, uitkomst, toelichting, b.alsMap());
    }

    public static Bevinding nietVanToepassing(Indicator i, String reden) {
        return bevinding(i, ORGANISATIE, Uitkomst.NIET_VAN_TOEPASSING, reden, Bewijs.van());
    }

    /** Whether an employee falls under a person check of 5.4: in service on the peildatum, in a listed function. */
    public static boolean getoetst(Indicator i, Medewerker m, Toetsing t) {
        return m.inDienstOp(t.peildatum()) && i.waarden("functies", Functie.class).contains(m.functie());
    }

    private static Uitkomst uitkomst(boolean voldoet) {
        return voldoet ? Uitkomst.VOLDOET : Uitkomst.TEKORT;
    }

    static String duur(LocalDate van, LocalDate tot) {
        Period p = Period.between(van, tot);
        long maanden = p.toTotalMonths();
        List<String> delen = new ArrayList<>();
        if (maanden > 0) {
            delen.add(maanden + (maanden == 1 ? " maand" : " maanden"));
        }
        if (p.getDays() > 0 || maanden == 0) {
            delen.add(p.getDays() + (p.getDays() == 1 ? " dag" : " dagen"));
        }
        return String.join(" en ", delen);
    }

    static String procent(double fractie) {
        return String.format(Locale.ROOT, "%.1f%%", fractie * 100);
    }

    /** "Recent enough": a date on or after the peildatum minus the term. */
    private static Bevinding recent(Indicator i, Termijn termijn, Optional<LocalDate> laatste, Toetsing t, String wat) {
        LocalDate vanaf = termijn.terugVanaf(t.peildatum());
        Bewijs b = Bewijs.van().met("peildatum", t.peildatum()).met("termijn", termijn.omschrijving())
                .met("vanaf", vanaf).met("laatste", laatste.orElse(null));
        if (laatste.isEmpty()) {
            return bevinding(i, ORGANISATIE, Uitkomst.TEKORT, "Geen " + wat + " geregistreerd; vereist in de laatste "
                    + termijn + " (vanaf " + vanaf + ").", b);
        }
        boolean op = !laatste.get().isBefore(vanaf);
        return bevinding(i, ORGANISATIE, uitkomst(op), op
                ? "Laatste " + wat + " op " + laatste.get() + ", binnen de laatste " + termijn + "."
                : "Laatste " + wat + " op " + laatste.get() + ", " + duur(laatste.get(), t.peildatum())
                        + " voor de peildatum; vereist in de laatste " + termijn + " (vanaf " + vanaf + ").", b);
    }

    // ---------------------------------------------------------------- 5.1

    public static Bevinding jaarverslag(Indicator i, OrganisatieFeiten f, Toetsing t) {
        return recent(i, i.vereisteTermijn(), Optional.ofNullable(f.jaarverslag()).filter(d -> !d.isAfter(t.peildatum())),
                t, "jaarverslag gepubliceerd");
    }

    public static Bevinding advies(Indicator i, ClientenraadAdvies a, Toetsing t) {
        Termijn termijn = i.vereisteTermijn();
        LocalDate uiterlijk = termijn.einde(a.datum());
        LocalDate antwoord = a.terugkoppeling() != null && !a.terugkoppeling().isAfter(t.peildatum())
                ? a.terugkoppeling() : null;
        String onderwerp = "cliëntenraadadvies " + a.datum();
        Bewijs b = Bewijs.van().met("advies", a.datum()).met("termijn", termijn.omschrijving())
                .met("uiterlijk", uiterlijk).met("terugkoppeling", antwoord);
        if (antwoord != null) {
            boolean op = !antwoord.isAfter(uiterlijk);
            return bevinding(i, onderwerp, uitkomst(op), "Advies van " + a.datum() + " beantwoord op " + antwoord
                    + (op ? ", binnen " + termijn + "." : ", " + duur(a.datum(), antwoord) + " later; termijn "
                    + termijn + " (uiterlijk " + uiterlijk + ")."), b);
        }
        if (!t.peildatum().isAfter(uiterlijk)) {
            return bevinding(i, onderwerp, Uitkomst.NOG_NIET_TOETSBAAR, "Advies van " + a.datum()
                    + " nog niet beantwoord; de termijn loopt tot en met " + uiterlijk + ".", b);
        }
        return bevinding(i, onderwerp, Uitkomst.TEKORT, "Advies van " + a.datum() + " niet beantwoord; de termijn van "
                + termijn + " liep af op " + uiterlijk + ".", b);
    }

    // ---------------------------------------------------------------- 5.2

    public static Bevinding eigenaarEnDeadline(Indicator i, Verbeteractie v) {
        List<String> mist = new ArrayList<>();
        if (v.eigenaar() == null || v.eigenaar().isBlank()) {
            mist.add("eigenaar");
        }
        if (v.deadline() == null) {
            mist.add("deadline");
        }
        Bewijs b = Bewijs.van().met("eigenaar", v.eigenaar()).met("deadline", v.deadline());
        return bevinding(i, v.id(), uitkomst(mist.isEmpty()), mist.isEmpty()
                ? "Verbeteractie " + v.id() + " heeft eigenaar en deadline " + v.deadline() + "."
                : "Verbeteractie " + v.id() + " mist " + String.join(" en ", mist) + ".", b);
    }

    public static Bevinding verlopenActies(Indicator i, OrganisatieFeiten f, Toetsing t) {
        List<Verbeteractie> metDeadline = f.verbeteracties().stream().filter(v -> v.deadline() != null).toList();
        if (metDeadline.isEmpty()) {
            return nietVanToepassing(i, "Geen verbeteracties met een deadline geregistreerd.");
        }
        List<String> verlopen = metDeadline.stream().filter(v -> v.verlopenOp(t.peildatum())).map(Verbeteractie::id)
                .toList();
        double aandeel = (double) verlopen.size() / metDeadline.size();
        double max = i.fractie("maximumAandeel");
        Bewijs b = Bewijs.van().met("acties", metDeadline.size()).met("verlopen", verlopen).met("aandeel", aandeel)
                .met("maximumAandeel", max);
        return bevinding(i, ORGANISATIE, uitkomst(aandeel <= max), verlopen.size() + " van " + metDeadline.size()
                + " verbeteracties over de deadline en niet afgerond (" + procent(aandeel) + "); toegestaan "
                + procent(max) + (verlopen.isEmpty() ? "." : ": " + String.join(", ", verlopen) + "."), b);
    }

    public static Bevinding geevalueerd(Indicator i, Verbeteractie v, Toetsing t) {
        boolean ok = v.geevalueerd() != null && !v.geevalueerd().isAfter(t.peildatum());
        Bewijs b = Bewijs.van().met("afgerond", v.afgerond()).met("geevalueerd", v.geevalueerd());
        return bevinding(i, v.id(), uitkomst(ok), ok
                ? "Verbeteractie " + v.id() + " afgerond op " + v.afgerond() + " en geëvalueerd op " + v.geevalueerd() + "."
                : "Verbeteractie " + v.id() + " afgerond op " + v.afgerond() + " maar niet geëvalueerd.", b);
    }

    // ---------------------------------------------------------------- 5.3

    public static Bevinding buffer(Indicator i, OrganisatieFeiten f) {
        if (f.financieleBuffer() == null) {
            return nietVanToepassing(i, "Geen financiële buffer aangeleverd.");
        }
        double min = i.fractie("minimumBuffer");
        double buffer = f.financieleBuffer();
        Bewijs b = Bewijs.van().met("financieleBuffer", buffer).met("minimumBuffer", min);
        return bevinding(i, ORGANISATIE, uitkomst(buffer >= min), "Financiële buffer " + procent(buffer)
                + (buffer >= min ? "; minimaal " : ", lager dan het minimum van ") + procent(min) + ".", b);
    }

    public static Bevinding protocol(Indicator i, OrganisatieFeiten f, DossierGemeente g) {
        boolean ok = f.heeftProtocolMet(g.naam());
        Bewijs b = Bewijs.van().met("gemeente", g.naam()).met("dossiers", g.dossiers());
        return bevinding(i, g.naam(), uitkomst(ok), ok
                ? "Samenwerkingsprotocol met gemeente " + g.naam() + " aanwezig."
                : "Geen samenwerkingsprotocol met gemeente " + g.naam() + ", waar " + g.dossiers()
                        + " dossier(s) van de set vandaan komen.", b);
    }

    // ---------------------------------------------------------------- 5.4 per person

    public static Bevinding skj(Indicator i, Medewerker m, Toetsing t) {
        Bewijs b = Bewijs.van().met("functie", m.functie()).met("skjGeldigTot", m.skjGeldigTot());
        if (m.skjGeldigTot() == null) {
            return bevinding(i, m.id(), Uitkomst.TEKORT, m.id() + ": geen SKJ-registratie geregistreerd.", b);
        }
        boolean ok = !m.skjGeldigTot().isBefore(t.peildatum());
        return bevinding(i, m.id(), uitkomst(ok), ok
                ? m.id() + ": SKJ-registratie geldig tot " + m.skjGeldigTot() + "."
                : m.id() + ": SKJ-registratie verlopen op " + m.skjGeldigTot() + ".", b);
    }

    public static Bevinding vog(Indicator i, Medewerker m) {
        Termijn termijn = i.vereisteTermijn();
        Bewijs b = Bewijs.van().met("inDienst", m.inDienst()).met("vogDatum", m.vogDatum())
                .met("termijn", termijn.omschrijving());
        if (m.vogDatum() == null) {
            return bevinding(i, m.id(), Uitkomst.TEKORT, m.id() + ": geen VOG geregistreerd.", b);
        }
        if (m.inDienst() == null) {
            return bevinding(i, m.id(), Uitkomst.NIET_VAN_TOEPASSING, m.id()
                    + ": datum van indiensttreding onbekend; VOG niet te toetsen.", b);
        }
        LocalDate vroegst = termijn.terugVanaf(m.inDienst());
        b.met("vroegst", vroegst);
        if (m.vogDatum().isAfter(m.inDienst())) {
            return bevinding(i, m.id(), Uitkomst.TEKORT, m.id() + ": VOG " + m.vogDatum() + " is pas "
                    + duur(m.inDienst(), m.vogDatum()) + " na indiensttreding " + m.inDienst() + " afgegeven.", b);
        }
        if (m.vogDatum().isBefore(vroegst)) {
            return bevinding(i, m.id(), Uitkomst.TEKORT, m.id() + ": VOG " + m.vogDatum() + " is "
                    + duur(m.vogDatum(), m.inDienst()) + " ouder dan indiensttreding " + m.inDienst()
                    + "; toegestaan is " + termijn + ".", b);
        }
        return bevinding(i, m.id(), Uitkomst.VOLDOET, m.id() + ": VOG " + m.vogDatum() + " afgegeven binnen "
                + termijn + " voor indiensttreding " + m.inDienst() + ".", b);
    }

    public static Bevinding diploma(Indicator i, Medewerker m) {
        Bewijs b = Bewijs.van().met("functie", m.functie()).met("diploma", m.diploma());
        return bevinding(i, m.id(), uitkomst(m.heeftDiploma()), m.heeftDiploma()
                ? m.id() + ": diploma aanwezig in het personeelsdossier."
                : m.id() + ": diploma ontbreekt in het personeelsdossier.", b);
    }

    public static Bevinding jaargesprek(Indicator i, Medewerker m, Toetsing t) {
        Termijn termijn = i.vereisteTermijn();
        LocalDate vanaf = termijn.terugVanaf(t.peildatum());
        LocalDate laatste = m.laatsteJaargesprek() != null && !m.laatsteJaargesprek().isAfter(t.peildatum())
                ? m.laatsteJaargesprek() : null;
        Bewijs b = Bewijs.van().met("inDienst", m.inDienst()).met("laatsteJaargesprek", laatste).met("vanaf", vanaf);
        if (m.isExtern()) {
            return bevinding(i, m.id(), Uitkomst.NIET_VAN_TOEPASSING, m.id()
                    + ": extern ingehuurd (PNIL); jaargesprek hoort bij de eigen werkgever.", b);
        }
        if (laatste != null && !laatste.isBefore(vanaf)) {
            return bevinding(i, m.id(), Uitkomst.VOLDOET, m.id() + ": jaargesprek op " + laatste + ", binnen de laatste "
                    + termijn + ".", b);
        }
        if (m.inDienst() != null && m.inDienst().isAfter(vanaf)) {
            // hired less than a term ago: the first jaargesprek is not due yet
            return bevinding(i, m.id(), Uitkomst.NOG_NIET_TOETSBAAR, m.id() + ": in dienst sinds " + m.inDienst()
                    + "; eerste jaargesprek uiterlijk " + termijn.einde(m.inDienst()) + ".", b);
        }
        return bevinding(i, m.id(), Uitkomst.TEKORT, laatste == null
                ? m.id() + ": geen jaargesprek geregistreerd; vereist in de laatste " + termijn + "."
                : m.id() + ": laatste jaargesprek op " + laatste + ", " + duur(laatste, t.peildatum())
                        + " voor de peildatum; vereist in de laatste " + termijn + ".", b);
    }

    public static Bevinding caseload(Indicator i, Medewerker m, Caseload c) {
        int max = i.getal("maximumCaseload");
        Bewijs b = Bewijs.van().met("dossiers", c.dossiers()).met("fte", c.fte()).met("perFte", c.perFte())
                .met("bron", c.bron()).met("maximumCaseload", max);
        if (c.perFte() == null) {
            return bevinding(i, m.id(), Uitkomst.NIET_VAN_TOEPASSING, m.id() + ": " + c.dossiers()
                    + " dossiers maar geen fte bekend; caseload per fte niet te berekenen.", b);
        }
        boolean ok = c.perFte() <= max;
        return bevinding(i, m.id(), uitkomst(ok), m.id() + ": " + c.dossiers() + " dossiers op "
                + String.format(Locale.ROOT, "%.2f", c.fte()) + " fte = "
                + String.format(Locale.ROOT, "%.1f", c.perFte()) + " per fte"
                + (ok ? "; maximaal " : ", boven het maximum van ") + max + ".", b);
    }

    /** The employee's caseload among those computed for the audit; none known is its own finding. */
    public static Bevinding caseload(Indicator i, Medewerker m, List<Caseload> caseloads) {
        for (Caseload c : caseloads) {
            if (c.medewerker().equals(m.id())) {
                return caseload(i, m, c);
            }
        }
        return geenCaseload(i, m);
    }

    public static Bevinding geenCaseload(Indicator i, Medewerker m) {
        return bevinding(i, m.id(), Uitkomst.NIET_VAN_TOEPASSING, m.id()
                + ": geen caseload bekend (geen toewijzingen aan deze medewerker en geen opgegeven caseload).",
                Bewijs.van());
    }

    // ---------------------------------------------------------------- 5.4 aggregate

    public static Bevinding verzuim(Indicator i, OrganisatieFeiten f, Toetsing t) {
        Optional<Personeelscijfers> c = f.laatsteCijfers(t.peildatum());
        if (c.isEmpty() || c.get().fte() <= 0) {
            return nietVanToepassing(i, "Geen personeelscijfers tot en met de peildatum aangeleverd.");
        }
        double max = i.fractie("maximumVerzuim");
        double verzuim = c.get().verzuim();
        Bewijs b = Bewijs.van().met("maand", c.get().maand().toString()).met("fte", c.get().fte())
                .met("fteZiek", c.get().fteZiek()).met("verzuim", verzuim).met("maximumVerzuim", max);
        return bevinding(i, ORGANISATIE, uitkomst(verzuim <= max), "Ziekteverzuim jeugdbeschermers in "
                + c.get().maand() + ": " + c.get().fteZiek() + " van " + c.get().fte() + " fte = " + procent(verzuim)
                + (verzuim <= max ? "; maximaal " : ", boven het maximum van ") + procent(max) + ".", b);
    }

    public static Bevinding verloop(Indicator i, OrganisatieFeiten f, Toetsing t) {
        Termijn periode = i.termijn("periode");
        int maanden = periode.maanden() != null ? periode.maanden() : Math.max(1, periode.dagen() / 30);
        List<Personeelscijfers> cijfers = f.cijfersLaatsteMaanden(t.peildatum(), maanden);
        double gemiddeldeFte = cijfers.stream().mapToDouble(Personeelscijfers::fte).average().orElse(0);
        if (cijfers.isEmpty() || gemiddeldeFte <= 0) {
            return nietVanToepassing(i, "Geen personeelscijfers over de laatste " + periode + " aangeleverd.");
        }
        double uitstroom = cijfers.stream().mapToDouble(Personeelscijfers::uitstroom).sum();
        // fewer months than the period: scale the outflow up to a full period, so a short table is not flattered
        double verloop = uitstroom * maanden / cijfers.size() / gemiddeldeFte;
        double max = i.fractie("maximumVerloop");
        Bewijs b = Bewijs.van().met("maanden", cijfers.size()).met("uitstroom", uitstroom)
                .met("gemiddeldeFte", gemiddeldeFte).met("verloop", verloop).met("maximumVerloop", max);
        return bevinding(i, ORGANISATIE, uitkomst(verloop <= max), "Verloop over " + cijfers.size() + " maand(en): "
                + String.format(Locale.ROOT, "%.2f", uitstroom) + " fte uitstroom op gemiddeld "
                + String.format(Locale.ROOT, "%.2f", gemiddeldeFte) + " fte = " + procent(verloop) + " per "
                + periode + (verloop <= max ? "; maximaal " : ", boven het maximum van ") + procent(max) + ".", b);
    }

    // ---------------------------------------------------------------- 5.5

    public static Bevinding orVergaderingen(Indicator i, OrganisatieFeiten f, Toetsing t) {
        Termijn gat = i.vereisteTermijn();
        Termijn periode = i.termijn("periode");
        LocalDate begin = periode.terugVanaf(t.peildatum());
        // anchor: the last meeting before the window, else the window's start, so a long silence at the start counts
        LocalDate vorige = laatste(f.orVergaderingen(), begin.minusDays(1)).orElse(begin);
        LocalDate langsteVan = null;
        LocalDate langsteTot = null;
        long langste = -1;
        List<LocalDate> punten = new ArrayList<>(OrganisatieFeiten.binnen(f.orVergaderingen(), begin, t.peildatum()));
        punten.add(t.peildatum());
        for (LocalDate p : punten) {
            long dagen = ChronoUnit.DAYS.between(vorige, p);
            if (dagen > langste) {
                langste = dagen;
                langsteVan = vorige;
                langsteTot = p;
            }
            vorige = p;
        }
        boolean ok = langste <= gat.dagen();
        Bewijs b = Bewijs.van().met("vanaf", begin).met("vergaderingen", punten.size() - 1)
                .met("langsteGatVan", langsteVan).met("langsteGatTot", langsteTot).met("langsteGatDagen", langste)
                .met("maximumGat", gat.omschrijving());
        String tot = langsteTot.equals(t.peildatum()) ? "de peildatum " + langsteTot : langsteTot.toString();
        return bevinding(i, ORGANISATIE, uitkomst(ok), (punten.size() - 1) + " formele OR-vergadering(en) in de laatste "
                + periode + "; langste tussenpoos " + langste + " dagen (" + langsteVan + " tot " + tot + ")"
                + (ok ? ", binnen " : ", langer dan ") + gat + ".", b);
    }

    private static Optional<LocalDate> laatste(List<LocalDate> datums, LocalDate dag) {
        return OrganisatieFeiten.laatste(datums, dag);
    }

    public static Bevinding clientervaringsonderzoek(Indicator i, OrganisatieFeiten f, Toetsing t) {
        return recent(i, i.vereisteTermijn(), laatste(f.clientervaringsonderzoeken(), t.peildatum()), t,
                "cliëntervaringsonderzoek");
    }

    public static Bevinding rvtVergaderingen(Indicator i, OrganisatieFeiten f, Toetsing t) {
        Termijn termijn = i.vereisteTermijn();
        int minimum = i.getal("minimumVergaderingen");
        LocalDate vanaf = termijn.terugVanaf(t.peildatum());
        List<LocalDate> binnen = OrganisatieFeiten.binnen(f.rvtVergaderingen(), vanaf, t.peildatum());
        Bewijs b = Bewijs.van().met("vanaf", vanaf).met("vergaderingen", binnen).met("minimumVergaderingen", minimum);
        boolean ok = binnen.size() >= minimum;
        return bevinding(i, ORGANISATIE, uitkomst(ok), "Raad van toezicht vergaderde " + binnen.size()
                + " keer in de laatste " + termijn + " (vanaf " + vanaf + ")" + (ok ? "; minimaal " : ", minder dan ")
                + minimum + ".", b);
    }
}
