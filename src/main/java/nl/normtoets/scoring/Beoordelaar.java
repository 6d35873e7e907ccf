package nl.normtoets.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.normtoets.dossier.Wachtreden;
import nl.normtoets.engine.Bewijsstuk;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.BuitenInvloed;
import nl.normtoets.norm.Combinatie;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Norm;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.norm.Oordeelsgrenzen;
import nl.normtoets.norm.Thema;

/**
 * Judges indicators, norms and themes from findings, outside the rules (issue 13).
 * <ul>
 * <li>Each indicator gets its own judgement from its own share VOLDOET among VOLDOET + TEKORT. Organisation
 * indicators are judged the same way on their subjects (employees, advices, actions, gemeenten): one finding per
 * subject, so an indicator with one subject passes or fails as a whole.</li>
 * <li>A norm combines its indicators by its catalog rule: {@code ergste} (default; the lowest judged indicator
 * decides and is marked decisive), {@code gepoold} (all outcomes in one share) or {@code gewogen}.</li>
 * <li>A TEKORT whose finding carries a {@link Wachtreden} outside the GI's influence is counted apart; under
 * {@code buitenInvloed: telt-niet} it is left out of the share.</li>
 * <li>A theme gets the mean of its judged norms on the scale (VOLDOET = 4 ... VOLDOET_NIET = 1), rounded down.</li>
 * </ul>
 */
public final class Beoordelaar {

    /** Shown with theme 5: why its figures differ from "one failing employee fails the indicator". */
    public static final String UITLEG_ORGANISATIE = "Organisatie-indicatoren worden beoordeeld op het aandeel van hun "
            + "onderwerpen (medewerkers, adviezen, acties, gemeenten) dat voldoet; een indicator met één onderwerp "
            + "voldoet of voldoet niet.";

    /** Findings carry no reason unless their evidence names one ({@link Bewijsstuk#wachtreden}). */
    public static final Function<Bevinding, Wachtreden> REDEN_UIT_BEWIJS = Beoordelaar::redenUitBewijs;

    private Beoordelaar() {
    }

    public static Oordeel oordeel(Telling telling, Oordeelsgrenzen grenzen) {
        return oordeel(telling.aandeel(), grenzen);
    }

    public static Oordeel oordeel(Double aandeel, Oordeelsgrenzen grenzen) {
        if (aandeel == null) {
            return Oordeel.NIET_BEOORDEELD;
        }
        if (aandeel >= grenzen.voldoet()) {
            return Oordeel.VOLDOET;
        }
        if (aandeel >= grenzen.voldoetGrotendeels()) {
            return Oordeel.VOLDOET_GROTENDEELS;
        }
        if (aandeel >= grenzen.voldoetGrotendeelsNiet()) {
            return Oordeel.VOLDOET_GROTENDEELS_NIET;
        }
        return Oordeel.VOLDOET_NIET;
    }

    public static Resultaat beoordeel(Normcatalogus catalogus, Iterable<Bevinding> bevindingen,
                                      Map<String, String> redenNietBeoordeeld) {
        return beoordeel(catalogus, bevindingen, redenNietBeoordeeld, REDEN_UIT_BEWIJS);
    }

    /**
     * @param redenNietBeoordeeld per theme id, why its norms could not be judged (e.g. no organisation facts);
     *                            used as the reason for norms of that theme that have no applicable outcome
     * @param wachtreden          the reason, if any, recorded for a finding's shortfall
     */
    public static Resultaat beoordeel(Normcatalogus catalogus, Iterable<Bevinding> bevindingen,
                                      Map<String, String> redenNietBeoordeeld,
                                      Function<Bevinding, Wachtreden> wachtreden) {
        return beoordeel(catalogus, Bevindinggroepen.elkEenmaal(bevindingen), redenNietBeoordeeld, wachtreden);
    }

