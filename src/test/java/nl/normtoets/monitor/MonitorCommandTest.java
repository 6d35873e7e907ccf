package nl.normtoets.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.cli.Main;
import tools.jackson.databind.JsonNode;
import nl.normtoets.ingest.AuditsetLezer;

/** The CLI end to end: team filter, formats, --out. */
class MonitorCommandTest {

    @TempDir
    Path tmp;

    @Test
    void csvVoorEenTeam() throws Exception {
        Path uit = tmp.resolve("monitor.csv");
        int code = Main.run("monitor", "fixtures/monitor/datakwaliteit/OVERLAPPENDE_TOEWIJZINGEN.json",
                "--team", "D1", "--format", "csv", "--out", uit.toString());
        assertThat(code).isZero();
        byte[] bytes = Files.readAllBytes(uit);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String tekst = new String(bytes, StandardCharsets.UTF_8);
        assertThat(tekst).contains("dossier;team;medewerker;signaal").contains("DQ-OT-1;D1;");

        // the team is matched case-insensitively, and the CSV has the status and teLaatGedaan columns
        Path klein = tmp.resolve("klein.csv");
        assertThat(Main.run("monitor", "fixtures/monitor/datakwaliteit/OVERLAPPENDE_TOEWIJZINGEN.json",
                "--team", "d1", "--formaat", "csv", "--met-afgehandeld", "--uitvoer", klein.toString())).isZero();
        String kleinTekst = Files.readString(klein, StandardCharsets.UTF_8);
        assertThat(kleinTekst).contains(";status;").contains("toelichting;teLaatGedaan").contains("DQ-OT-1;D1;");

        // an unknown team is an error (exit 2) naming the known teams, not an empty "all fine" list
        java.io.ByteArrayOutputStream fout = new java.io.ByteArrayOutputStream();
        java.io.PrintStream oud = System.err;
        System.setErr(new java.io.PrintStream(fout, true, StandardCharsets.UTF_8));
        int onbekend;
        try {
            onbekend = Main.run("monitor", "fixtures/monitor/datakwaliteit/OVERLAPPENDE_TOEWIJZINGEN.json",
                    "--team", "ANDER", "--format", "csv", "--out", tmp.resolve("leeg.csv").toString());
        } finally {
            System.setErr(oud);
        }
        assertThat(onbekend).isEqualTo(2);
        assertThat(fout.toString(StandardCharsets.UTF_8)).contains("onbekend team 'ANDER'").contains("bekende teams: D1");
        assertThat(tmp.resolve("leeg.csv")).doesNotExist();
    }

    @Test
    void eenRegistratieExportWordtEerstGeimporteerdMetHetVerslagOpStandaardfout() throws Exception {
        Path json = tmp.resolve("monitor-export.json");
        java.io.ByteArrayOutputStream fout = new java.io.ByteArrayOutputStream();
        java.io.PrintStream oud = System.err;
        System.setErr(new java.io.PrintStream(fout, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("monitor", "fixtures/import/export-jbn", "--mapping", "fixtures/import/mapping-voorbeeld.yaml",
                    "--peildatum", "2025-03-10", "--format", "json", "--out", json.toString());
        } finally {
            System.setErr(oud);
        }
        assertThat(code).isZero();
        String verslag = fout.toString(StandardCharsets.UTF_8);
        // the import's own report: the row of an unknown dossier, and its data-quality lines
        assertThat(verslag).contains("Contactmomenten.csv regel 45").contains("Datakwaliteit:")
                .contains("dossiers zonder toewijzing (1): D-0006");
        JsonNode n = AuditsetLezer.MAPPER.readTree(Files.readString(json));
        assertThat(n.get("peildatum").asString()).isEqualTo("2025-03-10");
        assertThat(n.get("signalen").size()).isPositive();
    }

    @Test
    void jsonEnTabelPerMedewerker() throws Exception {
        Path json = tmp.resolve("monitor.json");
        assertThat(Main.run("monitor", "fixtures/monitor/datakwaliteit/ONBEKEND_INSTRUMENT.json", "--peildatum",
                "2025-07-31", "--horizon", "3", "--format", "json", "--out", json.toString())).isZero();
        JsonNode n = AuditsetLezer.MAPPER.readTree(Files.readString(json));
        assertThat(n.get("peildatum").asString()).isEqualTo("2025-07-31");
        assertThat(n.get("horizon").asInt()).isEqualTo(3);
        assertThat(n.get("registratiefouten").get(0).get("soort").asString()).isEqualTo("ONBEKEND_INSTRUMENT");
        assertThat(n.get("signalen").size()).isPositive();

        Path tabel = tmp.resolve("monitor.txt");
        assertThat(Main.run("monitor", "fixtures/monitor/datakwaliteit/ONBEKEND_INSTRUMENT.json",
                "--groep", "medewerker", "--out", tabel.toString())).isZero();
        assertThat(Files.readString(tabel)).contains("== medewerker M-07").contains("== Datakwaliteit");
    }

    @Test
    void ochtendlijstPerTeamMetPrioriteitEerst() throws Exception {
        Path tabel = tmp.resolve("ochtend.txt");
        assertThat(Main.run("monitor", "fixtures/monitor/ochtendlijst.json", "--out", tabel.toString())).isZero();
        String tekst = Files.readString(tabel);
        assertThat(tekst).contains("== team D1", "== team G2", "== Datakwaliteit");
        int signaal = tekst.indexOf("signaal van onveiligheid niet opgevolgd");
        int contact = tekst.indexOf("eerste face-to-face contact");
        int binnenkort = tekst.indexOf("BINNENKORT");
        assertThat(signaal).isPositive().isLessThan(contact);
        assertThat(contact).isLessThan(binnenkort);
    }
}
