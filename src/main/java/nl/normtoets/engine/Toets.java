package nl.normtoets.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.Optional;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Termijn;

/**
 * The shared semantics of the brief, so every rule applies them the same way:
 * <ul>
 * <li>{@link #termijn}: something must happen within a term after a begin date. Met on or before the last day;
 * late is TEKORT; not yet happened and the last day not yet passed is NOG_NIET_TOETSBAAR; the dossier ended
 * before the last day without it is NIET_VAN_TOEPASSING.</li>
 * <li>{@link #recent}: something must have happened within the last N days before the peildatum. A dossier
 * younger than the term is NOG_NIET_TOETSBAAR; a closed dossier is NIET_VAN_TOEPASSING.</li>
 * </ul>
 * Each check yields a {@link Bevinding} with typed evidence ({@link TermijnBewijs}, {@link RecentBewijs}; several
 * items judged, the worst counting: {@link ItemBewijs}) that lists the dates used and the last day ("uiterlijk").
 * Rules get the indicator already resolved for the dossier's maatregel ({@link Toepassing}); they select what the
 * norm is about in their when-part and hand it here, so no rule has a loop or a term rule of its own.
 */
public final class Toets {

    private Toets() {
    }

    public static TermijnToets termijn(Indicator indicator, Dossier dossier, Toetsing toetsing) {
        return new TermijnToets(indicator.voor(dossier.maatregel()), dossier, toetsing.peildatum());
    }

    public static RecentToets recent(Indicator indicator, Dossier dossier, Toetsing toetsing) {
        return new RecentToets(indicator.voor(dossier.maatregel()), dossier, toetsing.peildatum());
    }

    /** A finding whose outcome the rule decided itself. */
    public static Bevinding uitkomst(Indicator indicator, Dossier dossier, Uitkomst uitkomst, String toelichting,
                                     Bewijs bewijs) {
        return Bevinding.over(dossier, indicator.norm(), indicator.id(), uitkomst, toelichting, bewijs.alsMap());
    }

    /**
     * A finding whose outcome the rule decided itself, its reason written when read: rules pass words that quote the
     * dossier as {@code () -> "Plan van " + $plan.datum() + ...}, so an audit held in memory keeps the dates, not
     * millions of sentences ({@link Toelichting}). What the words quote is immutable, so they come out the same.
     */
    public static Bevinding uitkomst(Indicator indicator, Dossier dossier, Uitkomst uitkomst,
                                     Supplier<String> toelichting, Bewijs bewijs) {
        return Bevinding.over(dossier, indicator.norm(), indicator.id(), uitkomst, Toelichting.later(toelichting),
                bewijs.alsMap());
    }

    /** As {@link #uitkomst(Indicator, Dossier, Uitkomst, Supplier, Bewijs)}, with typed evidence. */
    public static Bevinding uitkomst(Indicator indicator, Dossier dossier, Uitkomst uitkomst,
                                     Supplier<String> toelichting, Bewijsstuk bewijs) {
        return Bevinding.over(dossier, indicator.norm(), indicator.id(), uitkomst, Toelichting.later(toelichting),
                bewijs);
    }

    /** A finding whose outcome the rule decided itself, with typed evidence (e.g. {@link ToewijzingBewijs}). */
    public static Bevinding uitkomst(Indicator indicator, Dossier dossier, Uitkomst uitkomst, String toelichting,
                                     Bewijsstuk bewijs) {
        return Bevinding.over(dossier, indicator.norm(), indicator.id(), uitkomst, toelichting, bewijs);
    }

    public static Bevinding nietVanToepassing(Indicator indicator, Dossier dossier, String reden) {
        return nietVanToepassing(indicator, dossier, Toelichting.van(reden));
    }

    /** Not applicable, for a reason that quotes the dossier (written when read, see {@link Toelichting}). */
    public static Bevinding nietVanToepassing(Indicator indicator, Dossier dossier, Supplier<String> reden) {
        return nietVanToepassing(indicator, dossier, Toelichting.later(reden));
    }

    private static Bevinding nietVanToepassing(Indicator indicator, Dossier dossier, Toelichting reden) {
        Map<String, Object> bewijs = dossier.maatregel() == null
                ? Bewijs.van().met("maatregel", null).alsMap() : ALLEEN_MAATREGEL.get(dossier.maatregel());
        return Bevinding.over(dossier, indicator.norm(), indicator.id(), Uitkomst.NIET_VAN_TOEPASSING, reden, bewijs);
    }

    /**
     * The evidence of a finding that does not apply, per maatregel: the same read-only map for every such finding
     * (about a third of an audit's findings), so a large in-memory audit does not keep a copy of it per finding.
     */
    private static final Map<Maatregel, Map<String, Object>> ALLEEN_MAATREGEL = alleenMaatregel();

