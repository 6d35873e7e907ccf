package nl.normtoets.web.rapport;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.audit.Audit;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.web.Instellingen;

/** The demo set (fixtures/demo.json) audited once, and a report renderer without a Spring context, for tests. */
final class Rapportdemo {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static final Instant GEMAAKT = Instant.parse("2025-03-11T09:30:00Z");

    final Auditset set;
    final Auditrapport rapport;

    private Rapportdemo(Auditset set) {
        this.set = set;
        this.rapport = new Audit(new AuditEngine()).voerUit(set, CATALOGUS);
    }

    static Rapportdemo demo() {
        return van(Path.of("fixtures/demo.json"));
    }

    static Rapportdemo van(Path bestand) {
        return new Rapportdemo(new AuditsetLezer().lees(bestand, null));
    }

    RapportOpmaak.Herkomst herkomst() {
        return new RapportOpmaak.Herkomst("demo", GEMAAKT, set.dossiers());
    }

    static RapportOpmaak opmaak() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        SpringTemplateEngine e = new SpringTemplateEngine();
        e.setTemplateResolver(r);
        Instellingen i = new Instellingen(org.springframework.util.unit.DataSize.ofMegabytes(20), null, 20,
                java.time.Duration.ofMinutes(5), null, null,
                new Instellingen.Rapport(0.80, List.of("1a.3-A", "1b.3-A")), null);
        return new RapportOpmaak(e, i, CATALOGUS);
    }
}
