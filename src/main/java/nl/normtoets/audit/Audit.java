package nl.normtoets.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.norm.CatalogusFout;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.OrganisatieEngine;
import nl.normtoets.organisatie.OrganisatieTelling;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Rapportopbouw;
import nl.normtoets.report.Auditrapport.Periode;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Bevindinggroepen;
import nl.normtoets.scoring.Maandtabel;
import nl.normtoets.scoring.Meetperiode;
import nl.normtoets.thema4.Thema4Berekening;
import nl.normtoets.thema4.Thema4Cijfers;

/**
 * One audit, start to end, in the one order every caller (CLI, service, benchmark) shares: the audit set as read
 * (dossiers and organisation facts already parsed), the dossiers judged by their rules, the organisation judged by
 * its rules, the theme-4 figures, the scores, and the report model. Shaping and writing the report is
 * {@code report}'s job; this class only decides what goes in.
 */
public final class Audit {

    static final String GEEN_ORGANISATIEFEITEN =
            "Geen organisatieFeiten in de auditset; thema 5 kan niet worden beoordeeld.";

    /** With valid facts, a theme-5 norm is only unjudged when its indicators found nothing to check. */
    static final String NIETS_TE_TOETSEN =
            "Geen toepasbare uitkomsten: de organisatieFeiten bevatten niets om deze norm aan te toetsen.";

    private final AuditEngine engine;
    private final OrganisatieEngine organisatieEngine;
    private final Verbeteractiebron verbeteractiebron;
    private final Voortgang voortgang;

    public Audit(AuditEngine engine) {
        this(engine, new OrganisatieEngine());
    }

    public Audit(AuditEngine engine, OrganisatieEngine organisatieEngine) {
        this(engine, organisatieEngine, Verbeteractiebron.GEEN);
    }

    public Audit(AuditEngine engine, OrganisatieEngine organisatieEngine, Verbeteractiebron verbeteractiebron) {
        this(engine, organisatieEngine, verbeteractiebron, Voortgang.GEEN);
    }

    private Audit(AuditEngine engine, OrganisatieEngine organisatieEngine, Verbeteractiebron verbeteractiebron,
                  Voortgang voortgang) {
        this.engine = engine;
        this.organisatieEngine = organisatieEngine;
        this.verbeteractiebron = Objects.requireNonNull(verbeteractiebron);
        this.voortgang = Objects.requireNonNull(voortgang);
    }

    /** The same audit, with norm 5.2 falling back to this source when the set has no improvement actions. */
    public Audit metVerbeteractiebron(Verbeteractiebron bron) {
        return new Audit(engine, organisatieEngine, bron, voortgang);
    }

    /** The same audit, reporting its progress to {@code voortgang} (the CLI's progress bar). */
    public Audit metVoortgang(Voortgang voortgang) {
        return new Audit(engine, organisatieEngine, verbeteractiebron, voortgang);
    }

    public Auditrapport voerUit(Auditset set, Normcatalogus catalogus) {
        return uitvoeren(set, catalogus, null, null);
    }

    /**
     * An audit over a measurement period (null: every dossier, as before issue 13): the start-phase norms count only
     * dossiers whose startdatum lies in the period; the recurring ones only dossiers running on the peildatum.
     */
    public Auditrapport voerUit(Auditset set, Normcatalogus catalogus, Meetperiode periode) {
        return uitvoeren(set, catalogus, null, periode);
    }

    /**
     * An audit whose organisation themes are left unjudged for the given reason, e.g. a team's part of an audit:
     * theme 5 is about the whole organisation, and its findings name employees of every team.
     */
    public Auditrapport voerUitZonderOrganisatie(Auditset set, Normcatalogus catalogus, String reden) {
        return uitvoeren(set, catalogus, Objects.requireNonNull(reden), null);
    }

    public Auditrapport voerUitZonderOrganisatie(Auditset set, Normcatalogus catalogus, String reden,
                                                 Meetperiode periode) {
        return uitvoeren(set, catalogus, Objects.requireNonNull(reden), periode);
    }

