package nl.normtoets.web.audit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.audit.Audit;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.scoring.Meetperiode;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.web.beveiliging.Gebruiker;

/**
 * What a user may see of an audit, decided on the server before anything is rendered. KWALITEIT gets the full report.
 * A TEAMMANAGER gets the report of an audit over only its own teams' dossiers: findings, figures and judgements all
 * come from those dossiers, so nothing of another team leaks through a count either. A rejected dossier is shown to
 * the manager of the team it names; one that names no team to KWALITEIT only.
 */
@Component
public class Teamweergave {

    /** Theme 5 judges the organisation, with findings per employee of every team: not part of a team's view. */
    public static final String THEMA_5 = "Thema 5 gaat over de hele organisatie en wordt alleen in het volledige rapport "
            + "beoordeeld, niet in de weergave van een team.";

    private final Audit audit;
    private final Normcatalogus catalogus;

    public Teamweergave(Audit audit, Normcatalogus catalogus) {
        this.audit = audit;
        this.catalogus = catalogus;
    }

    public Auditrapport voor(OpgeslagenAudit audit, Gebruiker gebruiker) {
        if (gebruiker.zietAlles()) {
            return audit.rapport();
        }
        Set<String> teams = new TreeSet<>(gebruiker.teams());
        return audit.teamweergaven().computeIfAbsent(teams, t -> {
            Auditset set = audit.set();
            List<Dossier> eigen = set.dossiers().stream().filter(d -> gebruiker.magTeamZien(d.team())).toList();
            // input rejections count for the team they name; rejections by the engine are re-made by this audit
            List<Afwijzing> eigenAfgewezen = set.afgewezen().stream()
                    .filter(a -> a.team() != null && gebruiker.magTeamZien(a.team())).toList();
            // the team sees the same measurement period as the whole audit
            var p = audit.rapport().periode();
            return this.audit.voerUitZonderOrganisatie(set.zonderOrganisatie(eigen, eigenAfgewezen), catalogus, THEMA_5,
                    p == null ? null : new Meetperiode(p.van(), p.tot()));
        });
    }
}
