package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.normtoets.norm.Norm;
import nl.normtoets.norm.Normcatalogus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The service over real HTTP on a random loopback port: security, limits, problem details, formats, OpenAPI. */
@SpringBootTest(classes = NormtoetsWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"normtoets.max-omvang=4MB", "server.tomcat.max-swallow-size=16MB"})
class ServiceTest {

    static final int LIMIET = 4 * 1024 * 1024;

    @LocalServerPort
    int poort;

    @Autowired
    Normcatalogus catalogus;

    Dienst dienst;

    @BeforeEach
    void dienst() {
        dienst = new Dienst(poort);
    }

    @Test
    void zonderLoginOfMetFoutWachtwoord401() {
        HttpResponse<String> zonder = dienst.get("/api/catalogus", null, "application/json");
        assertThat(zonder.statusCode()).isEqualTo(401);
        assertThat(zonder.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(dienst.get("/api/catalogus", "kwaliteit:fout", "application/json").statusCode()).isEqualTo(401);
        HttpResponse<String> post = dienst.postJson("/api/audits", null, Dienst.synthetischeSet(), "application/json");
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void healthEnOpenApiZijnOpenbaar() {
        assertThat(dienst.get("/actuator/health", null, "application/json").body()).contains("\"UP\"");
        HttpResponse<String> api = dienst.get("/v3/api-docs", null, "application/json");
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode doc = Dienst.json(api);
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").propertyNames()).contains("/api/audits", "/api/audits/{id}",
                "/api/audits/{id}/dossiers/{dossierId}", "/api/catalogus", "/api/monitor");
    }

    @Test
    void catalogusGeeftAlleNormen() {
        JsonNode c = Dienst.json(dienst.get("/api/catalogus", Dienst.TEAMMANAGER, "application/json"));
        assertThat(c.get("normen").size()).isEqualTo(catalogus.normen().size());
        // issue 12: every term shows where it comes from, and the switch per indicator
        JsonNode norm13 = c.get("normen").get(2);
        assertThat(norm13.get("id").asString()).isEqualTo("1a.3");
        JsonNode eersteContact = norm13.get("indicatoren").get(0);
        assertThat(eersteContact.get("bron").get("termijn").get("soort").asString()).isEqualTo("wet");
        JsonNode handelingsperspectief = norm13.get("indicatoren").get(2);
        assertThat(handelingsperspectief.get("id").asString()).isEqualTo("1a.3-C");
        assertThat(handelingsperspectief.get("actief").asBoolean()).isFalse();
    }

    @Test
    void teammanagerZietAlleenEigenTeam() {
        String id = dienst.auditeer(Dienst.synthetischeSet());
        HttpResponse<String> ander = dienst.get("/api/audits/" + id + "/dossiers/D-0102", Dienst.TEAMMANAGER,
                "application/json");
        assertThat(ander.statusCode()).isEqualTo(403);
        assertThat(ander.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ander.body()).doesNotContain("D2");
        // Not existing looks the same as another team's: no probing for dossier ids.
        assertThat(dienst.get("/api/audits/" + id + "/dossiers/D-9999", Dienst.TEAMMANAGER, "application/json")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> eigen = dienst.get("/api/audits/" + id + "/dossiers/D-0101", Dienst.TEAMMANAGER,
                "application/json");
        assertThat(eigen.statusCode()).isEqualTo(200);
        assertThat(Dienst.json(eigen).get("team").asString()).isEqualTo("D1");
        assertThat(Dienst.json(eigen).get("bevindingen").size()).isPositive();
        // the reason is written when read (engine.Toelichting): still text, under its contract name and in its place
        JsonNode eerste = Dienst.json(eigen).get("bevindingen").get(0);
        assertThat(eerste.get("toelichting").isString()).isTrue();
        assertThat(eerste.get("toelichting").asString()).isNotBlank();
        assertThat(List.copyOf(eerste.propertyNames())).startsWith("norm", "indicator", "dossier", "onderwerp",
                "uitkomst", "toelichting", "bewijs").doesNotContain("uitleg");
        assertThat(dienst.get("/api/audits/" + id + "/dossiers/D-0102", Dienst.KWALITEIT, "application/json")
                .statusCode()).isEqualTo(200);

        JsonNode rapport = Dienst.json(dienst.get("/api/audits/" + id, Dienst.TEAMMANAGER, "application/json"));
        List<String> dossiers = new ArrayList<>();
        rapport.get("bevindingen").forEach(b -> dossiers.add(b.get("dossier").asString()));
        assertThat(dossiers).isNotEmpty().allMatch(d -> List.of("D-0101", "D-0103", "D-0105", "D-0107", "D-0109")
                .contains(d));
        assertThat(rapport.get("aantallen").get("dossiersGetoetst").asInt()).isEqualTo(5);
        String html = dienst.get("/api/audits/" + id, Dienst.TEAMMANAGER, "text/html").body();
        assertThat(html).contains("D-0101").doesNotContain("D-0102").doesNotContain("D-0110");
    }

    @Test
    void eenTeammanagerZietDeAfgewezenDossiersVanHetEigenTeamEnAndereNiet() throws Exception {
        ObjectNode set = (ObjectNode) Dienst.JSON.readTree(Dienst.synthetischeSet());
        ArrayNode dossiers = (ArrayNode) set.get("dossiers");
        ObjectNode eigen = ((ObjectNode) dossiers.get(0).deepCopy()).put("id", "D-0901").put("team", "D1")
                .put("startdatum", "2025-13-01");
        ObjectNode ander = ((ObjectNode) dossiers.get(0).deepCopy()).put("id", "D-0902").put("team", "D2")
                .put("startdatum", "2025-13-01");
        dossiers.add(eigen).add(ander);
        byte[] body = set.toString().getBytes(StandardCharsets.UTF_8);
        String id = dienst.auditeer(body);

        JsonNode rapport = Dienst.json(dienst.get("/api/audits/" + id, Dienst.TEAMMANAGER, "application/json"));
        assertThat(rapport.get("afgewezen")).extracting(a -> a.get("dossier").asString()).containsExactly("D-0901");
        HttpResponse<String> inzage = dienst.get("/api/audits/" + id + "/dossiers/D-0901", Dienst.TEAMMANAGER,
                "application/json");
        assertThat(inzage.statusCode()).isEqualTo(200);
        assertThat(Dienst.json(inzage).get("fouten").get(0).asString()).contains("startdatum");
        assertThat(dienst.get("/api/audits/" + id + "/dossiers/D-0902", Dienst.TEAMMANAGER, "application/json")
                .statusCode()).isEqualTo(403);
        JsonNode volledig = Dienst.json(dienst.get("/api/audits/" + id, Dienst.KWALITEIT, "application/json"));
        assertThat(volledig.get("afgewezen")).extracting(a -> a.get("dossier").asString())
                .containsExactlyInAnyOrder("D-0901", "D-0902");

        JsonNode monitor = Dienst.json(dienst.postJson("/api/monitor?strikt=false", Dienst.TEAMMANAGER, body,
                "application/json"));
        assertThat(monitor.get("afgewezen")).extracting(a -> a.get("dossier").asString()).containsExactly("D-0901");
    }

    @Test
    void eenTeamZietThema5NietWantDatGaatOverDeHeleOrganisatie() {
        String id = dienst.auditeer(Dienst.demoSet());
        JsonNode volledig = Dienst.json(dienst.get("/api/audits/" + id, Dienst.KWALITEIT, "application/json"));
        JsonNode team = Dienst.json(dienst.get("/api/audits/" + id, Dienst.TEAMMANAGER, "application/json"));

        assertThat(thema(volledig, "5").get("score").asString()).isNotEqualTo("NIET_BEOORDEELD");
        assertThat(thema(team, "5").get("score").asString()).isEqualTo("NIET_BEOORDEELD");
        assertThat(thema(team, "5").get("reden").asString()).contains("hele organisatie");
        List<String> zonderDossier = new ArrayList<>();
        team.get("bevindingen").forEach(b -> {
            if (b.get("dossier") == null || b.get("dossier").isNull()) {
                zonderDossier.add(b.get("indicator").asString());
            }
        });
        assertThat(zonderDossier).as("organisation findings name employees of every team").isEmpty();
    }

    private static JsonNode thema(JsonNode rapport, String id) {
        for (JsonNode t : rapport.get("themas")) {
            if (t.get("id").asString().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("thema " + id + " ontbreekt");
    }

    @Test
    void teGroteBodyMetContentLengthWordtNietGelezen() throws Exception {
        // Announce 5 GB and send none of it: only a server that answers without reading can reply at all.
        // Repeated on fresh connections because an earlier version (no flush before Tomcat's swallow) was flaky.
        for (int poging = 0; poging < 25; poging++) {
            try (Socket s = new Socket("127.0.0.1", poort)) {
                s.setSoTimeout(30_000);
                String kop = "POST /api/audits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                        + Base64.getEncoder().encodeToString(Dienst.KWALITEIT.getBytes(StandardCharsets.UTF_8))
                        + "\r\nContent-Type: application/json\r\nContent-Length: 5000000000\r\n\r\n";
                s.getOutputStream().write(kop.getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                assertThat(in.readLine()).as("statusregel, poging %d", poging).startsWith("HTTP/1.1 413");
                StringBuilder rest = new StringBuilder();
                for (String regel = in.readLine(); regel != null && !regel.contains("}"); regel = in.readLine()) {
                    rest.append(regel).append('\n');
                }
                assertThat(rest.toString()).containsIgnoringCase("content-type: application/problem+json");
            }
        }
    }

    @Test
    void teGrootChunkedVerzoekWordtAfgebrokenBijDeLimiet() {
        StringBuilder sb = new StringBuilder("{\"peildatum\":\"2025-06-30\",\"dossiers\":[");
        int i = 0;
        while (sb.length() < LIMIET + 100_000) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"X-").append(i++)
                    .append("\",\"maatregel\":\"OTS\",\"startdatum\":\"2025-01-01\",\"team\":\"D1\"}");
        }
        sb.append("]}");
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        // ofInputStream has no known length, so the request is sent chunked without Content-Length.
        HttpResponse<String> r = dienst.tekst(dienst.verzoek("/api/audits", Dienst.KWALITEIT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void kapotteJsonGeeftProblemDetail() {
        HttpResponse<String> r = dienst.postJson("/api/audits", Dienst.KWALITEIT,
                "{\"peildatum\": \"2025-06-30\", \"dossiers\": [ {\"id\": ".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = Dienst.json(r);
        assertThat(p.get("title").asString()).isEqualTo("Onbruikbare auditset");
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("detail").asString()).contains("geen geldige JSON");
    }

    @Test
    void ongeldigeDossiersAllemaalInProblemDetail() {
        String set = """
                {"peildatum": "2025-06-30", "dossiers": [
                  {"id": "D-1", "maatregel": "OTS", "startdatum": "2025-01-06", "team": "D1"},
                  {"id": "D-2", "startdatum": "2025-13-45", "team": "D1"},
                  {"id": "D-3", "maatregel": "ONBEKEND", "startdatum": "2025-01-06",
                   "contacten": [{"datum": "gisteren", "vorm": "FYSIEK", "met": ["OUDERS"], "door": "GI"}]}
                ]}""";
        HttpResponse<String> r = dienst.postJson("/api/audits", Dienst.KWALITEIT, set.getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode fouten = Dienst.json(r).get("fouten");
        assertThat(fouten.size()).isEqualTo(2);
        assertThat(fouten.get(0).get("dossier").asString()).isEqualTo("D-2");
        assertThat(fouten.get(0).get("fouten").toString()).contains("maatregel").contains("startdatum");
        assertThat(fouten.get(1).get("fouten").toString()).contains("maatregel").contains("contacten[0].datum");

        HttpResponse<String> mild = dienst.postJson("/api/audits?strikt=false", Dienst.KWALITEIT,
                set.getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(mild.statusCode()).isEqualTo(201);
        assertThat(Dienst.json(mild).get("afgewezen").size()).isEqualTo(2);
    }

    @Test
    void pdfBevatAlleNormen() throws Exception {
        String id = dienst.auditeer(Dienst.synthetischeSet());
        HttpResponse<byte[]> r = dienst.bytes(dienst.verzoek("/api/audits/" + id, Dienst.KWALITEIT)
                .header("Accept", "application/pdf").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String tekst = new PDFTextStripper().getText(pdf);
            for (Norm n : catalogus.normen()) {
                assertThat(tekst).as("norm %s in de PDF", n.id()).contains(n.id() + " " + n.titel().substring(0, 10));
            }
            assertThat(tekst).contains("Tijdigheid per startmaand").contains("Voldoet grotendeels niet");
        }
    }

    @Test
    void formaatVolgtAcceptOfParameter() {
        String id = dienst.auditeer(Dienst.synthetischeSet());
        assertThat(dienst.get("/api/audits/" + id, Dienst.KWALITEIT, "text/html").body()).contains("id=\"normen\"")
                .contains("id=\"thema4-tabel\"").contains("Maatregel OTS");
        assertThat(dienst.get("/api/audits/" + id + "?formaat=json", Dienst.KWALITEIT, "text/html").body())
                .startsWith("{");
        assertThat(dienst.get("/api/audits/" + id, Dienst.KWALITEIT, "image/png").statusCode()).isEqualTo(406);
        assertThat(dienst.get("/api/audits/onbekend", Dienst.KWALITEIT, "application/json").statusCode())
                .isEqualTo(404);
    }

    @Test
    void kijklinkGeldtAlleenVoorHaarEigenAudit() {
        String a = dienst.auditeer(Dienst.synthetischeSet());
        String b = dienst.auditeer(Dienst.synthetischeSet());
        String link = dienst.kijklink(a, Dienst.KWALITEIT);
        assertThat(dienst.get(link.substring(dienst.basis().length()), null, "text/html").statusCode()).isEqualTo(200);
        String token = link.substring(link.indexOf("kijktoken="));
        assertThat(dienst.get("/api/audits/" + b + "?" + token, null, "text/html").statusCode()).isEqualTo(401);
        assertThat(dienst.get("/api/audits/" + a + "/dossiers/D-0101?" + token, null, "application/json")
                .statusCode()).isEqualTo(401);
    }

    @Test
    void startpaginaVoorIngelogdeGebruiker() {
        HttpResponse<String> r = dienst.get("/", Dienst.TEAMMANAGER, "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"formulier\"").contains("teammanager, ziet team D1");
        assertThat(dienst.get("/", null, "text/html").statusCode()).isEqualTo(401);
    }

    @Test
    void monitorGeeftSignalenPerRolAlsJsonOfCsv() {
        byte[] set = Dienst.synthetischeSet();
        JsonNode alles = Dienst.json(dienst.postJson("/api/monitor", Dienst.KWALITEIT, set, "application/json"));
        List<String> allesDossiers = new ArrayList<>();
        alles.get("signalen").forEach(sg -> allesDossiers.add(sg.get("dossier").asString()));
        assertThat(allesDossiers).contains("D-0102").contains("D-0101");

        HttpResponse<String> tm = dienst.postJson("/api/monitor", Dienst.TEAMMANAGER, set, "application/json");
        assertThat(tm.statusCode()).isEqualTo(200);
        List<String> eigen = new ArrayList<>();
        Dienst.json(tm).get("signalen").forEach(sg -> eigen.add(sg.get("dossier").asString()));
        assertThat(eigen).isNotEmpty().allMatch(d -> List.of("D-0101", "D-0103", "D-0105", "D-0107", "D-0109")
                .contains(d));

        HttpResponse<String> csv = dienst.postJson("/api/monitor", Dienst.TEAMMANAGER, set, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("dossier;team").contains("D-0101").doesNotContain("D-0102");
    }
}