    private Auditrapport uitvoeren(Auditset set, Normcatalogus catalogus, String organisatieUitgesloten,
                                   Meetperiode periode) {
        // the set arrives read whole: every dossier of it (rejected ones too) has been read
        long dossiers = set.aantalIngelezen();
        voortgang.verwacht(dossiers);
        voortgang.gelezen(dossiers);
        // themes 4 and 5 need only the dossiers (theme 4 describes every readable one: a rule failing on a dossier
        // does not make its dates wrong), so they are worked out beside the judging instead of after it
        CompletableFuture<Thema4Cijfers> thema4 = CompletableFuture.supplyAsync(
                () -> Thema4Berekening.bereken(set.dossiers(), set.peildatum()));
        CompletableFuture<Organisatiedeel> organisatiedeel = organisatieUitgesloten != null
                ? CompletableFuture.completedFuture(new Organisatiedeel(List.of(), List.of(), organisatieUitgesloten,
                        null))
                : CompletableFuture.supplyAsync(() -> organisatie(organisatieEngine, set, catalogus,
                        OrganisatieTelling.van(set.dossiers(), set.peildatum()), verbeteractiebron));
        // scoring and the month table need counts, not the findings themselves: each batch's findings are counted on
        // the worker that made them (millions of findings in a large audit), the counts added in input order
        var verwerkt = engine.evalueer(catalogus, set.peildatum(), set.dossiers(), (batch, gevonden) ->
                Uitkomsttelling.vanBatch(batch, gevonden, catalogus, periode, set.peildatum()));
        var uitslag = verwerkt.uitslag();
        voortgang.beoordeeld(set.dossiers().size());
        List<Afwijzing> afgewezen = new ArrayList<>(set.afgewezen());
        afgewezen.addAll(uitslag.afgewezen());
        List<Bevinding> bevindingen = new ArrayList<>(uitslag.bevindingen());
        Organisatiedeel org = klaar(organisatiedeel);
        bevindingen.addAll(org.bevindingen());
        Uitkomsttelling telling = new Uitkomsttelling();
        verwerkt.perBatch().forEach(telling::voegToe);
        // organisation findings name no dossier: counted after the dossiers', as they come in the report
        telling.voegToe(Uitkomsttelling.vanBatch(List.of(), org.bevindingen(), catalogus, periode, set.peildatum()));
        Bevindinggroepen geteld = telling.perGroep(periode != null);
        var resultaat = Beoordelaar.beoordeel(catalogus, geteld, redenPerOrganisatiethema(catalogus, org.reden()),
                telling::reden);
        Maandtabel maandtabel = Maandtabel.maak(catalogus, geteld, telling::start);
        Periode p = periode == null ? null
                : new Periode(periode.van(), periode.tot(), periode.tekst(), bevindingen.size() - telling.aantalGeteld());
        return Rapportopbouw.maak(set.peildatum(), set.organisatie(), catalogus.versie(), set.aantalIngelezen(),
                resultaat, bevindingen, afgewezen, org.fouten(), klaar(thema4), p, maandtabel)
                .metVerbeteractiesBron(org.verbeteractiesBron() == null ? null : org.verbeteractiesBron().naam());
    }

    private static <T> T klaar(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw e;
        }
    }

    /** The organisation themes are those whose norms have organisation indicators (theme 5 in the toetskader). */
    static Map<String, String> redenPerOrganisatiethema(Normcatalogus catalogus, String reden) {
        Map<String, String> perThema = new LinkedHashMap<>();
        catalogus.normen().stream()
                .filter(n -> n.indicatoren().stream().anyMatch(i -> i.niveau() == Niveau.ORGANISATIE))
                .forEach(n -> perThema.put(n.thema(), reden));
        return perThema;
    }

    /** Theme 5: the facts were read and checked with the set; any problem with them leaves theme 5 unjudged. */
    static Organisatiedeel organisatie(OrganisatieEngine organisatieEngine, Auditset set, Normcatalogus catalogus,
                                       OrganisatieTelling dossiers, Verbeteractiebron verbeteractiebron) {
        if (!set.organisatieFouten().isEmpty()) {
            return new Organisatiedeel(List.of(), set.organisatieFouten(), ongeldig(set.organisatieFouten().size()),
                    null);
        }
        if (set.organisatieFeiten() == null) {
            return new Organisatiedeel(List.of(), List.of(), GEEN_ORGANISATIEFEITEN, null);
        }
        Organisatiefeitenkeuze keuze = kiesVerbeteracties(set, verbeteractiebron);
        try {
            return new Organisatiedeel(organisatieEngine.evalueer(catalogus, set.peildatum(), keuze.feiten(),
                    dossiers), List.of(), NIETS_TE_TOETSEN, keuze.bron());
        } catch (RuntimeException e) {
            CatalogusFout.herwerpOorzaak(e); // the catalog's fault, not the organisation facts': stop the run
            String fout = "organisatieFeiten: konden niet worden getoetst: " + e.getMessage();
            return new Organisatiedeel(List.of(), List.of(fout), ongeldig(1), null);
        }
    }

    /**
     * Norm 5.2's input: the set's own {@code verbeteracties} when it has any, else those of the second source (the
     * stored verbeterplan); the rules are the same either way. The source is null when neither has an action.
     */
    static Organisatiefeitenkeuze kiesVerbeteracties(Auditset set, Verbeteractiebron verbeteractiebron) {
        var feiten = set.organisatieFeiten();
        if (!feiten.verbeteracties().isEmpty()) {
            return new Organisatiefeitenkeuze(feiten, Verbeteractiebron.Bron.ORGANISATIEFEITEN);
        }
        var uitPlan = verbeteractiebron.acties(set.organisatie(), set.peildatum());
        if (uitPlan == null || uitPlan.isEmpty()) {
            return new Organisatiefeitenkeuze(feiten, null);
        }
        return new Organisatiefeitenkeuze(feiten.metVerbeteracties(uitPlan), Verbeteractiebron.Bron.VERBETERPLAN);
    }

    record Organisatiefeitenkeuze(nl.normtoets.organisatie.OrganisatieFeiten feiten, Verbeteractiebron.Bron bron) {
    }

    static String ongeldig(int fouten) {
        return "organisatieFeiten bevatten " + fouten + " fout(en), zie 'organisatieFouten'; thema 5 kan niet worden "
                + "beoordeeld.";
    }

    record Organisatiedeel(List<Bevinding> bevindingen, List<String> fouten, String reden,
                           Verbeteractiebron.Bron verbeteractiesBron) {
    }
}