    /** The same from findings with counts (an audit's {@code Uitkomsttelling}): one step per group. */
    public static Resultaat beoordeel(Normcatalogus catalogus, Bevindinggroepen bevindingen,
                                      Map<String, String> redenNietBeoordeeld,
                                      Function<Bevinding, Wachtreden> wachtreden) {
        Map<String, Teller> perIndicator = new HashMap<>();
        // looked up once per indicator, not per finding: a list of 100 000 dossiers' findings holds 2.9 million
        Map<String, Map<String, BuitenInvloed>> regels = new HashMap<>();
        bevindingen.elk((b, aantal) -> {
            BuitenInvloed regel = regels.computeIfAbsent(b.norm(), k -> new HashMap<>()).computeIfAbsent(b.indicator(),
                    k -> catalogus.norm(b.norm()).map(n -> n.buitenInvloed(b.indicator())).orElse(BuitenInvloed.TELT));
            Wachtreden reden = b.uitkomst() == Uitkomst.TEKORT ? wachtreden.apply(b) : null;
            perIndicator.computeIfAbsent(b.indicator(), x -> new Teller()).tel(b.uitkomst(), reden, regel, aantal);
        });
        List<Normoordeel> normen = new ArrayList<>();
        for (Norm norm : catalogus.normen()) {
            normen.add(normoordeel(catalogus, norm, perIndicator, redenNietBeoordeeld));
        }
        List<Themaoordeel> themas = new ArrayList<>();
        for (Thema thema : catalogus.themas()) {
            List<Oordeel> beoordeeld = normen.stream().filter(n -> n.norm().thema().equals(thema.id()))
                    .map(Normoordeel::oordeel).filter(Oordeel::beoordeeld).toList();
            if (!thema.beoordeeld()) {
                themas.add(new Themaoordeel(thema, Oordeel.NIET_BEOORDEELD, "Dit thema wordt niet beoordeeld."));
            } else if (beoordeeld.isEmpty()) {
                themas.add(new Themaoordeel(thema, Oordeel.NIET_BEOORDEELD, redenNietBeoordeeld.getOrDefault(thema.id(),
                        "Geen van de normen van dit thema kon worden beoordeeld.")));
            } else {
                int som = beoordeeld.stream().mapToInt(Oordeel::punten).sum();
                themas.add(new Themaoordeel(thema, Oordeel.vanPunten(som / beoordeeld.size()), null));
            }
        }
        return new Resultaat(normen, themas);
    }

    private static Normoordeel normoordeel(Normcatalogus catalogus, Norm norm, Map<String, Teller> perIndicator,
                                           Map<String, String> redenNietBeoordeeld) {
        Oordeelsgrenzen grenzen = catalogus.grenzenVoor(norm);
        int minimum = catalogus.minimumVoor(norm);
        Map<String, Telling> tellingen = new LinkedHashMap<>();
        List<Indicatoroordeel> oordelen = new ArrayList<>();
        Telling totaal = Telling.LEEG;
        for (Indicator i : norm.indicatoren()) {
            Teller teller = perIndicator.getOrDefault(i.id(), new Teller());
            Telling t = teller.telling;
            tellingen.put(i.id(), t);
            totaal = totaal.plus(t);
            oordelen.add(new Indicatoroordeel(i, t, oordeel(t, grenzen), Interval.van(t), klein(t.toepasbaar(), minimum),
                    teller.splitsing(norm.buitenInvloed(i.id())), false));
        }
        Thema thema = catalogus.thema(norm.thema()).orElseThrow();
        Combinatie combinatie = norm.combinatie();
        Oordeel oordeel = Oordeel.NIET_BEOORDEELD;
        String bepalend = null;
        Double aandeel = null;
        Interval interval = null;
        int basis = 0;
        List<Indicatoroordeel> beoordeeld = oordelen.stream().filter(o -> o.oordeel().beoordeeld()).toList();
        if (thema.beoordeeld()) {
            switch (combinatie) {
                case GEPOOLD -> {
                    oordeel = oordeel(totaal, grenzen);
                    aandeel = totaal.aandeel();
                    interval = Interval.van(totaal);
                    basis = totaal.toepasbaar();
                }
                case ERGSTE -> {
                    // the lowest judgement decides; between equal judgements the lower share is the one to act on
                    Indicatoroordeel ergste = beoordeeld.stream()
                            .min(Comparator.comparingInt((Indicatoroordeel o) -> o.oordeel().punten())
                                    .thenComparingDouble(o -> o.telling().aandeel()))
                            .orElse(null);
                    if (ergste != null) {
                        oordeel = ergste.oordeel();
                        bepalend = ergste.indicator().id();
                        aandeel = ergste.telling().aandeel();
                        interval = ergste.interval();
                        basis = ergste.telling().toepasbaar();
                    }
                }
                case GEWOGEN -> {
                    Gewogen g = gewogen(norm, beoordeeld);
                    if (g != null) {
                        oordeel = oordeel(g.aandeel, grenzen);
                        aandeel = g.aandeel;
                        bepalend = g.bepalend;
                        basis = g.basis;
                        // an approximation: the weighted share read as if it came from all judged outcomes together
                        interval = Interval.wilson((int) Math.round(g.aandeel * g.basis), g.basis);
                    }
                }
            }
        }
        if (bepalend != null) {
            String id = bepalend;
            oordelen = oordelen.stream().map(o -> o.indicator().id().equals(id) ? o.alsBepalend() : o).toList();
        }
        String reden = null;
        if (!thema.beoordeeld()) {
            reden = "Thema " + thema.id() + " wordt beschreven, niet beoordeeld.";
        } else if (oordeel == Oordeel.NIET_BEOORDEELD) {
            reden = redenNietBeoordeeld.getOrDefault(norm.thema(),
                    "Geen toepasbare uitkomsten: geen dossier waarvoor de termijn al verstreken is of de indicator geldt.");
        }
        return new Normoordeel(norm, oordeel, totaal, tellingen, reden, oordelen, combinatie, bepalend, aandeel,
                interval, basis, oordeel.beoordeeld() && klein(basis, minimum));
    }

