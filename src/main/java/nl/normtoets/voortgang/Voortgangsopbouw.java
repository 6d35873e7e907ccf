package nl.normtoets.voortgang;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.geschiedenis.Actiekoers;
import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Auditsamenvatting;
import nl.normtoets.geschiedenis.Trend;
import nl.normtoets.geschiedenis.Verbeterplan;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.Personeelscijfers;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Labels;
import nl.normtoets.report.NlOpmaak;
import nl.normtoets.scoring.Maandtabel;
import nl.normtoets.scoring.Oordeel;
import nl.normtoets.voortgang.Tabel.Cel;
import nl.normtoets.voortgang.Tabel.Rij;

/**
 * Builds the progress report of one organisation from what the store keeps: the latest and the previous audit, the
 * audit sets stored with them (staffing and assignments; gone after retention, which the report then says), their
 * per-start-month tables, and the verbeterplan. Every figure is read, none is re-judged.
 */
public final class Voortgangsopbouw {

    /** Months shown one by one; older months are added up in one column, so the totals still hold. */
    public static final int MAANDEN = 12;

    private static final DateTimeFormatter MAANDKOP = DateTimeFormatter.ofPattern("MMM-yy", NlOpmaak.NL);

    private final Auditarchief archief;
    private final Verbeterplan plan;
    private final Normcatalogus catalogus;

    /** The dossierlezing of the latest audit (issue 15), when the store keeps samples; null: left out. */
    private final nl.normtoets.geschiedenis.Reviewarchief reviews;
    private final nl.normtoets.review.Dossierlezing lijst;

    public Voortgangsopbouw(Auditarchief archief, Verbeterplan plan, Normcatalogus catalogus) {
        this(archief, plan, catalogus, null, null);
    }

    public Voortgangsopbouw(Auditarchief archief, Verbeterplan plan, Normcatalogus catalogus,
                            nl.normtoets.geschiedenis.Reviewarchief reviews, nl.normtoets.review.Dossierlezing lijst) {
        this.archief = archief;
        this.plan = plan;
        this.catalogus = catalogus;
        this.reviews = reviews;
        this.lijst = lijst;
    }

    /**
     * @param indicatoren the start-phase indicators of the timeliness table (e.g. 1a.3-A, 1a.3-B, 1b.3-A); empty:
     *                    every start-phase indicator
     * @return empty when the organisation has no stored audit
     */
    public Optional<Voortgangsrapportage> maak(String organisatie, List<String> indicatoren, LocalDate vandaag) {
        List<Auditkop> audits = archief.lijst(organisatie);
        if (audits.isEmpty()) {
            return Optional.empty();
        }
        Auditkop nu = audits.get(audits.size() - 1);
        Auditkop vorige = audits.size() > 1 ? audits.get(audits.size() - 2) : null;
        List<String> opmerkingen = new ArrayList<>();
        List<Auditsamenvatting> samenvattingen = new ArrayList<>();
        for (Auditkop k : audits) {
            archief.samenvatting(k.id()).ifPresent(samenvattingen::add);
        }
        Optional<Auditset> setNu = archief.auditset(nu.id());
        Optional<Auditset> setVorige = vorige == null ? Optional.empty() : archief.auditset(vorige.id());

        List<Tabel> tabellen = new ArrayList<>();
        tabellen.add(formatie(audits, setNu, opmerkingen));
        Maandtabel mt = archief.maandtabel(nu.id()).orElse(null);
        if (mt == null || mt.leeg()) {
            opmerkingen.add("De laatste audit heeft geen tabel per startmaand; de tijdigheid per maand ontbreekt.");
        } else {
            tabellen.add(tijdigheid(mt.alleen(indicatoren)));
        }
        if (setNu.isEmpty()) {
            opmerkingen.add("De dossiers van de laatste audit zijn niet (meer) bewaard (bewaartermijn); de tabel "
                    + "zonder vaste jeugdbeschermer ontbreekt.");
        } else {
            if (vorige != null && setVorige.isEmpty()) {
                opmerkingen.add("De dossiers van de vorige audit zijn niet (meer) bewaard; de vorige meting ontbreekt "
                        + "in de tabel zonder vaste jeugdbeschermer.");
            }
            tabellen.add(zonderVast(nu, setNu.get(), vorige, setVorige.orElse(null)));
        }
        Auditsamenvatting sNu = samenvattingen.stream().filter(s -> s.kop().id().equals(nu.id())).findFirst()
                .orElseThrow();
        Auditsamenvatting sVorige = vorige == null ? null : samenvattingen.stream()
                .filter(s -> s.kop().id().equals(vorige.id())).findFirst().orElse(null);
        tabellen.add(oordelen(sNu, sVorige));
        if (reviews != null && lijst != null) {
            reviews.verslag(nu.id(), catalogus, lijst).ifPresentOrElse(v -> tabellen.add(dossierlezing(v)),
                    () -> opmerkingen.add("Bij de laatste audit is geen steekproef van dossiers gelezen; de "
                            + "dossierlezing ontbreekt."));
        }
        List<Actiekoers> acties = Actiekoers.van(plan.acties(organisatie), Trend.maak(organisatie, samenvattingen));
        tabellen.add(actietabel(acties));
        String bron = archief.verbeteractiesBron(nu.id()).orElse(null);
        return Optional.of(new Voortgangsrapportage(organisatie, vandaag, nu, vorige, bron, tabellen, acties,
                opmerkingen));
    }

