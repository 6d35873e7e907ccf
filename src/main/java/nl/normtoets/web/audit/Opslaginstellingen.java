package nl.normtoets.web.audit;

import java.nio.file.Path;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit store under {@code normtoets.*} (kept apart from {@code Instellingen} so the store's
 * settings travel with the store).
 *
 * @param data          folder of the embedded H2 database ({@code normtoets-data} in the working folder)
 * @param database      an external database instead ({@code normtoets.database.url}); user and password come from
 *                      the environment variables {@code NORMTOETS_DATABASE_USER} and {@code NORMTOETS_DATABASE_PASSWORD}
 * @param bewaartermijn how long dossier-level findings are kept after an audit's peildatum (e.g. {@code 24m});
 *                      older ones are removed daily, judgements and counts stay
 */
@ConfigurationProperties("normtoets")
public record Opslaginstellingen(Path data, @DefaultValue Database database,
                                 @DefaultValue("24m") Period bewaartermijn) {

    public record Database(String url) {
    }
}
