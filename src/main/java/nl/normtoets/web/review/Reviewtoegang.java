package nl.normtoets.web.review;

import java.util.ArrayList;
import java.util.List;

import nl.normtoets.review.Steekproefdossier;
import nl.normtoets.review.blad.Lezingimport;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.beveiliging.Rol;
import nl.normtoets.web.fout.GeenToegang;

/**
 * Who may do what on the review pages. KWALITEIT draws samples; KWALITEIT and REVIEWER read and save, never a
 * dossier they work on (four eyes, on the user name and the configured worker code); team roles see the sample
 * and the reviews of their own teams' dossiers, read-only. Refusals are {@link GeenToegang} (403) with a Dutch text.
 */
final class Reviewtoegang {

    private Reviewtoegang() {
    }

    /** The names under which a user may appear as {@code medewerker} on a dossier. */
    static List<String> identiteiten(Gebruiker g) {
        List<String> ids = new ArrayList<>();
        ids.add(g.naam());
        if (g.medewerker() != null && !g.medewerker().isBlank()) {
            ids.add(g.medewerker());
        }
        return ids;
    }

    static boolean leest(Gebruiker g) {
        return g.rol().leest();
    }

    /** Whether the sample page lists this dossier for the user. */
    static boolean ziet(Gebruiker g, Steekproefdossier d) {
        return leest(g) || (g.rol().perTeam() && g.magTeamZien(d.team()));
    }

    static boolean vierOgen(Gebruiker g, Steekproefdossier d) {
        return Lezingimport.magLezen(d, identiteiten(g));
    }

    static void magTrekken(Gebruiker g) {
        if (g.rol() != Rol.KWALITEIT) {
            throw new GeenToegang("Een steekproef trekken is voorbehouden aan de kwaliteitsafdeling (KWALITEIT).");
        }
    }

    static void magBladGebruiken(Gebruiker g) {
        if (!leest(g)) {
            throw new GeenToegang("Het reviewblad is voor reviewers en de kwaliteitsafdeling.");
        }
    }

    /** Opening a review page: team roles only for their teams; readers only where four eyes allow. */
    static void magOpenen(Gebruiker g, Steekproefdossier d) {
        if (!leest(g)) {
            if (!ziet(g, d)) {
                throw new GeenToegang("Dit dossier hoort niet bij uw team(s); u kunt de dossierlezing ervan niet "
                        + "openen.");
            }
            return;
        }
        if (!vierOgen(g, d)) {
            throw new GeenToegang("U staat als medewerker op de toewijzingen van dossier " + d.dossier()
                    + ". Volgens het vier-ogenprincipe leest iemand anders dit dossier.");
        }
    }

    static void magOpslaan(Gebruiker g, Steekproefdossier d) {
        if (!leest(g)) {
            throw new GeenToegang("Alleen een reviewer of de kwaliteitsafdeling legt een dossierlezing vast.");
        }
        magOpenen(g, d);
    }
}
