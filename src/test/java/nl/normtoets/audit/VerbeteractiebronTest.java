package nl.normtoets.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.Verbeteractie;
import nl.normtoets.report.Auditrapport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Norm 5.2 falls back to a second source of improvement actions only when the audit set has none of its own. */
class VerbeteractiebronTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();

    /** The organisation fixture with a handful of its dossiers; with or without its own verbeteracties. */
    static Auditset set(boolean eigenActies) {
        JsonNode boom = AuditsetLezer.MAPPER.readTree(Path.of("fixtures/organisatie/jbn.json").toFile());
        ObjectNode o = (ObjectNode) boom;
        ArrayNode dossiers = (ArrayNode) o.get("dossiers");
        while (dossiers.size() > 15) {
            dossiers.remove(dossiers.size() - 1);
        }
        if (!eigenActies) {
            ((ObjectNode) o.get("organisatieFeiten")).remove("verbeteracties");
        }
        byte[] json = AuditsetLezer.MAPPER.writeValueAsBytes(o);
        return new AuditsetLezer().lees(new ByteArrayInputStream(json), "test", null);
    }

    /** peildatum of the fixture: 2025-09-01. One action in time and evaluated, one overdue, one without owner. */
    static final List<Verbeteractie> PLAN = List.of(
            new Verbeteractie("P-1", "kwaliteit", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 20),
                    LocalDate.of(2025, 7, 1)),
            new Verbeteractie("P-2", "manager bedrijfsvoering", LocalDate.of(2025, 7, 1), null, null),
            new Verbeteractie("P-3", null, LocalDate.of(2025, 12, 1), null, null));

    static Map<String, Uitkomst> uitkomsten(Auditrapport r, String indicator) {
        return r.bevindingen().stream().filter(b -> b.indicator().equals(indicator))
                .collect(Collectors.toMap(Bevinding::onderwerp, Bevinding::uitkomst));
    }

    @Test
    void zonderEigenActiesTeltHetBewaardeVerbeterplan() {
        List<String> gevraagd = new ArrayList<>();
        Audit audit = new Audit(new AuditEngine()).metVerbeteractiebron((org, dag) -> {
            gevraagd.add(org + "@" + dag);
            return PLAN;
        });
        Auditrapport r = audit.voerUit(set(false), CATALOGUS);

        assertThat(gevraagd).containsExactly("JBN-synthetisch@2025-09-01");
        assertThat(r.verbeteractiesBron()).isEqualTo("verbeterplan");
        assertThat(uitkomsten(r, "5.2-A")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "P-1", Uitkomst.VOLDOET, "P-2", Uitkomst.VOLDOET, "P-3", Uitkomst.TEKORT));
        assertThat(uitkomsten(r, "5.2-C")).containsOnlyKeys("P-1").containsValue(Uitkomst.VOLDOET);
        var norm52 = r.normen().stream().filter(n -> n.id().equals("5.2")).findFirst().orElseThrow();
        assertThat(norm52.toepasbaar()).isPositive();
    }

    @Test
    void eigenActiesVanDeAuditsetGaanVoor() {
        Audit audit = new Audit(new AuditEngine()).metVerbeteractiebron((org, dag) -> PLAN);
        Auditrapport r = audit.voerUit(set(true), CATALOGUS);

        assertThat(r.verbeteractiesBron()).isEqualTo("organisatieFeiten");
        assertThat(uitkomsten(r, "5.2-A").keySet()).noneMatch(id -> id.startsWith("P-")).contains("VA-01");
    }

    @Test
    void zonderTweedeBronBlijftHetZoalsHetWas() {
        Auditrapport zonder = new Audit(new AuditEngine()).voerUit(set(false), CATALOGUS);
        assertThat(zonder.verbeteractiesBron()).isNull();
        assertThat(uitkomsten(zonder, "5.2-A")).containsExactlyEntriesOf(
                Map.of("organisatie", Uitkomst.NIET_VAN_TOEPASSING));
    }
}