    // ---- staffing ----

    /**
     * The staffing months of the stored audits' organisatieFeiten, a later audit's figure winning for a month both
     * report; the last {@value #MAANDEN} months up to the latest audit. Audits are read newest first and reading
     * stops once those months are all known, so a long history does not mean parsing every stored set.
     */
    Tabel formatie(List<Auditkop> audits, Optional<Auditset> setNu, List<String> opmerkingen) {
        TreeMap<YearMonth, Personeelscijfers> perMaand = new TreeMap<>();
        YearMonth laatsteMaand = YearMonth.from(audits.get(audits.size() - 1).peildatum());
        YearMonth eersteMaand = laatsteMaand.minusMonths(MAANDEN - 1L);
        for (int i = audits.size() - 1; i >= 0; i--) {
            Auditkop k = audits.get(i);
            Optional<Auditset> set = i == audits.size() - 1 ? setNu : archief.auditset(k.id());
            set.map(Auditset::organisatieFeiten).ifPresent(f -> f.personeelscijfers().forEach(c -> {
                if (!c.maand().isAfter(YearMonth.from(k.peildatum()))) {
                    perMaand.putIfAbsent(c.maand(), c);
                }
            }));
            long bekend = perMaand.keySet().stream()
                    .filter(m -> !m.isBefore(eersteMaand) && !m.isAfter(laatsteMaand)).count();
            if (bekend >= MAANDEN) {
                break;
            }
        }
        List<Personeelscijfers> cijfers = new ArrayList<>(perMaand.values());
        if (cijfers.size() > MAANDEN) {
            cijfers = cijfers.subList(cijfers.size() - MAANDEN, cijfers.size());
        }
        if (cijfers.isEmpty()) {
            opmerkingen.add("Geen personeelscijfers in de organisatieFeiten van de bewaarde audits.");
        }
        List<String> kolommen = cijfers.stream().map(c -> maand(c.maand())).toList();
        List<Rij> rijen = List.of(
                new Rij("Jeugdbeschermers totaal (fte)", cijfers.stream().map(c -> Cel.fte(c.fte())).toList(), true),
                new Rij("waarvan extern (fte)", cijfers.stream().map(c -> Cel.fte(c.fteExtern())).toList()),
                new Rij("Ziek (fte)", cijfers.stream().map(c -> Cel.fte(c.fteZiek())).toList()),
                new Rij("Ziekteverzuim", cijfers.stream().map(c -> Cel.procent(c.verzuim() * 100)).toList()),
                new Rij("Inzetbaar (fte)", cijfers.stream().map(c -> Cel.fte(c.fte() - c.fteZiek())).toList()),
                new Rij("Uitstroom (fte)", cijfers.stream().map(c -> Cel.fte(c.uitstroom())).toList()));
        return new Tabel("formatie", "Formatie per maand", "Uit de personeelscijfers van de organisatieFeiten; "
                + "inzetbaar is de formatie min wie ziek is.", "Maand", kolommen, rijen);
    }

    // ---- timeliness ----

