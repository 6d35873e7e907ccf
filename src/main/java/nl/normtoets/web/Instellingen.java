package nl.normtoets.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import nl.normtoets.web.beveiliging.Rol;

/**
 * Settings under {@code normtoets.*} in application.yml (or {@code --normtoets.x=y} after {@code dienst}).
 *
 * @param maxOmvang      largest request body accepted; larger ones get 413 before they are read
 * @param maxBody        the name of {@code max-omvang} before issue 11, still read for existing configurations;
 *                       {@code max-omvang} wins when both are set
 * @param bewaarAudits   how many audits the service also keeps in memory, as a cache of the audit store
 * @param kijklinkGeldig how long a kijklink (token URL for a browser or the board's PDF) works
 * @param catalogus      another norm catalog than the bundled one
 * @param importMapping  the GI's mapping (YAML) for registration exports uploaded as .xlsx; none: contract names
 * @param rapport        settings of the HTML/PDF report
 * @param gebruikers     user name to password hash ({bcrypt}), role and teams
 */
@ConfigurationProperties("normtoets")
public record Instellingen(DataSize maxOmvang,
                           DataSize maxBody,
                           @DefaultValue("20") int bewaarAudits,
                           @DefaultValue("5m") Duration kijklinkGeldig,
                           Path catalogus,
                           Path importMapping,
                           @DefaultValue Rapport rapport,
                           Map<String, Gebruiker> gebruikers) {

    /** Default of {@code normtoets.max-omvang}; not in application.yml, where it would hide a {@code max-body}. */
    static final DataSize STANDAARD_MAX_OMVANG = DataSize.ofMegabytes(20);

    public Instellingen {
        maxOmvang = maxOmvang != null ? maxOmvang : maxBody != null ? maxBody : STANDAARD_MAX_OMVANG;
        gebruikers = gebruikers == null ? Map.of() : Map.copyOf(gebruikers);
    }

    /**
     * @param streefwaarde the GI's own target for timeliness (JBN: 80%), drawn as a line in the chart
     * @param tijdigheid   indicators shown per start month in the chart (labelled with their catalog title)
     */
    public record Rapport(@DefaultValue("0.80") double streefwaarde,
                          @DefaultValue({"1a.3-A", "1b.3-A"}) List<String> tijdigheid) {
    }

    /** {@code medewerker}: for a JEUGDBESCHERMER, the worker code its dossiers are assigned to. */
    public record Gebruiker(String wachtwoord, Rol rol, List<String> teams, String medewerker) {
        public Gebruiker {
            teams = teams == null ? List.of() : List.copyOf(teams);
        }
    }
}
