package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The morning-list page in Debian's headless Chromium, on fixtures/demo.json audited through the service: a
 * TEAMMANAGER (team D1) sees only D1's signals, filters by worker and downloads the CSV of what is shown; a
 * JEUGDBESCHERMER (M-008) sees only its own dossiers; the server refuses other rows. Then one dossier is updated
 * through PUT and only its signals change. Leaves target/ochtendlijst.png for a human look.
 */
@SpringBootTest(classes = NormtoetsWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"normtoets.max-omvang=4MB", "server.tomcat.max-swallow-size=16MB"})
class OchtendlijstBrowserTest {

    static final String JEUGDBESCHERMER = "jeugdbeschermer:jeugdbeschermer-demo";
    static final Pattern RIJ = Pattern.compile("<tr class=\"prio-\\d\" data-dossier=\"([^\"]+)\">\\s*<td>\\d</td>\\s*"
            + "<td>[^<]+</td>\\s*<td>([^<]+)</td>\\s*<td>([^<]+)</td>");

    @LocalServerPort
    int poort;

    @TempDir
    Path profiel;

    Dienst dienst;

    @BeforeEach
    void dienst() {
        dienst = new Dienst(poort);
    }

    @Test
    void teammanagerEnJeugdbeschermerZienAlleenHunDossiers() throws Exception {
        byte[] set = Files.readAllBytes(Path.of("fixtures/demo.json"));
        dienst.auditeer(set);

        String dom = chromium("--dump-dom", url(Dienst.TEAMMANAGER, "/ochtendlijst"));
        assertThat(dom).contains("<table id=\"signalen\"").contains("id=\"tellers\"");
        List<String[]> rijen = rijen(dom);
        assertThat(rijen).isNotEmpty().allSatisfy(r -> assertThat(r[1]).isEqualTo("D1"));
        assertThat(dom).doesNotContain(">D2<");
        // counts per priority add up to the rows shown
        assertThat(tellerSom(dom)).isEqualTo(rijen.size());

        // filter by worker (the GET form, no JavaScript needed)
        String dom2 = chromium("--dump-dom", url(Dienst.TEAMMANAGER, "/ochtendlijst?team=D1&medewerker=M-008"));
        List<String[]> vanM008 = rijen(dom2);
        assertThat(vanM008).isNotEmpty().hasSizeLessThan(rijen.size())
                .allSatisfy(r -> assertThat(r[2]).isEqualTo("M-008"));

        // the CSV link on the page holds exactly the rows shown
        Matcher csv = Pattern.compile("id=\"csv\" href=\"([^\"]+)\"").matcher(dom2);
        assertThat(csv.find()).isTrue();
        HttpResponse<String> download = dienst.get(csv.group(1).replace("&amp;", "&"), Dienst.TEAMMANAGER, "*/*");
        assertThat(download.statusCode()).isEqualTo(200);
        List<String> regels = download.body().lines().toList();
        assertThat(regels.get(0)).contains("status").contains("teLaatGedaan");
        assertThat(regels).hasSize(vanM008.size() + 1);
        assertThat(regels.subList(1, regels.size())).allSatisfy(r -> assertThat(r).contains(";D1;M-008;"));
        HttpResponse<byte[]> xlsx = dienst.bytes(dienst.verzoek("/ochtendlijst?team=D1&medewerker=M-008&formaat=xlsx",
                Dienst.TEAMMANAGER).GET().build());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        Path png = Path.of("target", "ochtendlijst.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, url(Dienst.TEAMMANAGER, "/ochtendlijst"));
        assertThat(png).exists();

        // the server refuses rows outside the user's rights
        assertThat(dienst.get("/ochtendlijst?team=D2", Dienst.TEAMMANAGER, "text/html").statusCode()).isEqualTo(403);
        assertThat(dienst.get("/ochtendlijst?team=D2&formaat=csv", Dienst.TEAMMANAGER, "*/*").statusCode()).isEqualTo(403);

        String eigen = chromium("--dump-dom", url(JEUGDBESCHERMER, "/ochtendlijst"));
        List<String[]> eigenRijen = rijen(eigen);
        assertThat(eigenRijen).isNotEmpty().allSatisfy(r -> assertThat(r[2]).isEqualTo("M-008"));
        assertThat(dienst.get("/ochtendlijst?medewerker=M-001", JEUGDBESCHERMER, "text/html").statusCode()).isEqualTo(403);
        assertThat(dienst.get("/api/audits", JEUGDBESCHERMER, "application/json").statusCode()).isEqualTo(403);
    }

    @Test
    void bijwerkenViaDeApiVeranderdAlleenDatDossier() throws Exception {
        byte[] set = Files.readAllBytes(Path.of("fixtures/demo.json"));
        dienst.auditeer(set);
        JsonNode demo = Dienst.JSON.readTree(set);
        String voor = dienst.get("/ochtendlijst?formaat=csv", Dienst.KWALITEIT, "*/*").body();

        // a D1 dossier with a first-contact signal gets its contacts registered
        ObjectNode doel = null;
        for (JsonNode d : demo.get("dossiers")) {
            String id = d.get("id").asString();
            if ("D1".equals(d.path("team").asString()) && voor.contains(id + ";D1;") && regelsVan(voor, id).size() > 1) {
                doel = (ObjectNode) d;
                break;
            }
        }
        assertThat(doel).as("een D1-dossier met signalen").isNotNull();
        String id = doel.get("id").asString();
        ArrayNode contacten = doel.putArray("contacten");
        String peildatum = demo.get("peildatum").asString();
        ObjectNode c = contacten.addObject();
        c.put("datum", doel.get("startdatum").asString());
        c.put("vorm", "FYSIEK");
        c.putArray("met").add("JEUGDIGE").add("OUDERS");
        c.put("alleenJeugdige", false);
        c.put("door", "GI");
        ObjectNode c2 = contacten.addObject();
        c2.put("datum", peildatum);
        c2.put("vorm", "FYSIEK");
        c2.putArray("met").add("JEUGDIGE");
        c2.put("alleenJeugdige", true);
        c2.put("door", "GI");
        byte[] body = Dienst.JSON.writeValueAsBytes(doel);

        // the server refuses a dossier outside the user's rights (D1 is not the jeugdbeschermer's)
        assertThat(put(id, body, JEUGDBESCHERMER).statusCode()).isEqualTo(403);
        assertThat(put("ANDER-ID", body, Dienst.KWALITEIT).statusCode()).isEqualTo(422);

        HttpResponse<String> r = put(id, body, Dienst.TEAMMANAGER);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String na = dienst.get("/ochtendlijst?formaat=csv", Dienst.KWALITEIT, "*/*").body();

        assertThat(regelsVan(na, id)).isNotEqualTo(regelsVan(voor, id));
        assertThat(regelsVan(na, id)).noneMatch(l -> l.contains("eerste face-to-face contact")
                || l.contains("geen (een-op-een) contact met de jeugdige"));
        // every other dossier's rows are unchanged
        Set<String> anderenVoor = new HashSet<>(voor.lines().filter(l -> !l.startsWith(id + ";")).toList());
        Set<String> anderenNa = new HashSet<>(na.lines().filter(l -> !l.startsWith(id + ";")).toList());
        assertThat(anderenNa).isEqualTo(anderenVoor);
        // the page shows the new state
        String pagina = dienst.get("/ochtendlijst?team=D1", Dienst.TEAMMANAGER, "text/html").body();
        assertThat(rijen(pagina).stream().filter(x -> x[0].equals(id)).count()).isEqualTo(regelsVan(na, id).size());
    }

    private HttpResponse<String> put(String id, byte[] body, String gebruiker) {
        return dienst.tekst(dienst.verzoek("/api/monitor/dossiers/" + id, gebruiker)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static List<String> regelsVan(String csv, String id) {
        return csv.lines().filter(l -> l.startsWith(id + ";")).toList();
    }

    private static List<String[]> rijen(String dom) {
        List<String[]> uit = new ArrayList<>();
        Matcher m = RIJ.matcher(dom);
        while (m.find()) {
            uit.add(new String[]{m.group(1), m.group(2), m.group(3)});
        }
        return uit;
    }

    private static int tellerSom(String dom) {
        Matcher m = Pattern.compile("data-prioriteit=\"\\d\">prio \\d: (\\d+)<").matcher(dom);
        int som = 0;
        while (m.find()) {
            som += Integer.parseInt(m.group(1));
        }
        return som;
    }

    /** Chromium cannot answer a Basic-auth prompt, but takes the credentials from the address of the top page. */
    private String url(String gebruiker, String pad) {
        return "http://" + gebruiker + "@127.0.0.1:" + poort + pad;
    }

    private String chromium(String actie, String url) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--window-size=1280,1600",
                "--user-data-dir=" + profiel.resolve("chromium"), actie, url));
        Path uit = profiel.resolve("stdout.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(uit.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium reageert niet binnen 120 s");
        }
        assertThat(p.exitValue()).as("exitcode van chromium").isZero();
        return Files.readString(uit, StandardCharsets.UTF_8);
    }
}
