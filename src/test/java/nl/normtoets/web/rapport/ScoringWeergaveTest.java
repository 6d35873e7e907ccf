package nl.normtoets.web.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import nl.normtoets.audit.Audit;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.RapportSchrijver;
import nl.normtoets.scoring.Meetperiode;
import nl.normtoets.web.Instellingen;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.beveiliging.Rol;

/** The report page and PDF show indicator judgements, the decisive indicator, counts, intervals, small numbers. */
class ScoringWeergaveTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static RapportOpmaak opmaak;
    static Auditrapport rapport;
    static final Gebruiker KWALITEIT = new Gebruiker("k", "x", Rol.KWALITEIT, Set.of());

    @BeforeAll
    static void maak() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/");
        r.setSuffix(".html");
        r.setCharacterEncoding("UTF-8");
        SpringTemplateEngine t = new SpringTemplateEngine();
        t.setTemplateResolver(r);
        Instellingen inst = new Instellingen(null, null, 20, java.time.Duration.ofMinutes(5), null, null,
                new Instellingen.Rapport(0.80, List.of("1a.3-A", "1b.3-A")), null);
        opmaak = new RapportOpmaak(t, inst, CATALOGUS);
        LocalDate peildatum = LocalDate.of(2025, 3, 10);
        List<Dossier> dossiers = new DossierGenerator(Profiel.JBN_2025, 13L, peildatum).dossiers(120).toList();
        Auditset set = new Auditset("t", peildatum, "JBN", dossiers, List.of(), null, List.of());
        rapport = new Audit(new AuditEngine()).voerUit(set, CATALOGUS,
                new Meetperiode(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 3, 10)));
    }

    @Test
    void htmlToontIndicatoroordelenBepalendIntervalEnKleineAantallen() {
        String html = opmaak.html(rapport, new RapportOpmaak.Herkomst("a1", java.time.Instant.EPOCH, List.of()), KWALITEIT, null);
        assertThat(html).contains("bepalend").contains("kleine aantallen").contains("95%-interval")
                .contains("Startfase per startmaand").contains("Meetperiode 01-09-2024 t/m 10-03-2025")
                .contains("class=\"interval\"").contains("data-indicator=\"1a.3-A\"");
        // Dutch notation: a decimal comma and an en dash between the bounds
        assertThat(html).containsPattern("\\d+,\\d–\\d+,\\d%");
    }

    @Test
    void pdfToontHetOok() throws Exception {
        byte[] pdf = opmaak.pdf(rapport, new RapportOpmaak.Herkomst("a1", java.time.Instant.EPOCH, List.of()), KWALITEIT,
                Variant.SAMENVATTING);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(d);
            assertThat(tekst).contains("bepalend").contains("kleine aantallen").contains("Startfase per startmaand");
        }
    }

    @Test
    void jsonBehoudtDeOudeVeldenEnVoegtToe() {
        String json = RapportSchrijver.alsTekst(rapport);
        assertThat(json).contains("\"toepasbaar\"", "\"voldoet\"", "\"percentage\"", "\"indicatoren\"",
                "\"bevindingen\"", "\"afgewezen\"", "\"themas\"");
        assertThat(json).contains("\"bepalend\"", "\"combinatie\" : \"ergste\"", "\"interval\"",
                "\"kleineAantallen\"", "\"maandtabel\"", "\"periode\"", "\"oordeelsbasis\"");
    }
}
