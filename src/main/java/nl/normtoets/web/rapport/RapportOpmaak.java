package nl.normtoets.web.rapport;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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

import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.web.Instellingen;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.beveiliging.Kijklinks;

/** Renders a (role-filtered) report as HTML with Thymeleaf, and the same HTML as PDF with openhtmltopdf. */
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

    public String html(Auditrapport rapport, String auditId, Gebruiker gebruiker, String kijktoken) {
        String pdfLink = "/api/audits/" + auditId + "?formaat=pdf"
                + (kijktoken == null ? "" : "&" + Kijklinks.PARAMETER + "=" + kijktoken);
        return render(rapport, auditId, gebruiker, false, pdfLink);
    }

    public byte[] pdf(Auditrapport rapport, String auditId, Gebruiker gebruiker) {
        String html = render(rapport, auditId, gebruiker, true, null);
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

    private String render(Auditrapport rapport, String auditId, Gebruiker gebruiker, boolean afdruk, String pdfLink) {
        var grafiek = TijdigheidsGrafiek.maak(rapport.bevindingen(), reeksen, instellingen.rapport().streefwaarde(),
                minimum);
        Context ctx = new Context(Locale.forLanguageTag("nl-NL"));
        ctx.setVariable("m", RapportModel.van(rapport, grafiek));
        ctx.setVariable("r", rapport);
        ctx.setVariable("f", new Opmaakhulp());
        ctx.setVariable("sc", new Scoreopmaak());
        ctx.setVariable("auditId", auditId);
        ctx.setVariable("gebruiker", gebruiker);
        ctx.setVariable("afdruk", afdruk);
        ctx.setVariable("pdfLink", pdfLink);
        return templates.process("rapport", ctx);
    }
}
