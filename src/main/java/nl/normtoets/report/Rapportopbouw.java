package nl.normtoets.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.norm.BuitenInvloed;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.report.Auditrapport.Aantallen;
import nl.normtoets.report.Auditrapport.Bereik;
import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Auditrapport.Invloed;
import nl.normtoets.report.Auditrapport.NietGebruikt;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.Periode;
import nl.normtoets.report.Auditrapport.ThemaRij;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Indicatoroordeel;
import nl.normtoets.scoring.Interval;
import nl.normtoets.scoring.Invloedsplitsing;
import nl.normtoets.scoring.Maandtabel;
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
        return maak(peildatum, organisatie, catalogusVersie, ingelezen, resultaat, bevindingen, afgewezen,
                organisatieFouten, thema4, null, null);
    }

    public static Auditrapport maak(LocalDate peildatum, String organisatie, String catalogusVersie, int ingelezen,
                                    Beoordelaar.Resultaat resultaat, List<Bevinding> bevindingen,
                                    List<Afwijzing> afgewezen, List<String> organisatieFouten, Thema4Cijfers thema4,
                                    Periode periode, Maandtabel maandtabel) {
        List<NormRij> normen = resultaat.normen().stream().map(Rapportopbouw::normRij).toList();
        List<ThemaRij> themas = resultaat.themas().stream()
                .map(t -> new ThemaRij(t.thema().id(), t.thema().titel(), t.oordeel(), t.reden(),
                        organisatiethema(resultaat, t.thema().id()) ? Beoordelaar.UITLEG_ORGANISATIE : null))
                .toList();
        int getoetst = ingelezen - afgewezen.size();
        List<NietGebruikt> nietGebruikt = resultaat.normen().stream()
                .flatMap(n -> n.norm().indicatoren().stream()).filter(i -> !i.gebruikt())
                .map(i -> new NietGebruikt(i.id(), i.norm(), i.titel(),
                        "Uitgezet in de normcatalogus (actief: false): niet getoetst en niet meegeteld.")).toList();
        return new Auditrapport(peildatum, organisatie, catalogusVersie,
                new Aantallen(ingelezen, getoetst, afgewezen.size(), bevindingen.size()),
                normen, themas, bevindingen, afgewezen, organisatieFouten, thema4, periode, maandtabel, nietGebruikt);
    }

    private static boolean organisatiethema(Beoordelaar.Resultaat r, String thema) {
        return r.normen().stream().filter(n -> n.norm().thema().equals(thema))
                .anyMatch(n -> n.norm().indicatoren().stream().anyMatch(i -> i.niveau() == Niveau.ORGANISATIE));
    }

    private static NormRij normRij(Normoordeel n) {
        Telling t = n.telling();
        List<IndicatorRij> indicatoren = new ArrayList<>();
        for (Indicatoroordeel o : n.indicatoren()) {
            Indicator i = o.indicator();
            if (!i.gebruikt()) {
                continue; // listed under nietGebruikt, not as a row of zeros
            }
            Telling ti = o.telling();
            indicatoren.add(new IndicatorRij(i.id(), i.titel(), ti.toepasbaar(), ti.voldoet(),
                    procent(ti), ti.tekort(), ti.nogNietToetsbaar(), ti.nietVanToepassing(), o.oordeel(),
                    bereik(o.interval()), o.kleineAantallen(), o.bepalend(), invloed(o.invloed()),
                    i.termijn() == null ? null : i.termijn().omschrijving(), i.bron()));
        }
        return new NormRij(n.norm().id(), n.norm().thema(), n.norm().titel(), n.oordeel(), t.toepasbaar(),
                t.voldoet(), procent(t), t.tekort(), t.nogNietToetsbaar(), t.nietVanToepassing(), n.reden(),
                indicatoren, n.combinatie().naam(), n.bepalend(), procent(n.aandeel()), n.basis(),
                bereik(n.interval()), n.kleineAantallen());
    }

    private static Invloed invloed(Invloedsplitsing s) {
        if (s == null) {
            return null;
        }
        Map<String, Integer> perReden = new LinkedHashMap<>();
        s.perReden().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> perReden.put(e.getKey().name(), e.getValue()));
        return new Invloed(s.binnen(), s.buiten(), s.onbekend(), perReden, s.buitenInvloed() == BuitenInvloed.TELT);
    }

    static Bereik bereik(Interval i) {
        return i == null ? null : new Bereik(i.onderProcent(), i.bovenProcent());
    }

    /** Percentage with one decimal, as the inspectie reports it; null when nothing applies. */
    static Double procent(Telling t) {
        return procent(t.aandeel());
    }

    static Double procent(Double a) {
        return a == null ? null : Math.round(a * 1000.0) / 10.0;
    }
}
