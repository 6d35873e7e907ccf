package nl.normtoets.web.geschiedenis;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Auditsamenvatting;
import nl.normtoets.geschiedenis.Dossieruitkomst;
import nl.normtoets.geschiedenis.Teamsamenvatting;
import nl.normtoets.geschiedenis.Trend;
import nl.normtoets.geschiedenis.Vergelijking;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.web.audit.Teamweergave;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.fout.NietGevonden;

/**
 * History, comparison and trend as a user may see them, decided here before anything is rendered. KWALITEIT sees the
 * stored audits as they were judged. A TEAMMANAGER sees every audit judged again on its own teams' dossiers only
 * (theme 5 unjudged), the dossiers that moved in its own teams only, and no organisation-wide counts in the list.
 */
@Component
public class Geschiedenisdienst {

    /** The same reason as the report's team view gives, so a team's history reads like its report. */
    static final String THEMA_5 = Teamweergave.THEMA_5;

    private final Auditarchief archief;
    private final Normcatalogus catalogus;

    public Geschiedenisdienst(Auditarchief archief, Normcatalogus catalogus) {
        this.archief = archief;
        this.catalogus = catalogus;
    }

    public List<Auditkop> lijst(String organisatie, Gebruiker g) {
        List<Auditkop> audits = archief.lijst(organisatie);
        if (g.zietAlles()) {
            return audits;
        }
        return audits.stream().map(k -> new Auditkop(k.id(), k.organisatie(), k.peildatum(), k.periodeVan(),
                k.periodeTot(), k.perDatum(), null, k.catalogusVersie(), k.catalogusVingerafdruk(), null, k.gemaakt(),
                null, null, k.opgeruimd())).toList();
    }

    public Trend trend(String organisatie, Gebruiker g) {
        List<Auditsamenvatting> s = new ArrayList<>();
        for (Auditkop k : archief.lijst(organisatie)) {
            samenvatting(k.id(), g).ifPresent(s::add);
        }
        if (s.isEmpty()) {
            throw new NietGevonden("Geen bewaarde audits van organisatie " + organisatie + ".");
        }
        return Trend.maak(organisatie, s);
    }

    public Vergelijking vergelijking(String a, String b, Gebruiker g) {
        Auditsamenvatting sa = samenvatting(a, g).orElseThrow(() -> onbekend(a));
        Auditsamenvatting sb = samenvatting(b, g).orElseThrow(() -> onbekend(b));
        return Vergelijking.maak(sa, sb, uitkomsten(a, g), uitkomsten(b, g), catalogus);
    }

    private java.util.Optional<Auditsamenvatting> samenvatting(String id, Gebruiker g) {
        return g.zietAlles() ? archief.samenvatting(id)
                : Teamsamenvatting.van(archief, id, g.teams(), catalogus, THEMA_5);
    }

    private List<Dossieruitkomst> uitkomsten(String id, Gebruiker g) {
        List<Dossieruitkomst> alle = archief.uitkomsten(id);
        return g.zietAlles() ? alle : alle.stream().filter(u -> g.magTeamZien(u.team())).toList();
    }

    private static NietGevonden onbekend(String id) {
        return new NietGevonden("Audit " + id + " is onbekend.");
    }
}
