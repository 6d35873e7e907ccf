package nl.normtoets.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Toetsuitslag;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.OrganisatieFeitenLezer;
import nl.normtoets.norm.CatalogusFout;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.OrganisatieEngine;
import nl.normtoets.report.Auditrapport.Aantallen;
import nl.normtoets.report.Auditrapport.IndicatorRegel;
import nl.normtoets.report.Auditrapport.NormRegel;
import nl.normtoets.report.Auditrapport.ThemaRegel;
import nl.normtoets.scoring.Beoordelaar;
import nl.normtoets.scoring.Normoordeel;
import nl.normtoets.scoring.Telling;
import nl.normtoets.thema4.Thema4Berekening;
import nl.normtoets.thema4.Thema4Cijfers;

/** Runs a whole audit: the rules over the audit set, then scoring, then the report of contract v1. */
public final class Auditor {

    static final String GEEN_ORGANISATIEFEITEN =
            "Geen organisatieFeiten in de auditset; thema 5 kan niet worden beoordeeld.";

    /** With valid facts, a theme-5 norm is only unjudged when its indicators found nothing to check. */
    static final String NIETS_TE_TOETSEN =
            "Geen toepasbare uitkomsten: de organisatieFeiten bevatten niets om deze norm aan te toetsen.";

    private final AuditEngine engine;
    private final OrganisatieEngine organisatieEngine;

    public Auditor(AuditEngine engine) {
        this(engine, new OrganisatieEngine());
    }

    public Auditor(AuditEngine engine, OrganisatieEngine organisatieEngine) {
        this.engine = engine;
        this.organisatieEngine = organisatieEngine;
    }

    public Auditrapport audit(Auditset set, Normcatalogus catalogus) {
        return audit(set, catalogus, null);
    }

    /**
     * An audit whose theme 5 is left unjudged for the given reason, e.g. a team's part of an audit: theme 5 is
     * about the whole organisation, and its findings name employees of every team.
     */
    public Auditrapport auditZonderOrganisatie(Auditset set, Normcatalogus catalogus, String reden) {
        return audit(set, catalogus, java.util.Objects.requireNonNull(reden));
    }

    private Auditrapport audit(Auditset set, Normcatalogus catalogus, String organisatieUitgesloten) {
        Toetsuitslag evaluatie = engine.evalueer(catalogus, set.peildatum(), set.dossiers());
        List<Afwijzing> afgewezen = new ArrayList<>(set.afgewezen());
        afgewezen.addAll(evaluatie.afgewezen());
        List<Bevinding> bevindingen = new ArrayList<>(evaluatie.bevindingen());
        Organisatiedeel org = organisatieUitgesloten != null
                ? new Organisatiedeel(List.of(), List.of(), organisatieUitgesloten)
                : organisatie(set, catalogus);
        bevindingen.addAll(org.bevindingen());
        var resultaat = Beoordelaar.beoordeel(catalogus, bevindingen, Map.of("5", org.reden()));
        List<NormRegel> normen = resultaat.normen().stream().map(Auditor::normRegel).toList();
        List<ThemaRegel> themas = resultaat.themas().stream()
                .map(t -> new ThemaRegel(t.thema().id(), t.thema().titel(), t.oordeel(), t.reden())).toList();
        int getoetst = set.aantalIngelezen() - afgewezen.size();
        // theme 4 describes every readable dossier; a rule failing on a dossier does not make its dates wrong
        Thema4Cijfers thema4 = Thema4Berekening.bereken(set.dossiers(), set.peildatum());
        return new Auditrapport(set.peildatum(), set.organisatie(), catalogus.versie(),
                new Aantallen(set.aantalIngelezen(), getoetst, afgewezen.size(), bevindingen.size()),
                normen, themas, bevindingen, afgewezen, org.fouten(), thema4);
    }

    /** Theme 5: read and check the organisation facts, then run their rules; any problem leaves theme 5 unjudged. */
    private Organisatiedeel organisatie(Auditset set, Normcatalogus catalogus) {
        var gelezen = OrganisatieFeitenLezer.lees(set.organisatieFeiten());
        if (!gelezen.fouten().isEmpty()) {
            return new Organisatiedeel(List.of(), gelezen.fouten(), ongeldig(gelezen.fouten().size()));
        }
        if (gelezen.feiten() == null) {
            return new Organisatiedeel(List.of(), List.of(), GEEN_ORGANISATIEFEITEN);
        }
        try {
            return new Organisatiedeel(organisatieEngine.evalueer(catalogus, set.peildatum(), gelezen.feiten(),
                    set.dossiers()), List.of(), NIETS_TE_TOETSEN);
        } catch (RuntimeException e) {
            CatalogusFout.herwerpOorzaak(e); // the catalog's fault, not the organisation facts': stop the run
            String fout = "organisatieFeiten: konden niet worden getoetst: " + e.getMessage();
            return new Organisatiedeel(List.of(), List.of(fout), ongeldig(1));
        }
    }

    static String ongeldig(int fouten) {
        return "organisatieFeiten bevatten " + fouten + " fout(en), zie 'organisatieFouten'; thema 5 kan niet worden "
                + "beoordeeld.";
    }

    private record Organisatiedeel(List<Bevinding> bevindingen, List<String> fouten, String reden) {
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
