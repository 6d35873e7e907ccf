package nl.normtoets.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import nl.normtoets.audit.Audit;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.ingest.tabel.Mapping;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.BevindingJson;
import tools.jackson.databind.JacksonModule;

/** The Spring Boot application behind {@code normtoets dienst}; scans only this package. */
@SpringBootApplication
@EnableConfigurationProperties(Instellingen.class)
public class NormtoetsWeb {

    /** Findings in the service's JSON keep the contract's field {@code toelichting} (see {@link BevindingJson}). */
    @Bean
    JacksonModule bevindingJson() {
        return BevindingJson.module();
    }

    /** The catalog is read once at start-up: a broken catalog stops the service instead of failing each request. */
    @Bean
    Normcatalogus normcatalogus(Instellingen instellingen) {
        return instellingen.catalogus() == null ? CatalogusLezer.standaard() : CatalogusLezer.lees(instellingen.catalogus());
    }

    /** Read at start, so a broken mapping stops the service instead of failing each upload. */
    @Bean
    Mapping importMapping(Instellingen instellingen) {
        return instellingen.importMapping() == null ? Mapping.LEEG : Mapping.lees(instellingen.importMapping());
    }

    /**
     * The engine shares one compiled KieBase and opens a fresh session per audit, so one instance serves all. Norm
     * 5.2 reads the stored verbeterplan when an upload has no verbeteracties of its own.
     */
    @Bean
    Audit audit(nl.normtoets.geschiedenis.Verbeterplan verbeterplan) {
        return new Audit(new AuditEngine()).metVerbeteractiebron((organisatie, peildatum) ->
                verbeterplan.alsOrganisatiefeiten(organisatie));
    }
}
