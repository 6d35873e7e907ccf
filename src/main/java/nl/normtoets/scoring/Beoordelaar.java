package nl.normtoets.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Norm;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.norm.Oordeelsgrenzen;
import nl.normtoets.norm.Thema;

/**
 * Judges norms and themes from findings, outside the rules. Per norm the (indicator, dossier) outcomes are pooled;
 * the share VOLDOET among the applicable ones is set against the catalog's thresholds. An organisation indicator
 * (theme 5) counts once per norm, TEKORT when any of its findings is TEKORT (see {@link Telling#alsEen()}). A theme gets the mean of its
 * judged norms on the scale (VOLDOET = 4 ... VOLDOET_NIET = 1), rounded down.
 */
public final class Beoordelaar {

    private Beoordelaar() {
    }

    public static Oordeel oordeel(Telling telling, Oordeelsgrenzen grenzen) {
        Double aandeel = telling.aandeel();
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

    /**
     * @param redenNietBeoordeeld per theme id, why its norms could not be judged (e.g. no organisation facts);
     *                            used as the reason for norms of that theme that have no applicable outcome
     */
    public static Resultaat beoordeel(Normcatalogus catalogus, Iterable<Bevinding> bevindingen,
                                      Map<String, String> redenNietBeoordeeld) {
        Map<String, Telling> perIndicator = new HashMap<>();
        for (Bevinding b : bevindingen) {
            perIndicator.merge(b.indicator(), Telling.LEEG.plus(b.uitkomst()), Telling::plus);
        }
        List<Normoordeel> normen = new ArrayList<>();
        for (Norm norm : catalogus.normen()) {
            Map<String, Telling> tellingen = new LinkedHashMap<>();
            Telling totaal = Telling.LEEG;
            for (Indicator i : norm.indicatoren()) {
                Telling t = perIndicator.getOrDefault(i.id(), Telling.LEEG);
                tellingen.put(i.id(), t);
                // brief: for organisation norms each indicator is one VOLDOET or TEKORT, however many employees,
                // advices or gemeenten it checked; the per-part counts stay visible per indicator
                totaal = totaal.plus(i.niveau() == Niveau.ORGANISATIE ? t.alsEen() : t);
            }
            Thema thema = catalogus.thema(norm.thema()).orElseThrow();
            Oordeel oordeel = thema.beoordeeld() ? oordeel(totaal, catalogus.grenzenVoor(norm)) : Oordeel.NIET_BEOORDEELD;
            String reden = null;
            if (!thema.beoordeeld()) {
                reden = "Thema " + thema.id() + " wordt beschreven, niet beoordeeld.";
            } else if (oordeel == Oordeel.NIET_BEOORDEELD) {
                reden = redenNietBeoordeeld.getOrDefault(norm.thema(),
                        "Geen toepasbare uitkomsten: geen dossier waarvoor de termijn al verstreken is of de indicator geldt.");
            }
            normen.add(new Normoordeel(norm, oordeel, totaal, tellingen, reden));
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

    public record Resultaat(List<Normoordeel> normen, List<Themaoordeel> themas) {
    }
}
