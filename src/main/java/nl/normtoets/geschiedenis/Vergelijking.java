package nl.normtoets.geschiedenis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.normtoets.engine.Uitkomst;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.norm.Oordeelsgrenzen;
import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Oordeel;
import nl.normtoets.scoring.Telling;

/**
 * Two stored audits side by side ({@code vergelijk A B}): per norm and per indicator the judgement and share before
 * and after with the change in percentage points, and per indicator the dossiers that moved from TEKORT to VOLDOET
 * and back, by team (the team the dossier has in the later audit). A dossier that is in one audit only did not move.
 */
public record Vergelijking(Auditkop voor, Auditkop na, List<Verschil> normen, List<Verschil> indicatoren,
                           List<Verschuiving> verschuivingen) {

    /**
     * One norm or indicator before and after. Indicators carry no judgement in the report yet; theirs is made
     * here from their share with the thresholds of their norm in the catalog (null when the catalog lacks it).
     * {@code verandering}: percentage points, null when either share is missing.
     */
    public record Verschil(String id, String norm, String titel, Oordeel oordeelVoor, Oordeel oordeelNa,
                           Double aandeelVoor, Double aandeelNa, int toepasbaarVoor, int toepasbaarNa,
                           Double verandering) {
    }

    /** Dossiers of one team that moved on one indicator, ids in order. */
    public record Verschuiving(String indicator, String team, List<String> naarVoldoet, List<String> naarTekort) {
    }

    public static Vergelijking maak(Auditsamenvatting a, Auditsamenvatting b, List<Dossieruitkomst> uitkomstenA,
                                    List<Dossieruitkomst> uitkomstenB, Normcatalogus catalogus) {
        List<Verschil> normen = new ArrayList<>();
        List<Verschil> indicatoren = new ArrayList<>();
        for (NormRij nb : b.normen()) {
            NormRij na = a.norm(nb.id()).orElse(null);
            normen.add(new Verschil(nb.id(), nb.id(), nb.titel(), na == null ? null : na.score(), nb.score(),
                    na == null ? null : na.percentage(), nb.percentage(), na == null ? 0 : na.toepasbaar(),
                    nb.toepasbaar(), verschil(na == null ? null : na.percentage(), nb.percentage())));
            Oordeelsgrenzen grenzen = catalogus.norm(nb.id()).map(catalogus::grenzenVoor).orElse(null);
            for (IndicatorRij ib : nb.indicatoren()) {
                IndicatorRij ia = a.indicator(ib.id()).orElse(null);
                indicatoren.add(new Verschil(ib.id(), nb.id(), ib.titel(), oordeel(ia, grenzen), oordeel(ib, grenzen),
                        ia == null ? null : ia.percentage(), ib.percentage(), ia == null ? 0 : ia.toepasbaar(),
                        ib.toepasbaar(), verschil(ia == null ? null : ia.percentage(), ib.percentage())));
            }
        }
        return new Vergelijking(a.kop(), b.kop(), normen, indicatoren, verschuivingen(uitkomstenA, uitkomstenB));
    }

    /** The indicator's judgement from its counts, as a norm with this one indicator would get it. */
    static Oordeel oordeel(IndicatorRij i, Oordeelsgrenzen grenzen) {
        if (i == null || grenzen == null) {
            return null;
        }
        return Beoordelaar.oordeel(new Telling(i.voldoet(), i.tekort(), i.nogNietToetsbaar(), i.nietVanToepassing()),
                grenzen);
    }

    private static Double verschil(Double voor, Double na) {
        return voor == null || na == null ? null : Math.round((na - voor) * 10.0) / 10.0;
    }

    static List<Verschuiving> verschuivingen(List<Dossieruitkomst> a, List<Dossieruitkomst> b) {
        Map<String, Uitkomst> eerder = new HashMap<>(a.size() * 2);
        for (Dossieruitkomst u : a) {
            eerder.put(u.indicator() + '\u0000' + u.dossier(), u.uitkomst());
        }
        // indicator -> team -> [naar VOLDOET, naar TEKORT]
        Map<String, Map<String, List<TreeSet<String>>>> per = new TreeMap<>();
        for (Dossieruitkomst u : b) {
            Uitkomst voor = eerder.get(u.indicator() + '\u0000' + u.dossier());
            int richting = voor == Uitkomst.TEKORT && u.uitkomst() == Uitkomst.VOLDOET ? 0
                    : voor == Uitkomst.VOLDOET && u.uitkomst() == Uitkomst.TEKORT ? 1 : -1;
            if (richting < 0) {
                continue;
            }
            String team = Objects.requireNonNullElse(u.team(), "(geen team)");
            per.computeIfAbsent(u.indicator(), k -> new TreeMap<>())
                    .computeIfAbsent(team, k -> List.of(new TreeSet<>(), new TreeSet<>()))
                    .get(richting).add(u.dossier());
        }
        List<Verschuiving> uit = new ArrayList<>();
        per.forEach((indicator, teams) -> teams.forEach((team, r) ->
                uit.add(new Verschuiving(indicator, team, List.copyOf(r.get(0)), List.copyOf(r.get(1))))));
        return uit;
    }
}
