package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The review pages over HTTP: KWALITEIT draws a sample behind a CSRF token; a POST without it is refused; a reviewer
 * who is the dossier's worker is refused on the page, on saving and in the sheet; a TEAMMANAGER sees only its own
 * team's sampled dossiers and gets 403 on another team's review; a sheet round trip stores answers.
 */
@SpringBootTest(classes = NormtoetsWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "normtoets.data=target/test-review-${random.uuid}")
class ReviewWebTest {

    static final String REVIEWER = "reviewer:reviewer-demo";
    /** The demo reviewer's worker code (application-demo.yml). */
    static final String REVIEWER_CODE = "M-008";
    static final Pattern RIJ = Pattern.compile("<tr data-dossier=\"([^\"]+)\">\\s*<td class=\"getal\">\\d+</td>"
            + "\\s*<td>\\s*(?:<a href=\"([^\"]+)\">|<span>)[^<]*</(?:a|span)>\\s*</td>\\s*<td>([^<]*)</td>");

    @LocalServerPort
    int poort;

    Dienst dienst;

    @BeforeEach
    void dienst() {
        dienst = new Dienst(poort);
    }

    /** The form token and its cookie, as a browser gets them from a page of /review. */
    record Formulier(String cookie, String token) {
    }

    static Formulier formulier(HttpResponse<String> pagina) {
        assertThat(pagina.statusCode()).as(pagina.body()).isEqualTo(200);
        String cookie = pagina.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NORMTOETS-REVIEW="))
                .findFirst().orElseThrow().split(";")[0];
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina.body());
        assertThat(m.find()).as("CSRF-veld in het formulier").isTrue();
        return new Formulier(cookie, m.group(1));
    }

    HttpResponse<String> postFormulier(String pad, String gebruiker, Formulier f, String velden) {
        HttpRequest.Builder b = dienst.verzoek(pad, gebruiker).header("Content-Type",
                "application/x-www-form-urlencoded");
        String body = velden;
        if (f != null) {
            b.header("Cookie", f.cookie());
            body = "_csrf=" + enc(f.token()) + (velden.isEmpty() ? "" : "&" + velden);
        }
        return dienst.tekst(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Audits demo.json and draws a sample of every dossier as KWALITEIT (so every worker code is in it). */
    String auditMetSteekproef(int aantal) throws Exception {
        String id = dienst.auditeer(Files.readAllBytes(Path.of("fixtures/demo.json")));
        String pagina = "/review/audits/" + id;
        Formulier f = formulier(dienst.get(pagina, Dienst.KWALITEIT, "text/html"));
        HttpResponse<String> r = postFormulier(pagina + "/steekproef", Dienst.KWALITEIT, f,
                "aantal=" + aantal + "&startwaarde=7");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith(pagina);
        return id;
    }

    static List<String[]> rijen(String html) {
        List<String[]> uit = new ArrayList<>();
        Matcher m = RIJ.matcher(html);
        while (m.find()) {
            uit.add(new String[]{m.group(1), m.group(2), m.group(3)});
        }
        return uit;
    }

    @Test
    void zonderCsrfTokenGeweigerdMetProbleemdocument() throws Exception {
        String id = dienst.auditeer(Files.readAllBytes(Path.of("fixtures/demo.json")));
        HttpResponse<String> r = postFormulier("/review/audits/" + id + "/steekproef", Dienst.KWALITEIT, null,
                "aantal=5");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Dienst.json(r).get("detail").asString()).contains("CSRF");
        // a token without its cookie (another site cannot read the cookie) is refused too
        Formulier f = formulier(dienst.get("/review/audits/" + id, Dienst.KWALITEIT, "text/html"));
        HttpResponse<String> zonderCookie = dienst.tekst(dienst.verzoek("/review/audits/" + id + "/steekproef",
                        Dienst.KWALITEIT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(f.token()) + "&aantal=5")).build());
        assertThat(zonderCookie.statusCode()).isEqualTo(403);
        assertThat(dienst.get("/review/audits/" + id, Dienst.KWALITEIT, "text/html").body())
                .contains("nog geen steekproef");
        // only KWALITEIT draws (the token pair is not tied to a user)
        assertThat(postFormulier("/review/audits/" + id + "/steekproef", REVIEWER, f, "aantal=5").statusCode())
                .isEqualTo(403);
        // the single worker has no business on these pages
        assertThat(dienst.get("/review", "jeugdbeschermer:jeugdbeschermer-demo", "text/html").statusCode())
                .isEqualTo(403);
    }

    @Test
    void reviewerDieMedewerkerIsWordtGeweigerd() throws Exception {
        String id = auditMetSteekproef(500);
        HttpResponse<String> pagina = dienst.get("/review/audits/" + id, REVIEWER, "text/html");
        List<String[]> rijen = rijen(pagina.body());
        // every accepted dossier of demo.json (the rejected ones are never drawn)
        assertThat(rijen).hasSizeGreaterThan(90).hasSize(
                rijen(dienst.get("/review/audits/" + id, Dienst.KWALITEIT, "text/html").body()).size());
        JsonNode demo = Dienst.JSON.readTree(Files.readAllBytes(Path.of("fixtures/demo.json")));
        List<String> eigen = new ArrayList<>();
        demo.get("dossiers").forEach(d -> d.path("toewijzingen").forEach(t -> {
            if (REVIEWER_CODE.equals(t.path("medewerker").asString(null))) {
                eigen.add(d.get("id").asString());
            }
        }));
        assertThat(eigen).isNotEmpty();
        // the sample page offers no link to the reviewer's own dossiers
        assertThat(rijen).filteredOn(r -> eigen.contains(r[0])).allSatisfy(r -> assertThat(r[1]).isNull());
        String dossier = eigen.get(0);
        String pad = "/review/audits/" + id + "/dossiers/" + dossier;
        HttpResponse<String> open = dienst.get(pad, REVIEWER, "text/html");
        assertThat(open.statusCode()).isEqualTo(403);
        assertThat(Dienst.json(open).get("detail").asString()).contains("vier-ogenprincipe").contains(dossier)
                .doesNotContain("reviewer");
        // saving directly is refused as well, with a valid token
        Formulier f = formulier(dienst.get("/review/audits/" + id, REVIEWER, "text/html"));
        assertThat(postFormulier(pad, REVIEWER, f, "antwoord.1a.3-L1=ja").statusCode()).isEqualTo(403);
        // and the reviewer's sheet leaves those dossiers out
        String csv = dienst.get("/review/audits/" + id + "/blad?formaat=csv", REVIEWER, "*/*").body();
        assertThat(csv).startsWith("\uFEFFdossier;norm;vraag-id;vraag;antwoord;toelichting");
        assertThat(csv.lines().skip(1)).noneMatch(l -> eigen.contains(l.split(";")[0]));
        // KWALITEIT (no worker code) may open it
        assertThat(dienst.get(pad, Dienst.KWALITEIT, "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void teammanagerZietAlleenEigenTeamEnKrijgt403OpAnderTeam() throws Exception {
        String id = auditMetSteekproef(500);
        List<String[]> rijen = rijen(dienst.get("/review/audits/" + id, Dienst.TEAMMANAGER, "text/html").body());
        assertThat(rijen).isNotEmpty().allSatisfy(r -> assertThat(r[2]).isEqualTo("D1"));
        List<String[]> alle = rijen(dienst.get("/review/audits/" + id, Dienst.KWALITEIT, "text/html").body());
        String[] ander = alle.stream().filter(r -> !"D1".equals(r[2])).findFirst().orElseThrow();
        String[] eigen = rijen.get(0);
        HttpResponse<String> r = dienst.get("/review/audits/" + id + "/dossiers/" + ander[0], Dienst.TEAMMANAGER,
                "text/html");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Dienst.json(r).get("title").asString()).isEqualTo("Geen toegang");
        // its own team's review opens read-only, and it cannot save
        HttpResponse<String> open = dienst.get("/review/audits/" + id + "/dossiers/" + eigen[0], Dienst.TEAMMANAGER,
                "text/html");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).doesNotContain("id=\"opslaan\"");
        Formulier f = formulier(open);
        assertThat(postFormulier("/review/audits/" + id + "/dossiers/" + eigen[0], Dienst.TEAMMANAGER, f,
                "antwoord.1a.3-L1=ja").statusCode()).isEqualTo(403);
        assertThat(dienst.get("/review/audits/" + id + "/blad", Dienst.TEAMMANAGER, "*/*").statusCode())
                .isEqualTo(403);
    }

    @Test
    void opslaanViaFormulierEnBladHeenEnTerug() throws Exception {
        String id = auditMetSteekproef(20);
        List<String[]> rijen = rijen(dienst.get("/review/audits/" + id, REVIEWER, "text/html").body());
        assertThat(rijen).hasSize(20);
        String[] vrij = rijen.stream().filter(r -> r[1] != null).findFirst().orElseThrow();
        String pad = vrij[1].replace("&amp;", "&");
        HttpResponse<String> pagina = dienst.get(pad, REVIEWER, "text/html");
        assertThat(pagina.body()).contains("id=\"gegevens\"").contains("name=\"antwoord.1a.3-L1\"");
        Formulier f = formulier(pagina);
        HttpResponse<String> r = postFormulier(pad, REVIEWER, f,
                "antwoord.1a.3-L1=nee&toelichting.1a.3-L1=" + enc("pas na drie weken") + "&antwoord.3.4-L1=ja");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String na = dienst.get(pad + "?opgeslagen=1", REVIEWER, "text/html").body();
        assertThat(na).contains("De antwoorden zijn opgeslagen").contains("Gelezen door <strong>reviewer</strong>")
                .contains("pas na drie weken");
        assertThat(dienst.get("/review/audits/" + id, REVIEWER, "text/html").body()).contains("gelezen door reviewer");

        // the sheet carries the saved answers; filled in offline and handed back it replaces them
        HttpResponse<String> csv = dienst.get("/review/audits/" + id + "/blad?formaat=csv", REVIEWER, "*/*");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> regels = new ArrayList<>(csv.body().lines().toList());
        assertThat(regels).anyMatch(l -> l.startsWith(vrij[0] + ";1a.3;1a.3-L1;") && l.contains(";nee;pas na drie weken"));
        for (int i = 1; i < regels.size(); i++) {
            if (regels.get(i).startsWith(vrij[0] + ";1b.1;1b.1-L1;")) {
                regels.set(i, regels.get(i).replaceAll(";;$", ";deels;plan niet met de jeugdige besproken"));
            }
        }
        HttpResponse<String> terug = upload(id, REVIEWER, String.join("\r\n", regels), "lezing.csv");
        assertThat(terug.statusCode()).as(terug.body()).isEqualTo(200);
        assertThat(terug.body()).contains("Opgeslagen");
        assertThat(dienst.get(pad, REVIEWER, "text/html").body()).contains("plan niet met de jeugdige besproken")
                .contains("pas na drie weken");

        // a sheet with an error stores nothing and names sheet, row and column, never the value
        regels.set(2, regels.get(2).replaceAll(";[^;]*;[^;]*$", ";GEHEIM;"));
        HttpResponse<String> fout = upload(id, REVIEWER, String.join("\r\n", regels), "lezing.csv");
        assertThat(fout.statusCode()).isEqualTo(422);
        assertThat(fout.body()).contains("blad &#39;lezing.csv&#39; rij 3 kolom &#39;antwoord&#39;")
                .doesNotContain("GEHEIM");
    }

    private HttpResponse<String> upload(String id, String gebruiker, String inhoud, String naam) {
        Formulier f = formulier(dienst.get("/review/audits/" + id, gebruiker, "text/html"));
        String grens = "----normtoets" + System.nanoTime();
        String body = "--" + grens + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + f.token() + "\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"" + naam + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + inhoud + "\r\n--" + grens + "--\r\n";
        return dienst.tekst(dienst.verzoek("/review/audits/" + id + "/blad", gebruiker)
                .header("Content-Type", "multipart/form-data; boundary=" + grens).header("Cookie", f.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }
}
