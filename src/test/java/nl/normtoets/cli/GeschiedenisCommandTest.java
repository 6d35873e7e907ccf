package nl.normtoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Databank;
import nl.normtoets.geschiedenis.Vergelijking;
import nl.normtoets.geschiedenis.Vergelijking.Verschuiving;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import tools.jackson.databind.JsonNode;

/**
 * audit --per and --bewaar, geschiedenis, vergelijk, trend and opruimen on fixtures/geschiedenis/verloop.json, whose
 * moving dossiers are known (see its README).
 */
class GeschiedenisCommandTest {

    static final String SET = "fixtures/geschiedenis/verloop.json";
    static final Pattern BEWAARD = Pattern.compile("Audit bewaard als ([0-9a-f-]{36})");

    @TempDir
    Path tmp;

    private final PrintStream origOut = System.out;
    private final PrintStream origErr = System.err;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void vang() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void herstel() {
        System.setOut(origOut);
        System.setErr(origErr);
    }

    private String run(String... args) {
        out.reset();
        int code = Main.run(args);
        String tekst = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(tekst).isZero();
        return tekst;
    }

    private String auditPer(String dag, Path rapport) {
        Matcher m = BEWAARD.matcher(run("audit", SET, "--per", dag, "--bewaar", "--data", tmp.toString(), "--uitvoer",
                rapport.toString()));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void tweePerAuditsVanEenExportTonenDeBekendeVerschuivingen() throws Exception {
        String maart = auditPer("2025-03-01", tmp.resolve("maart.json"));
        String juni = auditPer("2025-06-01", tmp.resolve("juni.json"));

        JsonNode r = AuditsetLezer.MAPPER.readTree(Files.readString(tmp.resolve("maart.json")));
        assertThat(r.get("peildatum").asString()).isEqualTo("2025-03-01");
        assertThat(r.at("/aantallen/weggelatenFeiten").asInt()).isEqualTo(2); // D-1 and D-3 contacts in May
        assertThat(r.at("/aantallen/weggelatenDossiers").asInt()).isEqualTo(1); // D-4 starts in April
        assertThat(r.at("/aantallen/dossiersGetoetst").asInt()).isEqualTo(3);
        assertThat(r.get("afgewezen")).isEmpty();

        String lijst = run("geschiedenis", "--data", tmp.toString());
        assertThat(lijst).contains(maart, juni, "01-03-2025", "01-06-2025", "Verloop-GI");

        try (var ds = Databank.uit(tmp, null).open()) {
            Auditarchief a = new Auditarchief(ds);
            Vergelijking v = Vergelijking.maak(a.samenvatting(maart).orElseThrow(), a.samenvatting(juni).orElseThrow(),
                    a.uitkomsten(maart), a.uitkomsten(juni), CatalogusLezer.standaard());
            List<Verschuiving> op34 = v.verschuivingen().stream().filter(s -> s.indicator().equals("3.4-A")).toList();
            assertThat(op34).containsExactly(new Verschuiving("3.4-A", "A", List.of("D-1"), List.of()),
                    new Verschuiving("3.4-A", "B", List.of(), List.of("D-2")));
            var i34 = v.indicatoren().stream().filter(i -> i.id().equals("3.4-A")).findFirst().orElseThrow();
            // March: D-2, D-3 of D-1..D-3 (2/3); June: D-1, D-3, D-4 of four (3/4)
            assertThat(i34.aandeelVoor()).isEqualTo(66.7);
            assertThat(i34.aandeelNa()).isEqualTo(75.0);
            assertThat(i34.verandering()).isEqualTo(8.3);
        }

        String vergelijk = run("vergelijk", maart, juni, "--data", tmp.toString());
        assertThat(vergelijk).contains("66,7%", "75,0%", "+8,3 pp")
                .containsPattern("3\\.4-A +team A +TEKORT->VOLDOET 1 \\(D-1\\); VOLDOET->TEKORT 0")
                .containsPattern("3\\.4-A +team B +TEKORT->VOLDOET 0; VOLDOET->TEKORT 1 \\(D-2\\)");

        String trend = run("trend", "--organisatie", "Verloop-GI", "--norm", "3.4", "--data", tmp.toString());
        assertThat(trend).contains("01-03-2025", "01-06-2025").containsPattern("3\\.4-A +66,7% \\(2/3\\) +75,0% \\(3/4\\)");

        // verbeterplan: 3.4-A went 66,7% -> 75,0% in 92 days; the same line reaches 83,3% on 01-09-2025
        String data = tmp.toString();
        run("verbeterplan", "toevoegen", "--organisatie", "Verloop-GI", "--onderwerp", "3.4-A", "--eigenaar",
                "manager zorg", "--doel", "80", "--deadline", "2025-09-01", "--data", data);
        run("verbeterplan", "toevoegen", "--organisatie", "Verloop-GI", "--onderwerp", "3.4-A", "--eigenaar",
                "manager zorg", "--doel", "95", "--deadline", "2025-09-02", "--data", data);
        run("verbeterplan", "toevoegen", "--organisatie", "Verloop-GI", "--onderwerp", "3.4-A", "--eigenaar",
                "manager zorg", "--doel", "70", "--deadline", "2025-09-03", "--data", data);
        String plan = run("verbeterplan", "--organisatie", "Verloop-GI", "--data", data);
        assertThat(plan).containsPattern("80,0% +01-09-2025 +open +75,0% +op koers")
                .containsPattern("95,0% +02-09-2025 +open +75,0% +achter")
                .containsPattern("70,0% +03-09-2025 +open +75,0% +gehaald");

        String opruimen = run("opruimen", "--bewaartermijn", "1", "--data", tmp.toString());
        assertThat(opruimen).contains("van 2 audit(s)");
        assertThat(run("geschiedenis", "--data", tmp.toString())).contains("(dossierbevindingen opgeruimd)");
    }

    @Test
    void zonderPerGeenWeggelatenFeitenInHetRapport() throws Exception {
        Path rapport = tmp.resolve("r.json");
        run("audit", SET, "--uitvoer", rapport.toString());
        JsonNode r = AuditsetLezer.MAPPER.readTree(Files.readString(rapport));
        assertThat(r.get("aantallen").has("weggelatenFeiten")).isFalse();
        assertThat(r.at("/aantallen/dossiersGetoetst").asInt()).isEqualTo(4);
        assertThat(Files.exists(tmp.resolve("normtoets.mv.db"))).isFalse(); // nothing stored without --bewaar
    }
}