    private static Map<Maatregel, Map<String, Object>> alleenMaatregel() {
        Map<Maatregel, Map<String, Object>> m = new EnumMap<>(Maatregel.class);
        for (Maatregel maatregel : Maatregel.values()) {
            m.put(maatregel, Bewijs.van().met("maatregel", maatregel).alsMap());
        }
        return m;
    }

    /**
     * One finding for a dossier from several partial checks (e.g. one per signal): the worst outcome counts, in the
     * order TEKORT, NOG_NIET_TOETSBAAR, VOLDOET, NIET_VAN_TOEPASSING. Its toelichting and evidence are kept; the
     * number of partial checks is added to the evidence.
     */
    public static Bevinding ergste(Indicator indicator, Dossier dossier, List<Bevinding> delen,
                                   String geenDelen) {
        if (delen.isEmpty()) {
            return nietVanToepassing(indicator, dossier, geenDelen);
        }
        Bevinding ergste = delen.get(0);
        long tekort = 0;
        for (Bevinding b : delen) {
            if (ernst(b.uitkomst()) > ernst(ergste.uitkomst())) {
                ergste = b;
            }
            tekort += b.uitkomst() == Uitkomst.TEKORT ? 1 : 0;
        }
        Toelichting uitleg = delen.size() == 1 ? ergste.uitleg() : new ItemTekst(ergste.uitleg(), delen.size(), tekort);
        return Bevinding.over(dossier, ergste.norm(), ergste.indicator(), ergste.uitkomst(), uitleg,
                new ItemBewijs(ergste.bewijs(), delen.size(), tekort));
    }

    /**
     * "Judge each item, worst counts" for a dossier: the items a rule's when-part selected (e.g. with
     * {@code accumulate(... ; collectList(...))}), each judged by {@code oordeel}; no items is NIET_VAN_TOEPASSING with
     * {@code geenItems} as the reason. Rules pass the judgement of one item, never a loop of their own.
     */
    public static <T> Bevinding ergste(Indicator indicator, Dossier dossier, List<? extends T> items,
                                       Function<T, Bevinding> oordeel, String geenItems) {
        List<Bevinding> delen = new ArrayList<>(items.size());
        for (T item : items) {
            delen.add(oordeel.apply(item));
        }
        return ergste(indicator, dossier, delen, geenItems);
    }

    /**
     * "Every item must comply" with one finding per dossier: no items ({@code aantal} 0) is NIET_VAN_TOEPASSING with
     * {@code geenItems}; no {@code gebreken} (the items or lacks the rule's when-part selected) is VOLDOET; else
     * TEKORT. The rule words the outcome; this decides which one applies.
     */
    public static Bevinding alleItems(Indicator indicator, Dossier dossier, int aantal, List<?> gebreken,
                                      String geenItems, Supplier<String> voldoet, Supplier<String> tekort,
                                      Bewijs bewijs) {
        if (aantal == 0) {
            return nietVanToepassing(indicator, dossier, geenItems);
        }
        return gebreken.isEmpty() ? uitkomst(indicator, dossier, Uitkomst.VOLDOET, voldoet, bewijs)
                : uitkomst(indicator, dossier, Uitkomst.TEKORT, tekort, bewijs);
    }

    /**
     * A term check whose outcome was decided by the rule (e.g. 2.2-B: escalation judged against the help term),
     * with the evidence of a term check.
     */
    public static Bevinding termijnUitkomst(Indicator indicator, Dossier dossier, Uitkomst uitkomst,
                                            String toelichting, TermijnBewijs bewijs) {
        return Bevinding.over(dossier, indicator.norm(), indicator.id(), uitkomst, toelichting, bewijs);
    }

    /** As {@link #termijnUitkomst(Indicator, Dossier, Uitkomst, String, TermijnBewijs)}, its words written when read. */
    public static Bevinding termijnUitkomst(Indicator indicator, Dossier dossier, Uitkomst uitkomst,
                                            Supplier<String> toelichting, TermijnBewijs bewijs) {
        return Bevinding.over(dossier, indicator.norm(), indicator.id(), uitkomst, Toelichting.later(toelichting),
                bewijs);
    }

    /**
     * "Judge each item" where every item is its own finding (theme 5: one per employee, advice, action,
     * gemeente): each of {@code items} judged by {@code oordeel}; no items gives the one finding {@code geenItems}.
     */
    public static <T> Oordelen elk(List<? extends T> items, Function<T, Bevinding> oordeel,
                                   Supplier<Bevinding> geenItems) {
        if (items.isEmpty()) {
            return new Oordelen(List.of(geenItems.get()));
        }
        List<Bevinding> uit = new ArrayList<>(items.size());
        for (T item : items) {
            uit.add(oordeel.apply(item));
        }
        return new Oordelen(uit);
    }

