package nl.normtoets.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Evaluatie;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport.Aantallen;
import nl.normtoets.report.Auditrapport.IndicatorRegel;
import nl.normtoets.report.Auditrapport.NormRegel;
import nl.normtoets.report.Auditrapport.ThemaRegel;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Normoordeel;
import nl.normtoets.scoring.Telling;

/** Runs a whole audit: the rules over the audit set, then scoring, then the report of contract v1. */
public final class Auditor {

    static final String GEEN_ORGANISATIEFEITEN =
            "Geen organisatieFeiten in de auditset; thema 5 kan niet worden beoordeeld.";

    private final AuditEngine engine;

    public Auditor(AuditEngine engine) {
        this.engine = engine;
    }

    public Auditrapport audit(Auditset set, Normcatalogus catalogus) {
        Evaluatie evaluatie = engine.evalueer(catalogus, set.peildatum(), set.dossiers());
        List<Afwijzing> afgewezen = new ArrayList<>(set.afgewezen());
        afgewezen.addAll(evaluatie.afgewezen());
        var resultaat = Beoordelaar.beoordeel(catalogus, evaluatie.bevindingen(), Map.of("5", GEEN_ORGANISATIEFEITEN));
        List<NormRegel> normen = resultaat.normen().stream().map(Auditor::normRegel).toList();
        List<ThemaRegel> themas = resultaat.themas().stream()
                .map(t -> new ThemaRegel(t.thema().id(), t.thema().titel(), t.oordeel(), t.reden())).toList();
        int getoetst = set.aantalIngelezen() - afgewezen.size();
        return new Auditrapport(set.peildatum(), set.organisatie(), catalogus.versie(),
                new Aantallen(set.aantalIngelezen(), getoetst, afgewezen.size(), evaluatie.bevindingen().size()),
                normen, themas, evaluatie.bevindingen(), afgewezen);
    }

    private static NormRegel normRegel(Normoordeel n) {
        Telling t = n.telling();
        List<IndicatorRegel> indicatoren = new ArrayList<>();
        for (Indicator i : n.norm().indicatoren()) {
            Telling ti = n.perIndicator().get(i.id());
            indicatoren.add(new IndicatorRegel(i.id(), i.titel(), ti.toepasbaar(), ti.voldoet(), procent(ti),
                    ti.tekort(), ti.nogNietToetsbaar(), ti.nietVanToepassing()));
        }
        return new NormRegel(n.norm().id(), n.norm().thema(), n.norm().titel(), n.oordeel(), t.toepasbaar(),
                t.voldoet(), procent(t), t.tekort(), t.nogNietToetsbaar(), t.nietVanToepassing(), n.reden(),
                indicatoren);
    }

    /** Percentage with one decimal, as the inspectie reports it; null when nothing applies. */
    static Double procent(Telling t) {
        Double a = t.aandeel();
        return a == null ? null : Math.round(a * 1000.0) / 10.0;
    }

}
