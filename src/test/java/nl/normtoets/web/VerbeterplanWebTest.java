package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The verbeterplan in the service: REST and form pages for KWALITEIT and management, refused for other roles and
 * for a form without its token; a stored plan feeds norm 5.2 of an upload without verbeteracties; the progress
 * report as page, PDF and workbook.
 */
@SpringBootTest(classes = NormtoetsWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "normtoets.data=target/test-verbeterplan-${random.uuid}")
class VerbeterplanWebTest {

    static final String ORGANISATIE = "JBN (synthetisch)";
    static final String PRAKTIJK = "praktijkbegeleider:praktijkbegeleider-demo";

    @LocalServerPort
    int poort;

    static String org() {
        return URLEncoder.encode(ORGANISATIE, StandardCharsets.UTF_8);
    }

    /** The module's synthetic set with organisation facts that hold no verbeteracties. */
    static byte[] setZonderActies() {
        ObjectNode set = (ObjectNode) Dienst.JSON.readTree(Dienst.synthetischeSet());
        ObjectNode feiten = set.putObject("organisatieFeiten");
        feiten.put("jaarverslag", "2025-03-01");
        return Dienst.JSON.writeValueAsBytes(set);
    }

    static final String ACTIE = "{\"onderwerp\":\"1a.3-A\",\"omschrijving\":\"Eerste contact op tijd\","
            + "\"eigenaar\":\"manager zorg\",\"doel\":80,\"deadline\":\"2026-01-01\"}";

