package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One measure for one child, as registered by the GI. Immutable; the query methods answer the questions the
 * toetsingskader asks of a dossier ("when was the first face-to-face contact?") so that rules and the monitor
 * read the same facts the same way.
 */
public record Dossier(
        String id,
        Maatregel maatregel,
        LocalDate startdatum,
        LocalDate einddatum,
        String regio,
        String gemeente,
        String team,
        Integer geboortejaar,
        Boolean hulpNodig,
        List<Toewijzing> toewijzingen,
        LocalDate informatiebrief,
        List<Contact> contacten,
        List<Taxatie> taxaties,
        List<Analyse> analyses,
        List<Plan> plannen,
        List<Hulp> hulp,
        List<Evaluatie> evaluaties,
        List<Kernbesluit> kernbesluiten,
        List<Samenwerkingsafspraak> samenwerkingsafspraken,
        Contactafspraak contactafspraak,
        List<Veiligheidsafspraak> veiligheidsafspraken,
        List<Signaal> signalen,
        String gezin,
        Oorzaakanalyse oorzaakanalyse) {

    public Dossier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(maatregel, "maatregel");
        Objects.requireNonNull(startdatum, "startdatum");
        toewijzingen = sorted(toewijzingen, Comparator.comparing(Toewijzing::vanaf));
        contacten = sorted(contacten, Comparator.comparing(Contact::datum));
        taxaties = sorted(taxaties, Comparator.comparing(Taxatie::datum));
        analyses = sorted(analyses, Comparator.comparing(Analyse::datum));
        plannen = sorted(plannen, Comparator.comparing(Plan::datum));
        hulp = Lists.of(hulp);
        evaluaties = sorted(evaluaties, Comparator.comparing(Evaluatie::datum));
        kernbesluiten = sorted(kernbesluiten, Comparator.comparing(Kernbesluit::datum));
        samenwerkingsafspraken = sorted(samenwerkingsafspraken, Comparator.comparing(Samenwerkingsafspraak::datum));
        veiligheidsafspraken = sorted(veiligheidsafspraken, Comparator.comparing(Veiligheidsafspraak::datum));
        signalen = sorted(signalen, Comparator.comparing(Signaal::datum));
    }

    /** A dossier of the contract before {@code gezin} and {@code oorzaakanalyse} (issue 12): neither recorded. */
    public Dossier(String id, Maatregel maatregel, LocalDate startdatum, LocalDate einddatum, String regio,
                   String gemeente, String team, Integer geboortejaar, Boolean hulpNodig, List<Toewijzing> toewijzingen,
                   LocalDate informatiebrief, List<Contact> contacten, List<Taxatie> taxaties, List<Analyse> analyses,
                   List<Plan> plannen, List<Hulp> hulp, List<Evaluatie> evaluaties, List<Kernbesluit> kernbesluiten,
                   List<Samenwerkingsafspraak> samenwerkingsafspraken, Contactafspraak contactafspraak,
                   List<Veiligheidsafspraak> veiligheidsafspraken, List<Signaal> signalen) {
        this(id, maatregel, startdatum, einddatum, regio, gemeente, team, geboortejaar, hulpNodig, toewijzingen,
                informatiebrief, contacten, taxaties, analyses, plannen, hulp, evaluaties, kernbesluiten,
                samenwerkingsafspraken, contactafspraak, veiligheidsafspraken, signalen, null, null);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list == null ? List.of() : list.stream().sorted(order).toList();
    }

    // ---- life cycle ----

    /** True when the measure ended on or before the given day. */
    public boolean afgeslotenOp(LocalDate dag) {
        return einddatum != null && !einddatum.isAfter(dag);
    }

    /** Closed on {@code peildatum} with an end date before {@code dag}: a term ending on {@code dag} never ran out. */
    public boolean beeindigdVoor(LocalDate peildatum, LocalDate dag) {
        return afgeslotenOp(peildatum) && einddatum.isBefore(dag);
    }

    /** Age as the brief defines it: the year of the given day minus the birth year; empty when unknown. */
    public Optional<Integer> leeftijdOp(LocalDate dag) {
        return geboortejaar == null ? Optional.empty() : Optional.of(dag.getYear() - geboortejaar);
    }

    public boolean isHulpNodig() {
        return Boolean.TRUE.equals(hulpNodig);
    }

    // ---- contacts ----

    /** Contacts by the GI itself, from the start of the measure on; a hulpverlener's contact never counts. */
    public Stream<Contact> giContacten() {
        return contacten.stream().filter(Contact::doorGi).filter(c -> !c.datum().isBefore(startdatum));
    }

    // The queries below are plain loops, not streams: the rules ask them for every dossier, and in a large audit
    // the stream pipelines were a sixth of the judging time.

    /** True for a contact of the GI itself, from the start of the measure on (what {@link #giContacten} gives). */
    private boolean vanGi(Contact c) {
        return c.doorGi() && !c.datum().isBefore(startdatum);
    }

    /** First face-to-face GI contact with the child or the parents (norm 1a.3). */
    public Optional<LocalDate> eersteFysiekContactMetJeugdigeOfOuders() {
        for (Contact c : contacten) {
            if (vanGi(c) && c.fysiek() && c.metJeugdigeOfOuders()) {
                return Optional.of(c.datum());
            }
        }
        return Optional.empty();
    }

    /** Dates of GI contacts in any form with the child or the parents, in order (norm 1a.1). */
    public List<LocalDate> contactmomentenMetJeugdigeOfOuders() {
        List<LocalDate> uit = new ArrayList<>();
        for (Contact c : contacten) {
            if (vanGi(c) && c.metJeugdigeOfOuders()) {
                uit.add(c.datum());
            }
        }
        return Collections.unmodifiableList(uit);
    }

    /** The n-th (1-based) contact moment of the GI with the child or the parents, if there were that many (1a.1-B). */
    public Optional<LocalDate> contactmomentMetJeugdigeOfOuders(int n) {
        int nog = Math.max(0, n - 1);
        for (Contact c : contacten) {
            if (vanGi(c) && c.metJeugdigeOfOuders() && nog-- == 0) {
                return Optional.of(c.datum());
            }
        }
        return Optional.empty();
    }

    /** Latest face-to-face GI contact with the child on or before the given day (norm 3.4). */
    public Optional<LocalDate> laatsteFysiekContactMetJeugdige(LocalDate uiterlijk) {
        return laatsteFysiekMetJeugdige(uiterlijk, c -> true);
    }

    /** Latest face-to-face GI contact with the child alone on or before the given day (norm 3.1). */
    public Optional<LocalDate> laatsteEenOpEenContact(LocalDate uiterlijk) {
        return laatsteFysiekMetJeugdige(uiterlijk, Contact::alleenJeugdige);
    }

    /** The last (in recorded order) face-to-face GI contact with the child on or before the day that also passes. */
    private Optional<LocalDate> laatsteFysiekMetJeugdige(LocalDate uiterlijk, Predicate<Contact> ook) {
        LocalDate laatste = null;
        for (Contact c : contacten) {
            if (vanGi(c) && c.fysiek() && c.metJeugdige() && ook.test(c) && !c.datum().isAfter(uiterlijk)) {
                laatste = c.datum();
            }
        }
        return Optional.ofNullable(laatste);
    }

    // ---- assessments, analyses, plans ----

    /** First assessment of any kind made on or after the start (norm 1a.3). */
    public Optional<Taxatie> eersteTaxatie() {
        for (Taxatie t : taxaties) {
            if (!t.datum().isBefore(startdatum)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** First assessment of one of the kinds made on or after the start (norm 1a.2). */
    public Optional<Taxatie> eersteTaxatie(List<TaxatieSoort> soorten) {
        for (Taxatie t : taxaties) {
            if (soorten.contains(t.soort()) && !t.datum().isBefore(startdatum)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * First analysis made with the family that covers at least {@code minimum} leefgebieden including the
     * required one (norm 1a.2).
     */
    public Optional<Analyse> eersteVolledigeAnalyse(int minimum, Leefgebied verplicht) {
        return analyses.stream().filter(a -> !a.datum().isBefore(startdatum)).filter(Analyse::samenMetGezin)
                .filter(a -> a.leefgebieden().size() >= minimum && a.leefgebieden().contains(verplicht))
                .findFirst();
    }

    public Stream<Taxatie> taxatiesVanSoort(List<TaxatieSoort> soorten) {
        return taxaties.stream().filter(t -> soorten.contains(t.soort()));
    }

    /** Latest assessment of one of the kinds on or before the given day. */
    public Optional<Taxatie> laatsteTaxatie(List<TaxatieSoort> soorten, LocalDate uiterlijk) {
        Taxatie laatste = null;
        for (Taxatie t : taxaties) {
            if (soorten.contains(t.soort()) && !t.datum().isAfter(uiterlijk)) {
                laatste = t;
            }
        }
        return Optional.ofNullable(laatste);
    }

    /** Latest assessment of any kind on or before the given day (the one a plan should answer). */
    public Optional<Taxatie> laatsteTaxatieTot(LocalDate uiterlijk) {
        Taxatie laatste = null;
        for (Taxatie t : taxaties) {
            if (!t.datum().isAfter(uiterlijk)) {
                laatste = t;
            }
        }
        return Optional.ofNullable(laatste);
    }

    public Optional<Plan> eerstePlan() {
        return plannen.isEmpty() ? Optional.empty() : Optional.of(plannen.get(0));
    }

    /** The plan in force on the given day: the latest one made on or before it. */
    public Optional<Plan> huidigPlan(LocalDate dag) {
        Plan huidig = null;
        for (Plan p : plannen) {
            if (!p.datum().isAfter(dag)) {
                huidig = p;
            }
        }
        return Optional.ofNullable(huidig);
    }

    public boolean doelBestaat(String doelId) {
        if (doelId == null) {
            return false;
        }
        for (Plan p : plannen) {
            if (p.heeftDoel(doelId)) {
                return true;
            }
        }
        return false;
    }

    public Optional<LocalDate> laatsteEvaluatie(LocalDate uiterlijk) {
        LocalDate laatste = null;
        for (Evaluatie e : evaluaties) {
            if (!e.datum().isAfter(uiterlijk)) {
                laatste = e.datum();
            }
        }
        return Optional.ofNullable(laatste);
    }

    // ---- staffing ----

    /** First assignment with one of the ways of working, e.g. the first CCP/CRT period (norm 1a.1). */
    public Optional<Toewijzing> eersteToewijzingMet(List<Werkwijze> werkwijzen) {
        for (Toewijzing t : toewijzingen) {
            if (werkwijzen.contains(t.werkwijze())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public Optional<Toewijzing> actieveToewijzing(LocalDate dag) {
        Toewijzing actief = null;
        for (Toewijzing t : toewijzingen) {
            if (t.actiefOp(dag)) {
                actief = t;
            }
        }
        return Optional.ofNullable(actief);
    }

    /**
     * Every assignment after the first that changes the worker or the werkwijze (norm 1a.1: the family must be told
     * who carries the dossier now). A gap, or a new period with the same worker and werkwijze, is no change.
     */
    public List<Toewijzing> wisselingen() {
        List<Toewijzing> uit = new ArrayList<>();
        for (int i = 1; i < toewijzingen.size(); i++) {
            Toewijzing vorige = toewijzingen.get(i - 1);
            Toewijzing t = toewijzingen.get(i);
            if (vorige.werkwijze() != t.werkwijze() || !Objects.equals(vorige.medewerker(), t.medewerker())) {
                uit.add(t);
            }
        }
        return uit;
    }

    /**
     * The assignments of which the family must be told (norm 1a.1): the first one with one of the temporary ways of
     * working (CCP, CRT; the old {@code informatiebrief} covers it) and every later change of worker or werkwijze.
     */
    public List<Toewijzing> teInformeren(List<Werkwijze> tijdelijk) {
        Optional<Toewijzing> eersteTijdelijk = eersteToewijzingMet(tijdelijk);
        List<Toewijzing> wissel = wisselingen();
        return toewijzingen.stream().filter(t -> eersteTijdelijk.orElse(null) == t || wissel.contains(t)).toList();
    }

    /**
     * The day the family was told about this assignment: its own {@code gezinGeinformeerd}, or for the first
     * temporary assignment the old {@code informatiebrief}.
     */
    public Optional<LocalDate> gezinGeinformeerdOver(Toewijzing t, List<Werkwijze> tijdelijk) {
        if (t.gezinGeinformeerd() != null) {
            return Optional.of(t.gezinGeinformeerd());
        }
        return eersteToewijzingMet(tijdelijk).filter(e -> e == t).map(e -> informatiebrief);
    }

    /** True when the child's age is known and below {@code jaren} on the given day. */
    public boolean jongerDan(int jaren, LocalDate dag) {
        return leeftijdOp(dag).map(l -> l < jaren).orElse(false);
    }

    /** Latest face-to-face GI contact with the child in which safety was discussed with the child (norm 3.4-C). */
    public Optional<LocalDate> laatsteVeiligheidsgesprekMetJeugdige(LocalDate uiterlijk) {
        return laatsteFysiekMetJeugdige(uiterlijk, Contact::veiligheidMetJeugdige);
    }

    /** Date of the first assessment of any kind made on or after the start (Handelingsperspectief, 1a.3-C). */
    public Optional<LocalDate> eersteTaxatieDatum() {
        return eersteTaxatie().map(Taxatie::datum);
    }

    /** Date of the first assessment of one of the kinds made on or after the start (norm 1a.2-D). */
    public Optional<LocalDate> eersteTaxatieDatum(List<TaxatieSoort> soorten) {
        return eersteTaxatie(soorten).map(Taxatie::datum);
    }

    /** Date of the first assessment of one of the kinds made with the family (norm 1a.2-B). */
    public Optional<LocalDate> eersteTaxatieMetGezinDatum(List<TaxatieSoort> soorten) {
        return eersteTaxatieMetGezin(soorten).map(Taxatie::datum);
    }

    /** First assessment of one of the kinds made with the family, on or after the start (norm 1a.2-B). */
    public Optional<Taxatie> eersteTaxatieMetGezin(List<TaxatieSoort> soorten) {
        for (Taxatie t : taxaties) {
            if (soorten.contains(t.soort()) && !t.datum().isBefore(startdatum) && t.metGezin()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** First safety agreement on or after the start (Handelingsperspectief, 1a.3-C). */
    public Optional<LocalDate> eersteVeiligheidsafspraak() {
        return eersteVeiligheidsafspraakVanaf(startdatum);
    }

    // ---- help ----

    /** Help that has actually started on or before the given day (norm 3.2). */
    public List<Hulp> gestarteHulp(LocalDate uiterlijk) {
        List<Hulp> uit = new ArrayList<>();
        for (Hulp h : hulp) {
            if (h.gestart() != null && !h.gestart().isAfter(uiterlijk)) {
                uit.add(h);
            }
        }
        return Collections.unmodifiableList(uit);
    }

    /** First other help requested on or after the given day (norm 2.1: follow-up of help that did not work). */
    public Optional<LocalDate> andereHulpAangevraagdVanaf(String hulpId, LocalDate vanaf) {
        return hulp.stream().filter(h -> !h.id().equals(hulpId)).map(Hulp::aangevraagd).filter(Objects::nonNull)
                .filter(d -> !d.isBefore(vanaf)).min(Comparator.naturalOrder());
    }

    /** Date the effect of a help was judged: recorded, or else the first evaluation after it started. */
    public Optional<LocalDate> oordeelOverHulp(Hulp h) {
        if (h.beoordeeld() != null) {
            return Optional.of(h.beoordeeld());
        }
        LocalDate sinds = h.gestart() != null ? h.gestart() : h.aangevraagd();
        return sinds == null ? Optional.empty()
                : evaluaties.stream().map(Evaluatie::datum).filter(d -> !d.isBefore(sinds)).findFirst();
    }

    /** First safety agreement made on or after the given day (norm 3.6). */
    public Optional<LocalDate> eersteVeiligheidsafspraakVanaf(LocalDate vanaf) {
        for (Veiligheidsafspraak v : veiligheidsafspraken) {
            if (!v.datum().isBefore(vanaf)) {
                return Optional.of(v.datum());
            }
        }
        return Optional.empty();
    }

    public Optional<LocalDate> eersteHulpGestart() {
        return vroegste(Hulp::gestart);
    }

    /** Earliest escalation recorded on any help (norm 2.2-B). */
    public Optional<LocalDate> eersteOpschaling() {
        return vroegste(Hulp::opgeschaald);
    }

    /** The earliest of a date recorded on help (not every help has it). */
    private Optional<LocalDate> vroegste(Function<Hulp, LocalDate> datum) {
        LocalDate vroegste = null;
        for (Hulp h : hulp) {
            LocalDate d = datum.apply(h);
            if (d != null && (vroegste == null || d.isBefore(vroegste))) {
                vroegste = d;
            }
        }
        return Optional.ofNullable(vroegste);
    }

    /** How many GI contacts with the child or the parents fell on or before the given day (norm 1a.1-B). */
    public long contactmomentenMetJeugdigeOfOudersTot(LocalDate uiterlijk) {
        long n = 0;
        for (Contact c : contacten) {
            if (vanGi(c) && c.metJeugdigeOfOuders() && !c.datum().isAfter(uiterlijk)) {
                n++;
            }
        }
        return n;
    }
}
