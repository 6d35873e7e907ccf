package nl.normtoets.report;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.scoring.Oordeel;

/**
 * The audit report, contract v1 of the domain brief: {@code peildatum}, {@code organisatie}, {@code normen},
 * {@code themas}, {@code bevindingen}, {@code afgewezen}. Extensions (never renames): the catalog version, counts,
 * titles, per-outcome counts and the reason a norm was not judged.
 */
public record Auditrapport(LocalDate peildatum, String organisatie, String catalogusVersie, Aantallen aantallen,
                           List<NormRegel> normen, List<ThemaRegel> themas, List<Bevinding> bevindingen,
                           List<Afwijzing> afgewezen) {

    /** Every dossier of the input is either audited or rejected: {@code ingelezen = getoetst + afgewezen}. */
    public record Aantallen(int dossiersIngelezen, int dossiersGetoetst, int dossiersAfgewezen, int bevindingen) {
    }

    public record NormRegel(String id, String thema, String titel, Oordeel score, int toepasbaar, int voldoet,
                            Double percentage, int tekort, int nogNietToetsbaar, int nietVanToepassing, String reden,
                            List<IndicatorRegel> indicatoren) {
    }

    public record IndicatorRegel(String id, String titel, int toepasbaar, int voldoet, Double percentage, int tekort,
                                 int nogNietToetsbaar, int nietVanToepassing) {
    }

    public record ThemaRegel(String id, String titel, Oordeel score, String reden) {
    }
}
