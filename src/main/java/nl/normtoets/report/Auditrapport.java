package nl.normtoets.report;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.scoring.Oordeel;
import nl.normtoets.thema4.Thema4Cijfers;

/**
 * The audit report, contract v1 of the domain brief: {@code peildatum}, {@code organisatie}, {@code normen},
 * {@code themas}, {@code bevindingen}, {@code afgewezen}. Extensions (never renames): the catalog version, counts,
 * titles, per-outcome counts and the reason a norm was not judged; {@code organisatieFouten} (why the organisation
 * facts could not be used, with field paths; theme 5 is then not judged) and {@code thema4} (figures, never judged).
 */
public record Auditrapport(LocalDate peildatum, String organisatie, String catalogusVersie, Aantallen aantallen,
                           List<NormRij> normen, List<ThemaRij> themas, List<Bevinding> bevindingen,
                           List<Afwijzing> afgewezen, List<String> organisatieFouten, Thema4Cijfers thema4) {

    public Auditrapport {
        organisatieFouten = organisatieFouten == null ? List.of() : List.copyOf(organisatieFouten);
    }

    /** The report without organisation errors and theme-4 figures (the shape before theme 4 and 5 were added). */
    public Auditrapport(LocalDate peildatum, String organisatie, String catalogusVersie, Aantallen aantallen,
                        List<NormRij> normen, List<ThemaRij> themas, List<Bevinding> bevindingen,
                        List<Afwijzing> afgewezen) {
        this(peildatum, organisatie, catalogusVersie, aantallen, normen, themas, bevindingen, afgewezen, List.of(),
                null);
    }

    /**
     * The same report with the notes of an audit "as it stood" on a day ({@code --per}): how many facts dated after
     * it, and how many dossiers started after it, were left out of the input.
     */
    public Auditrapport metWeggelaten(int feiten, int dossiers) {
        Aantallen a = aantallen;
        return new Auditrapport(peildatum, organisatie, catalogusVersie,
                new Aantallen(a.dossiersIngelezen(), a.dossiersGetoetst(), a.dossiersAfgewezen(), a.bevindingen(),
                        feiten, dossiers),
                normen, themas, bevindingen, afgewezen, organisatieFouten, thema4);
    }

    /**
     * Every dossier of the input is either audited or rejected: {@code ingelezen = getoetst + afgewezen}.
     * {@code weggelatenFeiten} and {@code weggelatenDossiers} are only present for an audit with {@code --per}: the
     * facts dated after that day, and the dossiers started after it, that were left out before the audit (they are
     * not rejections; the dossiers are not counted as read).
     */
    public record Aantallen(int dossiersIngelezen, int dossiersGetoetst, int dossiersAfgewezen, int bevindingen,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer weggelatenFeiten,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer weggelatenDossiers) {

        public Aantallen(int dossiersIngelezen, int dossiersGetoetst, int dossiersAfgewezen, int bevindingen) {
            this(dossiersIngelezen, dossiersGetoetst, dossiersAfgewezen, bevindingen, null, null);
        }
    }

    public record NormRij(String id, String thema, String titel, Oordeel score, int toepasbaar, int voldoet,
                            Double percentage, int tekort, int nogNietToetsbaar, int nietVanToepassing, String reden,
                            List<IndicatorRij> indicatoren) {
    }

    public record IndicatorRij(String id, String titel, int toepasbaar, int voldoet, Double percentage, int tekort,
                                 int nogNietToetsbaar, int nietVanToepassing) {
    }

    public record ThemaRij(String id, String titel, Oordeel score, String reden) {
    }
}