    Tabel tijdigheid(Maandtabel mt) {
        int n = mt.maanden().size();
        int eerder = Math.max(0, n - MAANDEN);
        List<String> kolommen = new ArrayList<>();
        if (eerder > 0) {
            kolommen.add("eerder");
        }
        mt.maanden().subList(eerder, n).forEach(m -> kolommen.add(maand(YearMonth.parse(m))));
        kolommen.add("totaal");
        kolommen.add("norm");
        List<Rij> rijen = new ArrayList<>();
        for (Maandtabel.Rij r : mt.rijen()) {
            List<Cel> teDoen = new ArrayList<>();
            List<Cel> opTijd = new ArrayList<>();
            List<Cel> aandeel = new ArrayList<>();
            if (eerder > 0) {
                int d = 0;
                int t = 0;
                for (Maandtabel.Cel c : r.cellen().subList(0, eerder)) {
                    d += c.teDoen();
                    t += c.opTijd();
                }
                teDoen.add(Cel.aantal(d));
                opTijd.add(Cel.aantal(t));
                aandeel.add(Cel.procent(d == 0 ? null : 100.0 * t / d));
            }
            for (Maandtabel.Cel c : r.cellen().subList(eerder, n)) {
                teDoen.add(Cel.aantal(c.teDoen()));
                opTijd.add(Cel.aantal(c.opTijd()));
                aandeel.add(Cel.procent(c.aandeel() == null ? null : c.aandeel() * 100));
            }
            teDoen.add(Cel.aantal(r.totaal().teDoen()));
            opTijd.add(Cel.aantal(r.totaal().opTijd()));
            aandeel.add(Cel.procent(r.totaal().aandeel() == null ? null : r.totaal().aandeel() * 100));
            teDoen.add(Cel.leeg());
            opTijd.add(Cel.leeg());
            aandeel.add(Cel.procent(r.streefwaarde() <= 1 ? r.streefwaarde() * 100 : r.streefwaarde()));
            String naam = r.indicator() + " " + r.titel();
            rijen.add(new Rij(naam + ": te doen", teDoen));
            rijen.add(new Rij(naam + ": op tijd", opTijd));
            rijen.add(new Rij(naam + ": tijdig", aandeel, true));
        }
        return new Tabel("tijdigheid", "Tijdigheid per startmaand",
                "Per maand van start: dossiers waarvan de termijn verstreken is (te doen), waarvan op tijd, en het "
                        + "aandeel tegen de streefwaarde (norm). Dossiers waarvan de termijn nog loopt, tellen nog "
                        + "niet mee.", "Indicator", kolommen, rijen);
    }

    // ---- dossiers without a vaste jeugdbeschermer ----

    /** The columns of seed 001's table: the three kinds of measure (a voorlopige one counts with its own kind). */
    enum Soort {
        JR("Jeugdreclassering"), OTS("Ondertoezichtstelling"), VOOGDIJ("Voogdij");

        final String label;

        Soort(String label) {
            this.label = label;
        }

        static Soort van(Maatregel m) {
            return switch (m) {
                case JR -> JR;
                case OTS, VOORLOPIGE_OTS -> OTS;
                case VOOGDIJ, VOORLOPIGE_VOOGDIJ -> VOOGDIJ;
            };
        }
    }

    /** How a running dossier is carried on a day, in the rows of the table. */
    enum Drager { VAST, CCP, CRT, OVERIG }

    /** Per row (measures, regio's, CCP, CRT, other) and kind of measure, on one peildatum. */
    record Telling(Map<Soort, Integer> maatregelen, Map<String, Map<Soort, Integer>> perRegio,
                   Map<Drager, Map<Soort, Integer>> perDrager) {

        int totaal(Map<Soort, Integer> rij) {
            return rij.values().stream().mapToInt(Integer::intValue).sum();
        }

        Map<Soort, Integer> drager(Drager d) {
            return perDrager.getOrDefault(d, Map.of());
        }

        int zonderVast() {
            return totaal(drager(Drager.CCP)) + totaal(drager(Drager.CRT)) + totaal(drager(Drager.OVERIG));
        }
    }

