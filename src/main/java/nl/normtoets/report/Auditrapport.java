package nl.normtoets.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.scoring.Maandtabel;
import nl.normtoets.norm.Bron;

import nl.normtoets.scoring.Oordeel;
import nl.normtoets.thema4.Thema4Cijfers;

/**
 * The audit report, contract v1 of the domain brief: {@code peildatum}, {@code organisatie}, {@code normen},
 * {@code themas}, {@code bevindingen}, {@code afgewezen}. Extensions (never renames): the catalog version, counts,
 * titles, per-outcome counts and the reason a norm was not judged; {@code organisatieFouten} (why the organisation
 * facts could not be used, with field paths; theme 5 is then not judged) and {@code thema4} (figures, never judged).
 * Issue 13 adds per norm and indicator the judgement, the decisive indicator, intervals and "kleine aantallen",
 * the split inside / outside the GI's influence, {@code periode} (null without a measurement period) and
 * {@code maandtabel} (the start-phase indicators per month of start).
 * Issue 12 adds {@code nietGebruikt} (indicators the catalog switched off) and per indicator its {@code termijn}
 * and {@code bron}.
 */
public record Auditrapport(LocalDate peildatum, String organisatie, String catalogusVersie, Aantallen aantallen,
                           List<NormRij> normen, List<ThemaRij> themas, List<Bevinding> bevindingen,
                           List<Afwijzing> afgewezen, List<String> organisatieFouten, Thema4Cijfers thema4,
                           Periode periode, Maandtabel maandtabel, List<NietGebruikt> nietGebruikt) {

    public Auditrapport {
        organisatieFouten = organisatieFouten == null ? List.of() : List.copyOf(organisatieFouten);
        nietGebruikt = nietGebruikt == null ? List.of() : List.copyOf(nietGebruikt);
    }

    /** The report of before issues 12 and 13: no measurement period, no per-month table, every indicator used. */
    public Auditrapport(LocalDate peildatum, String organisatie, String catalogusVersie, Aantallen aantallen,
                        List<NormRij> normen, List<ThemaRij> themas, List<Bevinding> bevindingen,
                        List<Afwijzing> afgewezen, List<String> organisatieFouten, Thema4Cijfers thema4) {
        this(peildatum, organisatie, catalogusVersie, aantallen, normen, themas, bevindingen, afgewezen,
                organisatieFouten, thema4, null, null, List.of());
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
                normen, themas, bevindingen, afgewezen, organisatieFouten, thema4, periode, maandtabel, nietGebruikt);
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

    /**
     * @param combinatie      how the indicators combine ({@code ergste}, {@code gepoold}, {@code gewogen})
     * @param bepalend        the decisive indicator's id (null under {@code gepoold} or when not judged)
     * @param oordeelsbasis   the share (percent) the judgement rests on: the decisive indicator's, pooled or weighted
     * @param aantal          the number of applicable outcomes behind that share
     * @param interval        its 95% Wilson interval in percent
     * @param kleineAantallen fewer applicable outcomes than the catalog's minimum behind the judgement
     */
    public record NormRij(String id, String thema, String titel, Oordeel score, int toepasbaar, int voldoet,
                          Double percentage, int tekort, int nogNietToetsbaar, int nietVanToepassing, String reden,
                          List<IndicatorRij> indicatoren, String combinatie, String bepalend, Double oordeelsbasis,
                          int aantal, Bereik interval, boolean kleineAantallen) {

        public NormRij(String id, String thema, String titel, Oordeel score, int toepasbaar, int voldoet,
                       Double percentage, int tekort, int nogNietToetsbaar, int nietVanToepassing, String reden,
                       List<IndicatorRij> indicatoren) {
            this(id, thema, titel, score, toepasbaar, voldoet, percentage, tekort, nogNietToetsbaar, nietVanToepassing,
                    reden, indicatoren, null, null, percentage, toepasbaar, null, false);
        }
    }

    /**
     * @param score    the indicator's own judgement from its own share
     * @param bepalend this indicator decided its norm
     * @param invloed  the split of its TEKORT inside / outside the GI's influence (null when no reason is recorded)
     * @param termijn  the term as applied by default (issue 12)
     * @param bron     per term or threshold where its number comes from ({@code wet}, {@code toetsingskader},
     *                 {@code kwaliteitskader}, {@code eigen keuze})
     */
    public record IndicatorRij(String id, String titel, int toepasbaar, int voldoet, Double percentage, int tekort,
                               int nogNietToetsbaar, int nietVanToepassing, Oordeel score, Bereik interval,
                               boolean kleineAantallen, boolean bepalend, Invloed invloed, String termijn,
                               Map<String, Bron> bron) {

        public IndicatorRij(String id, String titel, int toepasbaar, int voldoet, Double percentage, int tekort,
                            int nogNietToetsbaar, int nietVanToepassing) {
            this(id, titel, toepasbaar, voldoet, percentage, tekort, nogNietToetsbaar, nietVanToepassing, null, null,
                    false, false, null, null, Map.of());
        }
    }

    /** An indicator the catalog switched off ({@code actief: false}): not evaluated, never scored. */
    public record NietGebruikt(String id, String norm, String titel, String reden) {
    }

    /** A 95% interval in percent, one decimal. */
    public record Bereik(double onder, double boven) {
    }

    /**
     * TEKORT split by cause: {@code binnen} / {@code buiten} the GI's influence, {@code onbekend} without a reason;
     * {@code buitenTelt} false when the catalog leaves the outside ones out of the share.
     */
    public record Invloed(int binnen, int buiten, int onbekend, Map<String, Integer> perReden, boolean buitenTelt) {
    }

    /** @param uitleg one line on how the theme is judged when it differs from the plain rule (theme 5) */
    public record ThemaRij(String id, String titel, Oordeel score, String reden, String uitleg) {

        public ThemaRij(String id, String titel, Oordeel score, String reden) {
            this(id, titel, score, reden, null);
        }
    }

    /**
     * The measurement period: start-phase norms count only dossiers started in it; {@code buitenPeriode} findings
     * (still listed under {@code bevindingen}) were left out of the scores.
     */
    public record Periode(LocalDate van, LocalDate tot, String tekst, int buitenPeriode) {
    }
}