    /**
     * "Every dossier of the family must comply" (1a.2-D): {@code oordeel} judges one dossier (its own term from its own
     * start); this dossier and every other dossier of the family are judged and the worst outcome counts for this
     * dossier. The evidence names each dossier's outcome and the deciding dossier.
     */
    public static Bevinding gezin(Indicator indicator, Dossier dossier, String gezin, List<Dossier> anderen,
                                  Function<Dossier, Bevinding> oordeel) {
        Bevinding eigen = oordeel.apply(dossier);
        Bevinding ergste = eigen;
        java.util.Map<String, Uitkomst> perDossier = new java.util.LinkedHashMap<>();
        perDossier.put(dossier.id(), eigen.uitkomst());
        long tekort = eigen.uitkomst() == Uitkomst.TEKORT ? 1 : 0;
        for (Dossier ander : anderen) {
            Bevinding b = oordeel.apply(ander);
            perDossier.put(ander.id(), b.uitkomst());
            tekort += b.uitkomst() == Uitkomst.TEKORT ? 1 : 0;
            if (ernst(b.uitkomst()) > ernst(ergste.uitkomst())) {
                ergste = b;
            }
        }
        Toelichting uitleg = new GezinTekst(ergste.uitleg(), ergste == eigen ? null : ergste.dossier(), gezin,
                perDossier.size(), tekort);
        return Bevinding.over(dossier, indicator.norm(), indicator.id(), ergste.uitkomst(), uitleg,
                new GezinBewijs(gezin, perDossier, ergste.dossier(), ergste.bewijs()));
    }

    /** Several findings of one rule firing, as one fact; the engine takes the findings out. */
    public record Oordelen(List<Bevinding> bevindingen) {
        public Oordelen {
            bevindingen = List.copyOf(bevindingen);
        }
    }

    private static int ernst(Uitkomst u) {
        return switch (u) {
            case TEKORT -> 3;
            case NOG_NIET_TOETSBAAR -> 2;
            case VOLDOET -> 1;
            case NIET_VAN_TOEPASSING -> 0;
        };
    }

    /** "5 dagen na de start" or, for something dated before the begin, "12 dagen voor de start". */
    static String afstand(LocalDate begin, LocalDate datum, String beginOmschrijving) {
        long n = dagen(begin, datum);
        return n >= 0 ? aantalDagen(n) + " na " + beginOmschrijving : aantalDagen(-n) + " voor " + beginOmschrijving;
    }

    static String aantalDagen(long n) {
        return n == 1 ? "1 dag" : n + " dagen";
    }

