package nl.normtoets.web.beveiliging;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import nl.normtoets.web.Instellingen;

/** Users from {@code normtoets.gebruikers}; refuses to start with a plain-text password or a manager without team. */
@Component
public class Gebruikers implements UserDetailsService {

    private final Map<String, Gebruiker> perNaam = new TreeMap<>();

    public Gebruikers(Instellingen instellingen) {
        instellingen.gebruikers().forEach((naam, g) -> {
            if (g.wachtwoord() == null || !g.wachtwoord().startsWith("{bcrypt}")) {
                throw new IllegalStateException("normtoets.gebruikers." + naam
                        + ".wachtwoord moet een BCrypt-hash zijn in de vorm {bcrypt}$2a$...");
            }
            if (g.rol() == null) {
                throw new IllegalStateException("normtoets.gebruikers." + naam + ".rol ontbreekt (KWALITEIT of TEAMMANAGER)");
            }
            if (g.rol().perTeam() && g.teams().isEmpty()) {
                throw new IllegalStateException("normtoets.gebruikers." + naam + ": een " + g.rol() + " heeft teams nodig");
            }
            if (g.rol() == Rol.JEUGDBESCHERMER && (g.medewerker() == null || g.medewerker().isBlank())) {
                throw new IllegalStateException("normtoets.gebruikers." + naam
                        + ": een JEUGDBESCHERMER heeft een medewerker nodig (de code in de toewijzingen)");
            }
            perNaam.put(naam.toLowerCase(Locale.ROOT),
                    new Gebruiker(naam, g.wachtwoord(), g.rol(), new HashSet<>(g.teams()), g.medewerker()));
        });
    }

    @Override
    public Gebruiker loadUserByUsername(String naam) {
        Gebruiker g = naam == null ? null : perNaam.get(naam.toLowerCase(Locale.ROOT));
        if (g == null) {
            throw new UsernameNotFoundException("onbekende gebruiker");
        }
        return g;
    }
}