    /** Weighted mean of the judged indicators' shares; the decisive one is the largest weighted shortfall. */
    private static Gewogen gewogen(Norm norm, List<Indicatoroordeel> beoordeeld) {
        double som = 0;
        double gewicht = 0;
        int basis = 0;
        String bepalend = null;
        double grootsteTekort = 0;
        for (Indicatoroordeel o : beoordeeld) {
            double w = norm.gewicht(o.indicator().id());
            if (w == 0) {
                continue;
            }
            double a = o.telling().aandeel();
            som += w * a;
            gewicht += w;
            basis += o.telling().toepasbaar();
            if (w * (1 - a) > grootsteTekort) {
                grootsteTekort = w * (1 - a);
                bepalend = o.indicator().id();
            }
        }
        return gewicht == 0 ? null : new Gewogen(som / gewicht, bepalend, basis);
    }

    private static boolean klein(int toepasbaar, int minimum) {
        return toepasbaar > 0 && toepasbaar < minimum;
    }

    private static Wachtreden redenUitBewijs(Bevinding b) {
        return Bewijsstuk.wachtreden(b.bewijs()).orElse(null);
    }

    private record Gewogen(double aandeel, String bepalend, int basis) {
    }

    /** Counts of one indicator, with its shortfalls split by reason. */
    private static final class Teller {
        Telling telling = Telling.LEEG;
        int binnen;
        int buiten;
        int onbekend;
        final Map<Wachtreden, Integer> perReden = new EnumMap<>(Wachtreden.class);

        void tel(Uitkomst u, Wachtreden reden, BuitenInvloed regel, int n) {
            if (u == Uitkomst.TEKORT) {
                if (reden == null) {
                    onbekend += n;
                } else {
                    perReden.merge(reden, n, Integer::sum);
                    if (reden.binnenInvloed()) {
                        binnen += n;
                    } else {
                        buiten += n;
                        if (regel == BuitenInvloed.TELT_NIET) {
                            return; // shown apart, left out of the share
                        }
                    }
                }
            }
            telling = telling.plus(u, n);
        }

        Invloedsplitsing splitsing(BuitenInvloed regel) {
            return binnen + buiten == 0 ? null : new Invloedsplitsing(binnen, buiten, onbekend, perReden, regel);
        }
    }

    public record Resultaat(List<Normoordeel> normen, List<Themaoordeel> themas) {
    }
}
