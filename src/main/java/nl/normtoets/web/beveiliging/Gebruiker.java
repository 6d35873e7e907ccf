package nl.normtoets.web.beveiliging;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A configured user: the principal of every authenticated request, so controllers can read role and teams. */
public record Gebruiker(String naam, String wachtwoordHash, Rol rol, Set<String> teams, String medewerker)
        implements UserDetails {

    public Gebruiker {
        teams = Set.copyOf(teams);
    }

    public Gebruiker(String naam, String wachtwoordHash, Rol rol, Set<String> teams) {
        this(naam, wachtwoordHash, rol, teams, null);
    }

    /** Whether this user may see a dossier assigned (on the peildatum) to this worker in this team. */
    public boolean magDossierZien(String team, String dossierMedewerker) {
        if (rol == Rol.JEUGDBESCHERMER) {
            return medewerker != null && medewerker.equals(dossierMedewerker);
        }
        return magTeamZien(team);
    }

    /** Whether this user may see a dossier of the given team; a dossier without known team is for KWALITEIT only. */
    public boolean magTeamZien(String team) {
        return rol == Rol.KWALITEIT || (team != null && teams.contains(team));
    }

    public boolean zietAlles() {
        return rol == Rol.KWALITEIT;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + rol.name()));
    }

    @Override
    public String getPassword() {
        return wachtwoordHash;
    }

    @Override
    public String getUsername() {
        return naam;
    }

    @Override
    public String toString() {
        return "Gebruiker[" + naam + ", " + rol + ", teams=" + teams + (medewerker == null ? "" : ", " + medewerker) + "]";
    }
}
