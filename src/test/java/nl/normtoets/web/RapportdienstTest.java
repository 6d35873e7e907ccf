package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The report endpoints of issue 18: dossier page, findings downloads, start page, logout, OpenAPI, metrics. */
@SpringBootTest(classes = NormtoetsWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RapportdienstTest {

    @LocalServerPort
    int poort;

    Dienst dienst;

    @BeforeEach
    void dienst() {
        dienst = new Dienst(poort);
    }

    @Test
    void dossierpaginaAlsHtmlMetBewijsInWoorden() {
        String id = dienst.auditeer(Dienst.synthetischeSet());
        HttpResponse<String> r = dienst.get("/api/audits/" + id + "/dossiers/D-0101?formaat=html", Dienst.KWALITEIT,
                "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.body()).contains("Dossier <span>D-0101</span>").contains("id=\"bevindingen-tabel\"")
                .contains("<dt>startdatum</dt>").doesNotContainPattern(">[^<]*\\d{4}-\\d{2}-\\d{2}[^<]*<");
        // JSON stays the default and keeps ISO dates
        assertThat(dienst.get("/api/audits/" + id + "/dossiers/D-0101", Dienst.KWALITEIT, "application/json").body())
                .startsWith("{").containsPattern("\\d{4}-\\d{2}-\\d{2}");
        // a manager still sees only its own teams' dossiers
        assertThat(dienst.get("/api/audits/" + id + "/dossiers/D-0102?formaat=html", Dienst.TEAMMANAGER, "*/*")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void bevindingenAlsCsvEnXlsxGefilterdOpDeRol() throws Exception {
        String id = dienst.auditeer(Dienst.synthetischeSet());
        HttpResponse<byte[]> csv = dienst.bytes(dienst.verzoek("/api/audits/" + id + "/bevindingen?formaat=csv",
                Dienst.TEAMMANAGER).GET().build());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .contains("attachment").contains(".csv"));
        String tekst = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(tekst).startsWith("\uFEFFnorm;indicator;dossier;uitkomst;team;regio;gemeente;maatregel")
                .contains("D-0101").doesNotContain("D-0102");
        HttpResponse<byte[]> xlsx = dienst.bytes(dienst.verzoek("/api/audits/" + id
                + "/bevindingen?formaat=xlsx&alleen=tekort", Dienst.KWALITEIT).GET().build());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var blad = wb.getSheetAt(0);
            assertThat(blad.getCTWorksheet().getAutoFilter()).isNotNull();
            for (int i = 1; i <= blad.getLastRowNum(); i++) {
                assertThat(blad.getRow(i).getCell(3).getStringCellValue()).isEqualTo("Tekort");
            }
        }
        assertThat(dienst.get("/api/audits/" + id + "/bevindingen?formaat=pdf", Dienst.KWALITEIT, "*/*").statusCode())
                .isEqualTo(406);
    }

    @Test
    void pdfVariantenVolledigEnSamenvatting() throws Exception {
        String id = dienst.auditeer(Dienst.synthetischeSet());
        HttpResponse<byte[]> kort = dienst.bytes(dienst.verzoek("/api/audits/" + id + "?formaat=pdf", Dienst.KWALITEIT)
                .GET().build());
        HttpResponse<byte[]> lang = dienst.bytes(dienst.verzoek("/api/audits/" + id
                + "?formaat=pdf&variant=volledig", Dienst.KWALITEIT).GET().build());
        assertThat(kort.statusCode()).isEqualTo(200);
        assertThat(lang.statusCode()).isEqualTo(200);
        try (var a = org.apache.pdfbox.Loader.loadPDF(kort.body());
             var b = org.apache.pdfbox.Loader.loadPDF(lang.body())) {
            String s = new org.apache.pdfbox.text.PDFTextStripper().getText(a);
            String v = new org.apache.pdfbox.text.PDFTextStripper().getText(b);
            assertThat(s).contains("Managementsamenvatting").doesNotContain("D-0101");
            assertThat(v).contains("Tekortkomingen per norm").contains("D-01");
        }
        assertThat(dienst.get("/api/audits/" + id + "?formaat=pdf&variant=kort", Dienst.KWALITEIT, "*/*").statusCode())
                .isEqualTo(400);
    }

    @Test
    void startpaginaToontRecenteAuditsActiesEnAfmelden() {
        String id = dienst.auditeer(Dienst.synthetischeSet());
        HttpResponse<String> r = dienst.get("/", Dienst.KWALITEIT, "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"recente-audits\"").contains("/api/audits/" + id + "?formaat=html")
                .contains("Ochtendlijst").contains("Ingelogd als <strong id=\"gebruiker\">kwaliteit</strong>")
                .contains("action=\"/logout\"");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).as("CSRF-token in het afmeldformulier").isTrue();
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NORMTOETS-AFMELDEN="))
                .findFirst().orElseThrow().split(";")[0];

        // without the token the logout is refused; with it the browser gets a Basic challenge (forget the login)
        HttpResponse<String> zonder = dienst.tekst(dienst.verzoek("/logout", Dienst.KWALITEIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertThat(zonder.statusCode()).isEqualTo(403);
        HttpResponse<String> met = dienst.tekst(dienst.verzoek("/logout", Dienst.KWALITEIT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + m.group(1))).build());
        assertThat(met.statusCode()).isEqualTo(401);
        assertThat(met.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(met.body()).contains("afgemeld");
    }

    @Test
    void openApiMetTitelVersieBasicEnProbleemdetails() {
        HttpResponse<String> r = dienst.get("/v3/api-docs", null, "application/json");
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "api-docs.json"), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsonNode doc = Dienst.json(r);
        assertThat(doc.get("info").get("title").asString()).isEqualTo("normtoets");
        assertThat(doc.get("info").get("version").asString()).isNotIn("v0", "onbekend").matches("\\d+\\.\\d+.*");
        assertThat(doc.get("components").get("securitySchemes").get("basic").get("scheme").asString())
                .isEqualTo("basic");
        assertThat(doc.get("components").get("schemas").get("Probleem").get("properties").has("detail")).isTrue();
        assertThat(doc.get("security").get(0).has("basic")).isTrue();
        JsonNode get = doc.get("paths").get("/api/audits/{id}").get("get");
        assertThat(get.get("responses").get("401").get("content").has("application/problem+json")).isTrue();
    }

    @Test
    void metricsEnPrometheusAlleenIngelogd() {
        assertThat(dienst.get("/actuator/prometheus", null, "text/plain").statusCode()).isEqualTo(401);
        assertThat(dienst.get("/actuator/metrics", null, "application/json").statusCode()).isEqualTo(401);
        HttpResponse<String> p = dienst.get("/actuator/prometheus", Dienst.KWALITEIT, "text/plain");
        assertThat(p.statusCode()).isEqualTo(200);
        assertThat(p.body()).contains("jvm_memory_used_bytes");
        JsonNode m = Dienst.json(dienst.get("/actuator/metrics", Dienst.KWALITEIT, "application/json"));
        List<String> namen = new ArrayList<>();
        m.get("names").forEach(n -> namen.add(n.asString()));
        assertThat(namen).contains("jvm.memory.used");
        assertThat(dienst.get("/actuator/health", null, "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void statischeBestandenZonderInlog() {
        assertThat(dienst.get("/js/tekortkomingen.js", null, "*/*").statusCode()).isEqualTo(200);
        assertThat(dienst.get("/css/rapport.css", null, "*/*").statusCode()).isEqualTo(200);
    }
}