    /**
     * Counts as norm 3.4-B judges: a running dossier has a vaste jeugdbeschermer when its assignment on the
     * peildatum names a worker in one of 3.4-B's werkwijzen (default VAST). The others sit with the CCP, the CRT,
     * or nobody / a vaste slot without a name ("overig"), so the three rows add up to 3.4-B's TEKORT.
     */
    Telling tel(Auditset set, LocalDate peildatum) {
        List<Werkwijze> vast = catalogus.indicator("3.4-B").map(i -> i.waarden("werkwijzen", Werkwijze.class))
                .filter(l -> !l.isEmpty()).orElse(List.of(Werkwijze.VAST));
        Map<Soort, Integer> maatregelen = new EnumMap<>(Soort.class);
        Map<String, Map<Soort, Integer>> perRegio = new TreeMap<>();
        Map<Drager, Map<Soort, Integer>> perDrager = new EnumMap<>(Drager.class);
        for (Dossier d : set.dossiers()) {
            if (d.startdatum().isAfter(peildatum) || d.afgeslotenOp(peildatum)) {
                continue;
            }
            Soort s = Soort.van(d.maatregel());
            maatregelen.merge(s, 1, Integer::sum);
            String regio = d.regio() == null || d.regio().isBlank() ? "onbekend" : d.regio();
            perRegio.computeIfAbsent(regio, x -> new EnumMap<>(Soort.class)).merge(s, 1, Integer::sum);
            Toewijzing t = d.actieveToewijzing(peildatum).orElse(null);
            Drager drager = t != null && t.benoemd() && vast.contains(t.werkwijze()) ? Drager.VAST
                    : t != null && t.werkwijze() == Werkwijze.CCP ? Drager.CCP
                    : t != null && t.werkwijze() == Werkwijze.CRT ? Drager.CRT : Drager.OVERIG;
            perDrager.computeIfAbsent(drager, x -> new EnumMap<>(Soort.class)).merge(s, 1, Integer::sum);
        }
        return new Telling(maatregelen, perRegio, perDrager);
    }

    Tabel zonderVast(Auditkop nu, Auditset setNu, Auditkop vorige, Auditset setVorige) {
        Telling t = tel(setNu, nu.peildatum());
        Telling v = setVorige == null ? null : tel(setVorige, vorige.peildatum());
        List<String> kolommen = new ArrayList<>();
        for (Soort s : Soort.values()) {
            kolommen.add(s.label);
        }
        kolommen.add("Totaal " + NlOpmaak.datum(nu.peildatum()));
        kolommen.add(vorige == null ? "Vorige meting" : "Vorige meting " + NlOpmaak.datum(vorige.peildatum()));
        List<Rij> rijen = new ArrayList<>();
        rijen.add(rij("Totaal aantal maatregelen", t.maatregelen(), t, v == null ? null : v.totaal(v.maatregelen()),
                true));
        for (var e : t.perRegio().entrySet()) {
            Integer oud = v == null ? null : v.totaal(v.perRegio().getOrDefault(e.getKey(), Map.of()));
            rijen.add(rij("Regio " + e.getKey(), e.getValue(), t, oud, false));
        }
        rijen.add(rij("Bij het startteam (CCP)", t.drager(Drager.CCP), t,
                v == null ? null : v.totaal(v.drager(Drager.CCP)), false));
        rijen.add(rij("Bij de pool (CRT)", t.drager(Drager.CRT), t,
                v == null ? null : v.totaal(v.drager(Drager.CRT)), false));
        rijen.add(rij("Niet toegewezen of zonder naam", t.drager(Drager.OVERIG), t,
                v == null ? null : v.totaal(v.drager(Drager.OVERIG)), false));
        Map<Soort, Integer> zonder = new EnumMap<>(Soort.class);
        for (Drager d : List.of(Drager.CCP, Drager.CRT, Drager.OVERIG)) {
            t.drager(d).forEach((s, n) -> zonder.merge(s, n, Integer::sum));
        }
        rijen.add(rij("Zonder vaste jeugdbeschermer", zonder, t, v == null ? null : v.zonderVast(), true));
        return new Tabel("zonder-vast", "Maatregelen zonder vaste jeugdbeschermer",
                "Lopende maatregelen op de peildatum, naar soort; zonder vaste jeugdbeschermer telt zoals indicator "
                        + "3.4-B: geen benoemde medewerker in vaste werkwijze. Voorlopige maatregelen tellen bij hun "
                        + "soort.", "", kolommen, rijen);
    }

    private static Rij rij(String label, Map<Soort, Integer> perSoort, Telling t, Integer vorige, boolean nadruk) {
        List<Cel> cellen = new ArrayList<>();
        for (Soort s : Soort.values()) {
            cellen.add(Cel.aantal(perSoort.getOrDefault(s, 0)));
        }
        cellen.add(Cel.aantal(t.totaal(perSoort)));
        cellen.add(vorige == null ? Cel.leeg() : Cel.aantal(vorige));
        return new Rij(label, cellen, nadruk);
    }

    // ---- judgements ----