    @Test
    void apiPlanVoedt52EnKoers() {
        Dienst d = new Dienst(poort);
        HttpResponse<String> nieuw = d.postJson("/api/verbeterplan?organisatie=" + org(), Dienst.KWALITEIT,
                ACTIE.getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(nieuw.statusCode()).as(nieuw.body()).isEqualTo(201);
        String id = Dienst.json(nieuw).get("id").asString();
        assertThat(nieuw.headers().firstValue("Location")).hasValue("/api/verbeterplan/" + id);

        HttpResponse<String> fout = d.postJson("/api/verbeterplan?organisatie=" + org(), Dienst.KWALITEIT,
                "{\"onderwerp\":\"9.9\",\"doel\":180}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = Dienst.json(fout);
        assertThat(p.get("fouten").toString()).contains("onderwerp:", "eigenaar:", "doel:", "deadline:");
        assertThat(d.get("/api/verbeterplan/bestaat-niet", Dienst.KWALITEIT, "application/json").statusCode())
                .isEqualTo(404);
        assertThat(d.get("/api/verbeterplan?organisatie=" + org(), PRAKTIJK, "application/json").statusCode())
                .isEqualTo(403);

        // an upload without verbeteracties: norm 5.2 judges the stored plan and the report says so
        String audit = d.auditeer(setZonderActies());
        JsonNode rapport = Dienst.json(d.get("/api/audits/" + audit, Dienst.KWALITEIT, "application/json"));
        assertThat(rapport.get("verbeteractiesBron").asString()).isEqualTo("verbeterplan");
        boolean gevonden = false;
        for (JsonNode b : rapport.get("bevindingen")) {
            if (b.get("indicator").asString().equals("5.2-A") && id.equals(b.get("onderwerp").asString())) {
                gevonden = b.get("uitkomst").asString().equals("VOLDOET");
            }
        }
        assertThat(gevonden).as("5.2-A over de bewaarde actie").isTrue();

        // the course over the stored audits: the latest measured share is this audit's 1a.3-A
        JsonNode lijst = Dienst.json(d.get("/api/verbeterplan?organisatie=" + org(), Dienst.KWALITEIT,
                "application/json"));
        JsonNode deze = null;
        for (JsonNode k : lijst) {
            if (k.get("actie").get("id").asString().equals(id)) {
                deze = k;
            }
        }
        assertThat(deze).isNotNull();
        assertThat(deze.get("punten")).isNotEmpty();
        double gemeten = 0;
        for (JsonNode n : rapport.get("normen")) {
            for (JsonNode i : n.get("indicatoren")) {
                if (i.get("id").asString().equals("1a.3-A")) {
                    gemeten = i.get("percentage").asDouble();
                }
            }
        }
        assertThat(deze.get("laatst").asDouble()).isEqualTo(gemeten);
        // below the 80% target with every measurement on one peildatum: no line to extend, so 'onbekend'
        assertThat(deze.get("koers").asString()).isEqualTo(gemeten >= 80 ? "GEHAALD" : "ONBEKEND");

        HttpResponse<String> gewijzigd = put(d, "/api/verbeterplan/" + id, Dienst.TEAMMANAGER,
                ACTIE.replace("}", ",\"status\":\"afgerond\",\"afgerond\":\"2025-12-01\",\"geevalueerd\":\"2025-12-15\"}"));
        assertThat(gewijzigd.statusCode()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(Dienst.json(gewijzigd).get("afgerond").asString()).isEqualTo("2025-12-01");
        assertThat(Dienst.json(d.get("/v3/api-docs", null, "application/json")).get("paths").propertyNames())
                .contains("/api/verbeterplan", "/api/verbeterplan/{id}");
    }

    @Test
    void formulierenMetTokenEnVoortgang() throws Exception {
        Dienst d = new Dienst(poort);
        HttpResponse<String> pagina = d.get("/verbeterplan?organisatie=" + org(), Dienst.KWALITEIT, "text/html");
        assertThat(pagina.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("name=\"_token\" value=\"([^\"]+)\"").matcher(pagina.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        String velden = "organisatie=" + org() + "&onderwerp=1b.3-A&eigenaar=teammanagers&doel=75%2C5"
                + "&deadline=2026-03-01&status=open&omschrijving=Plan+op+tijd";

        HttpResponse<String> zonder = d.post("/verbeterplan", Dienst.KWALITEIT,
                velden.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "text/html");
        assertThat(zonder.statusCode()).isEqualTo(403);
        HttpResponse<String> ander = d.post("/verbeterplan", Dienst.TEAMMANAGER,
                (velden + "&_token=" + token).getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                "text/html");
        assertThat(ander.statusCode()).as("token van een andere gebruiker").isEqualTo(403);
        HttpResponse<String> met = d.post("/verbeterplan", Dienst.KWALITEIT,
                (velden + "&_token=" + token).getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                "text/html");
        assertThat(met.statusCode()).isEqualTo(302);
        HttpResponse<String> fout = d.post("/verbeterplan", Dienst.KWALITEIT,
                (velden.replace("doel=75%2C5", "doel=veel") + "&_token=" + token).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", "text/html");
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("doel: geen getal.");

        String lijst = d.get("/verbeterplan?organisatie=" + org(), Dienst.TEAMMANAGER, "text/html").body();
        assertThat(lijst).contains("1b.3-A \u2265 75,5% op 01-03-2026", "teammanagers", "bewerken");
        assertThat(d.get("/verbeterplan", PRAKTIJK, "text/html").statusCode()).isEqualTo(403);

        // the progress report needs a stored audit; KWALITEIT only
        d.auditeer(setZonderActies());
        HttpResponse<String> html = d.get("/voortgang?organisatie=" + org(), Dienst.KWALITEIT, "text/html");
        assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
        assertThat(html.body()).contains("Voortgangsrapportage " + ORGANISATIE, "Tijdigheid per startmaand",
                "Maatregelen zonder vaste jeugdbeschermer", "formaat=pdf", "formaat=xlsx", "Plan op tijd");
        assertThat(d.get("/voortgang?organisatie=" + org(), Dienst.TEAMMANAGER, "text/html").statusCode())
                .isEqualTo(403);
        assertThat(d.get("/voortgang?organisatie=onbekend", Dienst.KWALITEIT, "text/html").statusCode())
                .isEqualTo(404);
        byte[] pdf = bytes("/voortgang?organisatie=" + org() + "&formaat=pdf", Dienst.KWALITEIT);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Verbeteracties en hun koers", "Plan op tijd");
        }
        byte[] xlsx = bytes("/voortgang?organisatie=" + org() + "&formaat=xlsx", Dienst.KWALITEIT);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("Verbeteracties").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
        }
    }

    private HttpResponse<String> put(Dienst d, String pad, String gebruiker, String json) {
        return d.tekst(verzoek(pad, gebruiker).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private byte[] bytes(String pad, String gebruiker) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(verzoek(pad, gebruiker).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private HttpRequest.Builder verzoek(String pad, String gebruiker) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(gebruiker.getBytes(StandardCharsets.UTF_8)));
    }
}
