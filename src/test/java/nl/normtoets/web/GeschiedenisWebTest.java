package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * History, trend and comparison over HTTP: KWALITEIT sees the stored judgements; a TEAMMANAGER sees each audit
 * judged on its own team's dossiers only (the same figures as its view of the report) and only its team's moves.
 */
@SpringBootTest(classes = NormtoetsWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "normtoets.data=target/test-geschiedenis-${random.uuid}")
class GeschiedenisWebTest {

    static final String ORGANISATIE = "JBN (synthetisch)";

    @LocalServerPort
    int poort;

    private static String org() {
        return URLEncoder.encode(ORGANISATIE, StandardCharsets.UTF_8);
    }

    private static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Dienst.JSON.readTree(r.body());
    }

    /** voldoet/toepasbaar per norm of a report, themes 1 to 3 (theme 5 is never part of a team's view). */
    private static Map<String, String> tellingen(JsonNode rapport) {
        Map<String, String> m = new HashMap<>();
        rapport.get("normen").forEach(n -> {
            if (!n.get("thema").asString().equals("5") && !n.get("thema").asString().equals("4")) {
                m.put(n.get("id").asString(), n.get("voldoet").asInt() + "/" + n.get("toepasbaar").asInt());
            }
        });
        return m;
    }

    private static Map<String, String> punten(JsonNode trend, int index) {
        Map<String, String> m = new HashMap<>();
        trend.get("reeksen").forEach(r -> {
            JsonNode p = r.get("punten").get(index);
            if (r.get("id").asString().equals(r.get("norm").asString()) && !p.isNull()
                    && !r.get("id").asString().startsWith("5") && !r.get("id").asString().equals("4")) {
                m.put(r.get("id").asString(), p.get("voldoet").asInt() + "/" + p.get("toepasbaar").asInt());
            }
        });
        return m;
    }

    @Test
    void trendEnVergelijkingPerRol() {
        Dienst d = new Dienst(poort);
        String eerst = d.auditeer(Dienst.synthetischeSet());
        HttpResponse<String> r = d.postJson("/api/audits?strikt=false&peildatum=2025-09-30", Dienst.KWALITEIT,
                Dienst.synthetischeSet(), "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String later = r.headers().firstValue("X-Audit-Id").orElseThrow();

        JsonNode lijst = ok(d.get("/api/geschiedenis?organisatie=" + org(), Dienst.KWALITEIT, "application/json"));
        assertThat(lijst).hasSizeGreaterThanOrEqualTo(2);
        JsonNode lijstTeam = ok(d.get("/api/geschiedenis?organisatie=" + org(), Dienst.TEAMMANAGER, "application/json"));
        lijstTeam.forEach(k -> assertThat(k.get("aantallen").isNull()).isTrue()); // no organisation-wide counts

        JsonNode trend = ok(d.get("/api/geschiedenis/trend?organisatie=" + org(), Dienst.KWALITEIT, "application/json"));
        JsonNode trendTeam = ok(d.get("/api/geschiedenis/trend?organisatie=" + org(), Dienst.TEAMMANAGER,
                "application/json"));
        int i = indexVan(trend, eerst);
        JsonNode volledig = ok(d.get("/api/audits/" + eerst, Dienst.KWALITEIT, "application/json"));
        JsonNode teamRapport = ok(d.get("/api/audits/" + eerst, Dienst.TEAMMANAGER, "application/json"));
        assertThat(punten(trend, i)).isEqualTo(tellingen(volledig));
        assertThat(punten(trendTeam, i)).isEqualTo(tellingen(teamRapport)).isNotEqualTo(punten(trend, i));

        JsonNode v = ok(d.get("/api/geschiedenis/vergelijk?a=" + eerst + "&b=" + later, Dienst.KWALITEIT,
                "application/json"));
        assertThat(v.get("normen")).isNotEmpty();
        JsonNode vTeam = ok(d.get("/api/geschiedenis/vergelijk?a=" + eerst + "&b=" + later, Dienst.TEAMMANAGER,
                "application/json"));
        vTeam.get("verschuivingen").forEach(s -> assertThat(s.get("team").asString()).isEqualTo("D1"));
        assertThat(v.get("verschuivingen").size()).isGreaterThanOrEqualTo(vTeam.get("verschuivingen").size());

        HttpResponse<String> html = d.get("/geschiedenis/trend?organisatie=" + org(), Dienst.KWALITEIT, "text/html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Trend " + ORGANISATIE).contains("30-06-2025");
        // a chart per judged norm, drawn as SVG, with the GI's target line in its legend
        assertThat(html.body()).contains("<svg").contains("Streefwaarde 80%");
        assertThat(d.get("/geschiedenis/vergelijk?a=" + eerst + "&b=" + later, Dienst.TEAMMANAGER, "text/html")
                .statusCode()).isEqualTo(200);
        assertThat(d.get("/geschiedenis", Dienst.KWALITEIT, "text/html").body()).contains(eerst);
        assertThat(d.get("/api/geschiedenis", null, "application/json").statusCode()).isEqualTo(401);
    }

    private static int indexVan(JsonNode trend, String id) {
        for (int i = 0; i < trend.get("audits").size(); i++) {
            if (trend.get("audits").get(i).get("id").asString().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("audit " + id + " niet in de trend");
    }
}
