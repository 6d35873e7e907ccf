package nl.normtoets.web.audit;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import com.zaxxer.hikari.HikariDataSource;

import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Databank;

/**
 * The service's audit store: one connection pool (migrated by Flyway at start, so a database that cannot be reached
 * or migrated stops the service) and the store on it; retention runs at start and then daily.
 */
@Configuration
@EnableConfigurationProperties(Opslaginstellingen.class)
@EnableScheduling
public class Opslagconfiguratie {

    private static final Logger LOG = LoggerFactory.getLogger(Opslagconfiguratie.class);
    private static final long DAG = 24L * 60 * 60 * 1000;

    @Bean(destroyMethod = "close")
    HikariDataSource opslagDataSource(Opslaginstellingen instellingen) {
        Databank databank = Databank.uit(instellingen.data(), instellingen.database().url());
        LOG.info("Auditopslag: {}", databank.omschrijving()); // never the user or password
        return databank.open();
    }

    @Bean
    Auditarchief auditarchief(HikariDataSource opslagDataSource) {
        return new Auditarchief(opslagDataSource);
    }

    @Bean
    Bewaartermijn bewaartermijn(Auditarchief archief, Opslaginstellingen instellingen) {
        return new Bewaartermijn(archief, instellingen);
    }

    /** Removes dossier-level findings of audits whose peildatum lies further back than the retention period. */
    public static class Bewaartermijn {
        private final Auditarchief archief;
        private final Opslaginstellingen instellingen;

        Bewaartermijn(Auditarchief archief, Opslaginstellingen instellingen) {
            this.archief = archief;
            this.instellingen = instellingen;
        }

        @Scheduled(initialDelay = 0, fixedDelay = DAG)
        public void ruimOp() {
            int n = archief.ruimOp(LocalDate.now().minus(instellingen.bewaartermijn()));
            if (n > 0) {
                LOG.info("Bewaartermijn: van {} audit(s) de dossierbevindingen verwijderd", n);
            }
        }
    }
}
