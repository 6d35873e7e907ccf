package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restart keeps every audit: two service runs, one after the other, on the same H2 file. What the first run
 * served (full report, a team's view, HTML, PDF, drill-down) the second serves the same from the store alone.
 */
class HerstartTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NormtoetsWeb.class)
                .properties("server.port=0", "normtoets.data=" + data, "spring.main.banner-mode=off")
                .run();
    }

    private static Dienst dienst(ConfigurableApplicationContext ctx) {
        return new Dienst(((WebServerApplicationContext) ctx).getWebServer().getPort());
    }

    record Beeld(String json, String team, String html, String pdf, String dossier, int vreemdDossier) {
    }

    private static Beeld kijk(Dienst d, String id) throws Exception {
        String json = ok(d.get("/api/audits/" + id, Dienst.KWALITEIT, "application/json"));
        String team = ok(d.get("/api/audits/" + id, Dienst.TEAMMANAGER, "application/json"));
        String html = ok(d.get("/api/audits/" + id, Dienst.KWALITEIT, "text/html"));
        HttpResponse<byte[]> pdf = d.bytes(d.verzoek("/api/audits/" + id, Dienst.KWALITEIT)
                .header("Accept", "application/pdf").GET().build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String pdfTekst;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            pdfTekst = new PDFTextStripper().getText(doc);
        }
        String dossier = ok(d.get("/api/audits/" + id + "/dossiers/D-0101", Dienst.TEAMMANAGER, "application/json"));
        int vreemd = d.get("/api/audits/" + id + "/dossiers/D-0102", Dienst.TEAMMANAGER, "application/json")
                .statusCode();
        return new Beeld(json, team, html, pdfTekst, dossier, vreemd);
    }

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void naEenHerstartZijnAuditRapportenEnDrillDownsEr() throws Exception {
        String id;
        Beeld voor;
        try (ConfigurableApplicationContext eerste = start()) {
            Dienst d = dienst(eerste);
            id = d.auditeer(Dienst.synthetischeSet());
            voor = kijk(d, id);
        }
        assertThat(voor.team()).isNotEqualTo(voor.json()); // the manager's view is its own audit
        assertThat(voor.vreemdDossier()).isEqualTo(403);

        try (ConfigurableApplicationContext tweede = start()) {
            Beeld na = kijk(dienst(tweede), id);
            assertThat(na.json()).isEqualTo(voor.json());
            assertThat(na.team()).isEqualTo(voor.team());
            assertThat(na.dossier()).isEqualTo(voor.dossier());
            assertThat(na.vreemdDossier()).isEqualTo(403);
            assertThat(na.pdf()).isEqualTo(voor.pdf());
            assertThat(na.html()).isEqualTo(voor.html());
        }
    }
}
