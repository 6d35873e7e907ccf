package nl.normtoets.web.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import nl.normtoets.review.Antwoord;
import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.Dossierlezing;
import nl.normtoets.review.DossierlezingLezer;
import nl.normtoets.review.Lezingscore;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.Vraagantwoord;
import nl.normtoets.web.Instellingen;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.beveiliging.Rol;

/** The report page shows the dossierlezing in each norm's section when the audit has a sample, and nothing without. */
class DossierlezingWeergaveTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static final Gebruiker KWALITEIT = new Gebruiker("k", "x", Rol.KWALITEIT, Set.of());

    @Test
    void deNormsectieToontRegistratieEnLezingNaastElkaar() {
        ClassLoaderTemplateResolver res = new ClassLoaderTemplateResolver();
        res.setPrefix("templates/");
        res.setSuffix(".html");
        res.setCharacterEncoding("UTF-8");
        SpringTemplateEngine t = new SpringTemplateEngine();
        t.setTemplateResolver(res);
        Instellingen inst = new Instellingen(null, null, 20, java.time.Duration.ofMinutes(5), null, null,
                new Instellingen.Rapport(0.80, List.of("1a.3-A", "1b.3-A")), null);
        RapportOpmaak opmaak = new RapportOpmaak(t, inst, CATALOGUS);
        LocalDate peildatum = LocalDate.of(2025, 3, 10);
        List<Dossier> dossiers = new DossierGenerator(Profiel.JBN_2025, 21L, peildatum).dossiers(120).toList();
        Auditset set = new Auditset("t", peildatum, "JBN", dossiers, List.of(), null, List.of());
        Auditrapport rapport = new Audit(new AuditEngine()).voerUit(set, CATALOGUS);
        RapportOpmaak.Herkomst h = new RapportOpmaak.Herkomst("a1", Instant.EPOCH, List.of());

        String zonder = opmaak.html(rapport, h, KWALITEIT, null);
        assertThat(zonder).doesNotContain("class=\"dossierlezing\"");

        Dossierlezing lijst = DossierlezingLezer.standaard(CATALOGUS);
        Steekproef s = Steekproef.trek("a1", set, List.of(), 20, 4, "k").metId("S-1");
        List<Dossierantwoorden> antwoorden = s.dossiers().stream().map(d -> new Dossierantwoorden("S-1", d.dossier(),
                "lezer", Instant.EPOCH, List.of(new Vraagantwoord("1a.3-L1",
                        d.volgorde() <= 2 ? Antwoord.JA : Antwoord.NEE, ""),
                        new Vraagantwoord("1a.1-L1", Antwoord.JA, "")))).toList();
        Auditrapport met = rapport.metDossierlezing(Lezingscore.bereken(rapport, s, antwoorden, lijst, CATALOGUS));
        String html = opmaak.html(met, h, KWALITEIT, null);

        String drie = lezing(html, "1a.3");
        assertThat(drie).contains("steekproef van 20, 20 gelezen")
                .contains("dossierlezing 2 van 20").contains("95%-interval lezing 2,8%\u201330,1%")
                .contains("lezing Voldoet niet").contains("samen Voldoet niet")
                .contains("1a.3-A: registratie zegt voldoet, lezing zegt niet:")
                .doesNotContain("beoordeeld op dossierlezing alleen");

        String een = lezing(html, "1a.1");
        assertThat(een).contains("beoordeeld op dossierlezing alleen").contains("dossierlezing 20 van 20");
        // an organisation norm has no dossierlezing
        assertThat(lezing(html, "5.1")).isEmpty();
    }

    /** The text of the dossierlezing block inside one norm's section, tags removed; empty when it has none. */
    private static String lezing(String html, String norm) {
        int start = html.indexOf("<article class=\"norm\" id=\"norm-" + norm + "\"");
        assertThat(start).as(norm).isNotNegative();
        String artikel = html.substring(start, html.indexOf("</article>", start));
        int blok = artikel.indexOf("class=\"dossierlezing\"");
        if (blok < 0) {
            return "";
        }
        String deel = artikel.substring(blok, artikel.indexOf("</ul>", blok));
        return deel.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" ,", ",").replace(" .", ".");
    }
}
