package nl.normtoets.web.verbeterplan;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.normtoets.geschiedenis.Actiekoers;
import nl.normtoets.geschiedenis.Trend;
import nl.normtoets.geschiedenis.Verbeteractie;
import nl.normtoets.geschiedenis.Verbeterplan;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.beveiliging.Rol;
import nl.normtoets.web.fout.GeenToegang;
import nl.normtoets.web.fout.NietGevonden;
import nl.normtoets.web.geschiedenis.Geschiedenisdienst;

/**
 * The verbeterplan as pages and API show it: KWALITEIT and management (TEAMMANAGER) list, add and edit actions; the
 * other roles get 403. Each action's course comes from the trend the user may see (Geschiedenisdienst): for a
 * TEAMMANAGER the audits judged again on its own teams, so a manager reads its own teams' course.
 */
@Component
public class Verbeterplandienst {

    private final Verbeterplan plan;
    private final Geschiedenisdienst geschiedenis;
    private final Normcatalogus catalogus;

    public Verbeterplandienst(Verbeterplan plan, Geschiedenisdienst geschiedenis, Normcatalogus catalogus) {
        this.plan = plan;
        this.geschiedenis = geschiedenis;
        this.catalogus = catalogus;
    }

    static void magBeheren(Gebruiker g) {
        if (g == null || (g.rol() != Rol.KWALITEIT && g.rol() != Rol.TEAMMANAGER)) {
            throw new GeenToegang("Het verbeterplan is voor kwaliteit en management (rol KWALITEIT of TEAMMANAGER).");
        }
    }

    public List<String> organisaties(Gebruiker g) {
        magBeheren(g);
        return plan.organisaties();
    }

    public List<Actiekoers> acties(String organisatie, Gebruiker g) {
        magBeheren(g);
        return Actiekoers.van(plan.acties(organisatie), trend(organisatie, g));
    }

    public Actiekoers actie(String id, Gebruiker g) {
        magBeheren(g);
        Verbeteractie a = plan.actie(id).orElseThrow(() -> new NietGevonden("Verbeteractie " + id + " is onbekend."));
        return Actiekoers.van(a, trend(a.organisatie(), g));
    }

    public Verbeteractie voegToe(String organisatie, Actieinvoer invoer, Gebruiker g) {
        magBeheren(g);
        List<String> fouten = new java.util.ArrayList<>(invoer.fouten(catalogus));
        if (organisatie == null || organisatie.isBlank() || organisatie.length() > 200) {
            fouten.add(0, "organisatie: geef de organisatie (hoogstens 200 tekens).");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeActie(fouten);
        }
        return plan.voegToe(invoer.alsActie(null, organisatie.trim()));
    }

    public Verbeteractie wijzig(String id, Actieinvoer invoer, Gebruiker g) {
        magBeheren(g);
        Verbeteractie oud = plan.actie(id).orElseThrow(() -> new NietGevonden("Verbeteractie " + id + " is onbekend."));
        List<String> fouten = invoer.fouten(catalogus);
        if (!fouten.isEmpty()) {
            throw new OngeldigeActie(fouten);
        }
        plan.wijzig(invoer.alsActie(id, oud.organisatie()));
        return plan.actie(id).orElseThrow();
    }

    private Trend trend(String organisatie, Gebruiker g) {
        try {
            return geschiedenis.trend(organisatie, g);
        } catch (NietGevonden e) {
            return null; // no stored audits yet: every course is 'onbekend'
        }
    }
}