    static String hoofdletter(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static long dagen(LocalDate van, LocalDate tot) {
        return ChronoUnit.DAYS.between(van, tot);
    }

    /** Something must happen within a term after a begin date. */
    public static final class TermijnToets {
        private final Indicator indicator;
        private final Dossier dossier;
        private final LocalDate peildatum;
        private Termijn termijn;
        private String beginNaam = TermijnBewijs.START;
        private String beginOmschrijving = "de start";
        private LocalDate begin;
        private String gebeurdNaam = "datum";
        private LocalDate gebeurd;
        private String wat = "de gevraagde handeling";
        private String zonderBegin;
        private final Bewijs bewijs = Bewijs.van();

        private TermijnToets(Indicator indicator, Dossier dossier, LocalDate peildatum) {
            this.indicator = indicator;
            this.dossier = dossier;
            this.peildatum = peildatum;
            this.begin = dossier.startdatum();
        }

        /** The date the term runs from (default: the start of the measure). */
        public TermijnToets vanaf(String naam, String omschrijving, LocalDate datum) {
            this.beginNaam = naam;
            this.beginOmschrijving = omschrijving;
            this.begin = datum;
            return this;
        }

        /**
         * The term runs from a date that may be unknown (e.g. when help was judged not effective): without it the
         * term never started and the finding is NIET_VAN_TOEPASSING with {@code zonderBegin} as its reason.
         */
        public TermijnToets vanaf(String naam, String omschrijving, Optional<LocalDate> datum, String zonderBegin) {
            this.zonderBegin = datum.isEmpty() ? zonderBegin : null;
            return vanaf(naam, omschrijving, datum.orElse(null));
        }

        /** Use a term other than the indicator's own (e.g. a parameter of the catalog). */
        public TermijnToets termijn(Termijn andere) {
            this.termijn = andere;
            return this;
        }

        public TermijnToets gebeurd(String naam, Optional<LocalDate> datum) {
            return gebeurd(naam, datum.orElse(null));
        }

        public TermijnToets gebeurd(String naam, LocalDate datum) {
            this.gebeurdNaam = naam;
            this.gebeurd = datum;
            return this;
        }

        /** What must happen, in words that fit "Geen ... geregistreerd", e.g. "eerste plan van aanpak". */
        public TermijnToets wat(String omschrijving) {
            this.wat = omschrijving;
            return this;
        }

        /** Extra evidence beyond the dates of the term itself. */
        public TermijnToets bewijs(String naam, Object waarde) {
            bewijs.met(naam, waarde);
            return this;
        }

        public Bevinding bevinding() {
            if (zonderBegin != null) {
                return nietVanToepassing(indicator, dossier, zonderBegin);
            }
            Termijn t = termijn != null ? termijn : indicator.vereisteTermijn();
            LocalDate uiterlijk = t.einde(begin);
            LocalDate einddatum = null;
            LocalDate peil = null;
            Uitkomst uitkomst;
            if (gebeurd != null) {
                uitkomst = gebeurd.isAfter(uiterlijk) ? Uitkomst.TEKORT : Uitkomst.VOLDOET;
            } else if (dossier.afgeslotenOp(peildatum) && dossier.einddatum().isBefore(uiterlijk)) {
                uitkomst = Uitkomst.NIET_VAN_TOEPASSING;
                einddatum = dossier.einddatum();
            } else {
                uitkomst = peildatum.isAfter(uiterlijk) ? Uitkomst.TEKORT : Uitkomst.NOG_NIET_TOETSBAAR;
                peil = peildatum;
            }
            TermijnBewijs b = new TermijnBewijs(beginNaam, begin, t.omschrijving(), uiterlijk, gebeurdNaam, gebeurd,
                    bewijs.leeg() ? null : bewijs.alsMap(), einddatum, peil);
            Toelichting toelichting = new TermijnTekst(uitkomst, wat, beginOmschrijving, t, b);
            return Bevinding.over(dossier, indicator.norm(), indicator.id(), uitkomst, toelichting, b);
        }
    }

    /** Something must have happened within the last term before the peildatum. */
    public static final class RecentToets {
        private final Indicator indicator;
        private final Dossier dossier;
        private final LocalDate peildatum;
        private String laatsteNaam = "laatste";
        private LocalDate laatste;
        private String wat = "de gevraagde handeling";
        private boolean alleenOudereDossiers;
        private final Bewijs bewijs = Bewijs.van();

        private RecentToets(Indicator indicator, Dossier dossier, LocalDate peildatum) {
            this.indicator = indicator;
            this.dossier = dossier;
            this.peildatum = peildatum;
        }

        public RecentToets laatste(String naam, Optional<LocalDate> datum) {
            this.laatsteNaam = naam;
            this.laatste = datum.orElse(null);
            return this;
        }

        /** What must be recent, in words that fit "Geen ... geregistreerd", e.g. "evaluatie". */
        public RecentToets wat(String omschrijving) {
            this.wat = omschrijving;
            return this;
        }

        public RecentToets bewijs(String naam, Object waarde) {
            bewijs.met(naam, waarde);
            return this;
        }

        /** Only dossiers running longer than the term are judged (3.3-A); younger ones are not yet due. */
        public RecentToets alleenOudereDossiers() {
            this.alleenOudereDossiers = true;
            return this;
        }

        public Bevinding bevinding() {
            Termijn t = indicator.vereisteTermijn();
            LocalDate start = dossier.startdatum();
            LocalDate vensterVanaf = t.terugVanaf(peildatum);
            LocalDate referentie = laatste != null && laatste.isAfter(start) ? laatste : start;
            LocalDate einddatum = null;
            RecentTekst.Geval geval;
            if (dossier.afgeslotenOp(peildatum)) {
                geval = RecentTekst.Geval.AFGESLOTEN;
                einddatum = dossier.einddatum();
            } else if (alleenOudereDossiers && !start.isBefore(vensterVanaf)) {
                geval = RecentTekst.Geval.TE_JONG_VOOR_INDICATOR;
            } else if (laatste != null && !laatste.isBefore(vensterVanaf)) {
                geval = RecentTekst.Geval.RECENT;
            } else if (!start.isBefore(vensterVanaf)) {
                geval = RecentTekst.Geval.NOG_NIET_NODIG;
            } else if (laatste != null) {
                geval = RecentTekst.Geval.TE_LANG_GELEDEN;
            } else {
                geval = RecentTekst.Geval.NOOIT;
            }
            RecentBewijs b = new RecentBewijs(peildatum, t.omschrijving(), vensterVanaf, laatsteNaam, laatste, start,
                    t.einde(referentie), bewijs.leeg() ? null : bewijs.alsMap(), einddatum);
            Toelichting toelichting = new RecentTekst(geval, wat, t, b);
            Uitkomst uitkomst = geval.uitkomst;
            return Bevinding.over(dossier, indicator.norm(), indicator.id(), uitkomst, toelichting, b);
        }
    }
}