    Tabel oordelen(Auditsamenvatting nu, Auditsamenvatting vorige) {
        List<String> kolommen = List.of("Titel", "Oordeel " + NlOpmaak.datum(nu.kop().peildatum()), "Aandeel",
                vorige == null ? "Vorige audit" : "Oordeel " + NlOpmaak.datum(vorige.kop().peildatum()), "Aandeel",
                "Verandering");
        List<Rij> rijen = new ArrayList<>();
        for (NormRij n : nu.normen()) {
            NormRij oud = vorige == null ? null : vorige.norm(n.id()).orElse(null);
            rijen.add(new Rij(n.id(), List.of(Cel.tekst(n.titel()), Cel.tekst(Labels.oordeel(n.score())),
                    Cel.procent(n.oordeelsbasis()), oud == null ? Cel.leeg() : Cel.tekst(Labels.oordeel(oud.score())),
                    oud == null ? Cel.leeg() : Cel.procent(oud.oordeelsbasis()), Cel.tekst(verandering(n, oud)))));
        }
        return new Tabel("oordelen", "Oordeel per norm, nu en bij de vorige audit",
                "Het aandeel is waar het oordeel op rust (bij 'ergste' de bepalende indicator).", "Norm", kolommen,
                rijen);
    }

    // ---- dossierlezing ----

    /** Per norm the registration beside the reading of the latest audit's sample, and the combined judgement. */
    static Tabel dossierlezing(nl.normtoets.review.Lezingverslag v) {
        List<Rij> rijen = new ArrayList<>();
        for (nl.normtoets.review.Normlezing n : v.normen()) {
            rijen.add(new Rij(n.norm(), List.of(Cel.tekst(n.titel()), Cel.tekst(Labels.oordeel(n.registratie())),
                    Cel.procent(n.registratiePercentage()),
                    Cel.tekst(n.lezingToepasbaar() == 0 ? "" : n.lezingVoldoet() + " van " + n.lezingToepasbaar()),
                    Cel.procent(n.lezingPercentage()), Cel.tekst(Labels.oordeel(n.oordeel())
                            + (n.alleenLezing() ? " (alleen dossierlezing)" : "")))));
        }
        return new Tabel("dossierlezing", "Registratie en dossierlezing per norm",
                "Steekproef van " + v.steekproefAantal() + " dossiers, " + v.gelezen() + " gelezen door iemand anders "
                        + "dan de jeugdbeschermer; een dossier voldoet bij lezing als geen van zijn antwoorden "
                        + "'nee' is. Het oordeel combineert beide volgens de vragenlijst (standaard het laagste).",
                "Norm", List.of("Titel", "Registratie", "Aandeel", "Dossierlezing", "Aandeel", "Oordeel"), rijen);
    }

    static String verandering(NormRij nu, NormRij oud) {
        if (oud == null || !nu.score().beoordeeld() || !oud.score().beoordeeld()) {
            return "";
        }
        int d = nu.score().punten() - oud.score().punten();
        return d > 0 ? "beter" : d < 0 ? "slechter" : "gelijk";
    }

    // ---- verbeterplan ----

    static Tabel actietabel(List<Actiekoers> acties) {
        List<Rij> rijen = new ArrayList<>();
        for (Actiekoers k : acties) {
            var a = k.actie();
            rijen.add(new Rij(a.onderwerp(), List.of(Cel.tekst(a.omschrijving() == null ? "" : a.omschrijving()),
                    Cel.tekst(a.eigenaar()), Cel.procent(a.doel()), Cel.datum(a.deadline()),
                    Cel.tekst(Actiekoers.label(a.status())), Cel.procent(k.laatst()),
                    Cel.tekst(Actiekoers.label(k.koers())))));
        }
        return new Tabel("verbeteracties", "Verbeteracties en hun koers",
                "Per actie de laatst gemeten waarde van haar norm of indicator in de bewaarde audits, tegen de "
                        + "streefwaarde op de deadline: gehaald, op koers (de lijn tussen de eerste en de laatste "
                        + "meting haalt de streefwaarde op tijd) of achter.", "Onderwerp",
                List.of("Omschrijving", "Eigenaar", "Streefwaarde", "Deadline", "Status", "Laatst gemeten", "Koers"),
                rijen);
    }

    static String maand(YearMonth m) {
        return MAANDKOP.format(m.atDay(1)).replace(".", "");
    }

    /** For callers that print one line about an audit. */
    static String oordeel(Oordeel o) {
        return Labels.oordeel(o);
    }
}
