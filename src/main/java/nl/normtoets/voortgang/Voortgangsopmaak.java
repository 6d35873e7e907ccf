package nl.normtoets.voortgang;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Level;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import nl.normtoets.report.NlOpmaak;
import nl.normtoets.voortgang.Tabel.Cel;

/**
 * The progress report as HTML (template {@code voortgang}) and as PDF (the same XHTML through openhtmltopdf). Its own
 * small Thymeleaf engine, so the CLI renders exactly what the service shows without starting Spring.
 */
public final class Voortgangsopmaak {

    private static final File[] LETTERTYPEN = {
            new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")};

    private static final SpringTemplateEngine ENGINE = engine();

    static {
        XRLog.listRegisteredLoggers().forEach(l -> XRLog.setLevel(l, Level.WARNING));
    }

    private Voortgangsopmaak() {
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(Voortgangsopmaak.class.getClassLoader());
        r.setPrefix("templates/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        SpringTemplateEngine e = new SpringTemplateEngine(); // SpEL, as in the service; no OGNL on the path
        e.setTemplateResolver(r);
        return e;
    }

    /**
     * @param downloads link label to URL for the page's PDF and workbook downloads; empty in a file or the PDF
     */
    public static String html(Voortgangsrapportage r, Map<String, String> downloads) {
        Context ctx = new Context(NlOpmaak.NL);
        ctx.setVariable("v", r);
        ctx.setVariable("o", new Voortgangsopmaak.Hulp());
        ctx.setVariable("downloads", downloads);
        return ENGINE.process("voortgang", ctx);
    }

    public static byte[] pdf(Voortgangsrapportage r) {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            if (LETTERTYPEN[0].canRead() && LETTERTYPEN[1].canRead()) {
                b.useFont(LETTERTYPEN[0], "Rapportletter", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                b.useFont(LETTERTYPEN[1], "Rapportletter", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            b.withHtmlContent(html(r, Map.of()), null);
            b.toStream(uit);
            b.run();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as people read it: 12, 74,9, 50,3%, 01-01-2026; empty stays empty. */
    public static String tekst(Cel c) {
        if (c == null || c.isLeeg()) {
            return "";
        }
        return switch (c.vorm()) {
            case AANTAL -> NlOpmaak.geheel(Math.round(c.getal()));
            case FTE -> NlOpmaak.getal(c.getal(), 1);
            case PROCENT -> NlOpmaak.procent(c.getal());
            case DATUM -> NlOpmaak.datum(c.datum());
            case TEKST -> c.tekst();
        };
    }

    /** What the template calls. */
    public static final class Hulp {
        public String cel(Cel c) {
            return tekst(c);
        }

        public boolean getal(Cel c) {
            return c.vorm() != Tabel.Vorm.TEKST;
        }

        public String datum(java.time.LocalDate d) {
            return NlOpmaak.datum(d);
        }

        public String bron(String b) {
            if (b == null) {
                return "geen verbeteracties (norm 5.2 niet te beoordelen op acties)";
            }
            return "verbeterplan".equals(b) ? "het bewaarde verbeterplan (de auditset had geen verbeteracties)"
                    : "de verbeteracties in de organisatieFeiten van de auditset";
        }
    }
}
