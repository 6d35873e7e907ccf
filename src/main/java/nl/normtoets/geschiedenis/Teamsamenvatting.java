package nl.normtoets.geschiedenis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.ThemaRij;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Normoordeel;
import nl.normtoets.scoring.Telling;

/**
 * A stored audit judged again on the findings of some teams' dossiers only, for a team manager's history: its
 * counts and judgements come from those dossiers alone, so nothing of another team shows through a figure. Theme 5
 * (the whole organisation) is left unjudged, as in a team's view of a report.
 */
public final class Teamsamenvatting {

    private Teamsamenvatting() {
    }

    public static Optional<Auditsamenvatting> van(Auditarchief archief, String id, Collection<String> teams,
                                                  Normcatalogus catalogus, String redenThema5) {
        Optional<Auditkop> kop = archief.kop(id);
        if (kop.isEmpty()) {
            return Optional.empty();
        }
        var r = Beoordelaar.beoordeel(catalogus, archief.bevindingenVanTeams(id, teams), Map.of("5", redenThema5));
        List<NormRij> normen = new ArrayList<>();
        for (Normoordeel n : r.normen()) {
            List<IndicatorRij> indicatoren = new ArrayList<>();
            for (Indicator i : n.norm().indicatoren()) {
                Telling t = n.perIndicator().get(i.id());
                indicatoren.add(new IndicatorRij(i.id(), i.titel(), t.toepasbaar(), t.voldoet(), procent(t),
                        t.tekort(), t.nogNietToetsbaar(), t.nietVanToepassing()));
            }
            Telling t = n.telling();
            normen.add(new NormRij(n.norm().id(), n.norm().thema(), n.norm().titel(), n.oordeel(), t.toepasbaar(),
                    t.voldoet(), procent(t), t.tekort(), t.nogNietToetsbaar(), t.nietVanToepassing(), n.reden(),
                    indicatoren));
        }
        List<ThemaRij> themas = r.themas().stream()
                .map(t -> new ThemaRij(t.thema().id(), t.thema().titel(), t.oordeel(), t.reden())).toList();
        return Optional.of(new Auditsamenvatting(kop.get(), normen, themas));
    }

    /** As the report rounds: one decimal, null when nothing applies. */
    private static Double procent(Telling t) {
        Double a = t.aandeel();
        return a == null ? null : Math.round(a * 1000.0) / 10.0;
    }
}
