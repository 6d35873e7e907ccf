package nl.normtoets.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.norm.Indicator;
import nl.normtoets.report.Auditrapport.Aantallen;
import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Auditrapport.NietGebruikt;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.ThemaRij;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Normoordeel;
import nl.normtoets.scoring.Telling;
import nl.normtoets.thema4.Thema4Cijfers;

/** Shapes the outcome of an audit into the report of contract v1: rows per norm and theme, counts, percentages. */
public final class Rapportopbouw {

    private Rapportopbouw() {
    }

    /**
     * @param ingelezen every dossier entry of the input; those not in {@code afgewezen} were audited
     * @param afgewezen rejections by the reader and by the engine, in that order
     */
    public static Auditrapport maak(LocalDate peildatum, String organisatie, String catalogusVersie, int ingelezen,
                                    Beoordelaar.Resultaat resultaat, List<Bevinding> bevindingen,
                                    List<Afwijzing> afgewezen, List<String> organisatieFouten, Thema4Cijfers thema4) {
        List<NormRij> normen = resultaat.normen().stream().map(Rapportopbouw::normRij).toList();
        List<ThemaRij> themas = resultaat.themas().stream()
                .map(t -> new ThemaRij(t.thema().id(), t.thema().titel(), t.oordeel(), t.reden())).toList();
        int getoetst = ingelezen - afgewezen.size();
        List<NietGebruikt> nietGebruikt = resultaat.normen().stream()
                .flatMap(n -> n.norm().indicatoren().stream()).filter(i -> !i.gebruikt())
                .map(i -> new NietGebruikt(i.id(), i.norm(), i.titel(),
                        "Uitgezet in de normcatalogus (actief: false): niet getoetst en niet meegeteld.")).toList();
        return new Auditrapport(peildatum, organisatie, catalogusVersie,
                new Aantallen(ingelezen, getoetst, afgewezen.size(), bevindingen.size()),
                normen, themas, bevindingen, afgewezen, organisatieFouten, thema4, nietGebruikt);
    }

    private static NormRij normRij(Normoordeel n) {
        Telling t = n.telling();
        List<IndicatorRij> indicatoren = new ArrayList<>();
        for (Indicator i : n.norm().indicatoren()) {
            if (!i.gebruikt()) {
                continue; // listed under nietGebruikt, not as a row of zeros
            }
            Telling ti = n.perIndicator().get(i.id());
            indicatoren.add(new IndicatorRij(i.id(), i.titel(), ti.toepasbaar(), ti.voldoet(), procent(ti),
                    ti.tekort(), ti.nogNietToetsbaar(), ti.nietVanToepassing(),
                    i.termijn() == null ? null : i.termijn().omschrijving(), i.bron()));
        }
        return new NormRij(n.norm().id(), n.norm().thema(), n.norm().titel(), n.oordeel(), t.toepasbaar(),
                t.voldoet(), procent(t), t.tekort(), t.nogNietToetsbaar(), t.nietVanToepassing(), n.reden(),
                indicatoren);
    }

    /** Percentage with one decimal, as the inspectie reports it; null when nothing applies. */
    static Double procent(Telling t) {
        Double a = t.aandeel();
        return a == null ? null : Math.round(a * 1000.0) / 10.0;
    }
}
