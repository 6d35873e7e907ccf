package nl.normtoets.ingest;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.organisatie.OrganisatieFeiten;

/**
 * An audit set as read: the valid dossiers, the rejected ones with all their errors, and the organisation facts,
 * checked and bound like the dossiers. {@code organisatieFeiten} is null when the set has none or they have errors;
 * {@code organisatieFouten} then lists every error with its field path (theme 5 is left unjudged, the dossiers are
 * audited as usual). {@code aantalIngelezen} counts every dossier entry in the input.
 */
public record Auditset(String bron, LocalDate peildatum, String organisatie, List<Dossier> dossiers,
                       List<Afwijzing> afgewezen, OrganisatieFeiten organisatieFeiten,
                       List<String> organisatieFouten) {

    public Auditset {
        dossiers = List.copyOf(dossiers);
        afgewezen = List.copyOf(afgewezen);
        organisatieFouten = organisatieFouten == null ? List.of() : List.copyOf(organisatieFouten);
    }

    /** The same set with other dossiers and rejections and without organisation facts (e.g. one team's part). */
    public Auditset zonderOrganisatie(List<Dossier> andereDossiers, List<Afwijzing> andereAfgewezen) {
        return new Auditset(bron, peildatum, organisatie, andereDossiers, andereAfgewezen, null, List.of());
    }

    public int aantalIngelezen() {
        return dossiers.size() + afgewezen.size();
    }
}
