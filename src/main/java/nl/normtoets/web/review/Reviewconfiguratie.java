package nl.normtoets.web.review;

import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Reviewarchief;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.review.Dossierlezing;
import nl.normtoets.review.DossierlezingLezer;

/** The review store on the audit store's database, and the checklist checked against the catalog in use. */
@Configuration
public class Reviewconfiguratie {

    @Bean
    Reviewarchief reviewarchief(HikariDataSource opslagDataSource, Auditarchief auditarchief) {
        return new Reviewarchief(opslagDataSource, auditarchief);
    }

    /** Read on first use and then kept: the checklist file is part of the product, like the catalog. */
    @Bean
    Checklist checklist(Normcatalogus catalogus) {
        return new Checklist(() -> DossierlezingLezer.controleer(DossierlezingLezer.standaard(), catalogus,
                DossierlezingLezer.STANDAARD));
    }

    /** The dossierlezing checklist of the service. */
    public static final class Checklist {
        private final Supplier<Dossierlezing> lezer;
        private volatile Dossierlezing lijst;

        Checklist(Supplier<Dossierlezing> lezer) {
            this.lezer = lezer;
        }

        public Dossierlezing lijst() {
            Dossierlezing l = lijst;
            if (l == null) {
                synchronized (this) {
                    if (lijst == null) {
                        lijst = lezer.get();
                    }
                    l = lijst;
                }
            }
            return l;
        }
    }
}
