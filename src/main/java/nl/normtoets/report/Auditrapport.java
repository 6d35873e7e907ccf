package nl.normtoets.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.norm.Bron;
import nl.normtoets.scoring.Oordeel;
import nl.normtoets.thema4.Thema4Cijfers;

/**
 * The audit report, contract v1 of the domain brief: {@code peildatum}, {@code organisatie}, {@code normen},
 * {@code themas}, {@code bevindingen}, {@code afgewezen}. Extensions (never renames): the catalog version, counts,
 * titles, per-outcome counts and the reason a norm was not judged; {@code organisatieFouten} (why the organisation
 * facts could not be used, with field paths; theme 5 is then not judged), {@code thema4} (figures, never judged) and
 * {@code nietGebruikt} (indicators the catalog switched off).
 */
public record Auditrapport(LocalDate peildatum, String organisatie, String catalogusVersie, Aantallen aantallen,
                           List<NormRij> normen, List<ThemaRij> themas, List<Bevinding> bevindingen,
                           List<Afwijzing> afgewezen, List<String> organisatieFouten, Thema4Cijfers thema4,
                           List<NietGebruikt> nietGebruikt) {

    public Auditrapport {
        organisatieFouten = organisatieFouten == null ? List.of() : List.copyOf(organisatieFouten);
        nietGebruikt = nietGebruikt == null ? List.of() : List.copyOf(nietGebruikt);
    }

    /** The report before {@code nietGebruikt} (issue 12): every indicator in use. */
    public Auditrapport(LocalDate peildatum, String organisatie, String catalogusVersie, Aantallen aantallen,
                        List<NormRij> normen, List<ThemaRij> themas, List<Bevinding> bevindingen,
                        List<Afwijzing> afgewezen, List<String> organisatieFouten, Thema4Cijfers thema4) {
        this(peildatum, organisatie, catalogusVersie, aantallen, normen, themas, bevindingen, afgewezen,
                organisatieFouten, thema4, List.of());
    }

    /** The report without organisation errors and theme-4 figures (the shape before theme 4 and 5 were added). */
    public Auditrapport(LocalDate peildatum, String organisatie, String catalogusVersie, Aantallen aantallen,
                        List<NormRij> normen, List<ThemaRij> themas, List<Bevinding> bevindingen,
                        List<Afwijzing> afgewezen) {
        this(peildatum, organisatie, catalogusVersie, aantallen, normen, themas, bevindingen, afgewezen, List.of(),
                null);
    }

    /** Every dossier of the input is either audited or rejected: {@code ingelezen = getoetst + afgewezen}. */
    public record Aantallen(int dossiersIngelezen, int dossiersGetoetst, int dossiersAfgewezen, int bevindingen) {
    }

    public record NormRij(String id, String thema, String titel, Oordeel score, int toepasbaar, int voldoet,
                            Double percentage, int tekort, int nogNietToetsbaar, int nietVanToepassing, String reden,
                            List<IndicatorRij> indicatoren) {
    }

    /**
     * {@code termijn} and {@code bron} (issue 12): the term as applied by default, and per term or threshold where its
     * number comes from ({@code wet}, {@code toetsingskader}, {@code kwaliteitskader}, {@code eigen keuze}).
     */
    public record IndicatorRij(String id, String titel, int toepasbaar, int voldoet, Double percentage, int tekort,
                                 int nogNietToetsbaar, int nietVanToepassing, String termijn, Map<String, Bron> bron) {

        public IndicatorRij(String id, String titel, int toepasbaar, int voldoet, Double percentage, int tekort,
                            int nogNietToetsbaar, int nietVanToepassing) {
            this(id, titel, toepasbaar, voldoet, percentage, tekort, nogNietToetsbaar, nietVanToepassing, null, Map.of());
        }
    }

    /** An indicator the catalog switched off ({@code actief: false}): not evaluated, never scored. */
    public record NietGebruikt(String id, String norm, String titel, String reden) {
    }

    public record ThemaRij(String id, String titel, Oordeel score, String reden) {
    }
}
