package nl.normtoets.web.rapport;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.NlOpmaak;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.export.Bevindingrijen;
import nl.normtoets.web.Instellingen;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.beveiliging.Kijklinks;

/**
 * Renders a (role-filtered) report as HTML for the screen (template {@code rapport}), as the board's PDF (template
 * {@code bestuursrapport}, rendered by openhtmltopdf) and one dossier as a page (template {@code dossier}).
 */
@Component
public class RapportOpmaak {

    /** A Unicode TrueType font makes the PDF show Dutch text and symbols; the PDF base fonts are the fallback. */
    private static final File[] LETTERTYPEN = {
            new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")};

    static {
        // openhtmltopdf logs every render step at INFO via java.util.logging; keep only its warnings.
        XRLog.listRegisteredLoggers().forEach(l -> XRLog.setLevel(l, Level.WARNING));
    }

    private final ITemplateEngine templates;
    private final Instellingen instellingen;
    /** Indicator id to catalog title, per chart series; checked once at start-up. */
    private final Map<String, String> reeksen;
    /** The catalog's "kleine aantallen" threshold, for the chart's points. */
    private final int minimum;

    public RapportOpmaak(ITemplateEngine templates, Instellingen instellingen, Normcatalogus catalogus) {
        this.templates = templates;
        this.instellingen = instellingen;
        this.reeksen = reeksen(instellingen.rapport().tijdigheid(), catalogus);
        this.minimum = catalogus.minimumAantal();
    }

    /**
     * The chart's indicators are a setting; an id the catalog does not know (a typo, or an indicator renamed in the
     * catalog) stops the service at start-up, instead of leaving an empty series in every report.
     */
    static Map<String, String> reeksen(List<String> ids, Normcatalogus catalogus) {
        Map<String, String> reeksen = new LinkedHashMap<>();
        for (String id : ids) {
            Indicator i = catalogus.indicator(id).orElseThrow(() -> new IllegalStateException(
                    "normtoets.rapport.tijdigheid: '" + id + "' is geen indicator van normcatalogus "
                            + catalogus.versie()));
            reeksen.put(id, i.titel());
        }
        return Collections.unmodifiableMap(reeksen);
    }

    /** What the page needs to know about the stored audit besides its report. */
    public record Herkomst(String auditId, Instant gemaakt, Collection<Dossier> dossiers) {
    }

    public String html(Auditrapport rapport, Herkomst h, Gebruiker gebruiker, String kijktoken) {
        String basis = "/api/audits/" + h.auditId();
        String token = kijktoken == null ? "" : "&" + Kijklinks.PARAMETER + "=" + kijktoken;
        Context ctx = context(rapport, h, gebruiker);
        ctx.setVariable("pdfLink", basis + "?formaat=pdf" + token);
        ctx.setVariable("pdfVolledigLink", basis + "?formaat=pdf&variant=volledig" + token);
        ctx.setVariable("csvLink", basis + "/bevindingen?formaat=csv");
        ctx.setVariable("xlsxLink", basis + "/bevindingen?formaat=xlsx");
        return templates.process("rapport", ctx);
    }

    public byte[] pdf(Auditrapport rapport, Herkomst h, Gebruiker gebruiker, Variant variant) {
        return naarPdf(pdfHtml(rapport, h, gebruiker, variant));
    }

    /** The XHTML the PDF is rendered from. */
    String pdfHtml(Auditrapport rapport, Herkomst h, Gebruiker gebruiker, Variant variant) {
        Context ctx = context(rapport, h, gebruiker);
        ctx.setVariable("volledig", variant == Variant.VOLLEDIG);
        ctx.setVariable("variant", variant == Variant.VOLLEDIG ? "volledig" : "samenvatting");
        return templates.process("bestuursrapport", ctx);
    }

    /** One dossier with every finding and its evidence in words. */
    public String dossier(String auditId, LocalDate peildatum, String dossierId, String team, Dossier dossier,
                          List<Bevinding> bevindingen, List<String> fouten, Gebruiker gebruiker) {
        Context ctx = new Context(NlOpmaak.NL);
        ctx.setVariable("f", new Opmaakhulp());
        ctx.setVariable("auditId", auditId);
        ctx.setVariable("peildatum", peildatum);
        ctx.setVariable("dossierId", dossierId);
        ctx.setVariable("team", team);
        ctx.setVariable("d", dossier);
        ctx.setVariable("medewerker", dossier == null ? null : Bevindingrijen.medewerker(dossier, peildatum));
        ctx.setVariable("bevindingen", bevindingen);
        ctx.setVariable("fouten", fouten);
        ctx.setVariable("gebruiker", gebruiker);
        ctx.setVariable("rapportLink", "/api/audits/" + auditId + "?formaat=html");
        return templates.process("dossier", ctx);
    }

    private Context context(Auditrapport rapport, Herkomst h, Gebruiker gebruiker) {
        var grafiek = TijdigheidsGrafiek.maak(rapport.bevindingen(), reeksen, instellingen.rapport().streefwaarde(),
                minimum);
        Context ctx = new Context(NlOpmaak.NL);
        ctx.setVariable("m", RapportModel.van(rapport, h.dossiers(), grafiek));
        ctx.setVariable("r", rapport);
        ctx.setVariable("f", new Opmaakhulp());
        ctx.setVariable("sc", new Scoreopmaak());
        ctx.setVariable("auditId", h.auditId());
        ctx.setVariable("gemaakt", h.gemaakt());
        ctx.setVariable("gebruiker", gebruiker);
        ctx.setVariable("streefwaarde", instellingen.rapport().streefwaarde());
        return ctx;
    }

    static byte[] naarPdf(String html) {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useSVGDrawer(new BatikSVGDrawer());
            if (LETTERTYPEN[0].canRead() && LETTERTYPEN[1].canRead()) {
                b.useFont(LETTERTYPEN[0], "Rapportletter", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                b.useFont(LETTERTYPEN[1], "Rapportletter", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            b.withHtmlContent(html, null);
            b.toStream(uit);
            b.run();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
