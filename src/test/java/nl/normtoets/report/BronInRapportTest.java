package nl.normtoets.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.normtoets.audit.Audit;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.rules.Regelmappen;
import tools.jackson.databind.JsonNode;

/**
 * The report JSON shows per indicator its term and where each term and threshold comes from, and lists the
 * indicators the catalog switched off instead of scoring them (issue 12).
 */
class BronInRapportTest {

    @Test
    void rapportToontBronPerTermijnEnDeNietGebruikteIndicatoren() throws Exception {
        Auditset set = new AuditsetLezer().lees(Regelmappen.gevallen("1a.3-A"), null);
        Auditrapport rapport = new Audit(new AuditEngine()).voerUit(set, CatalogusLezer.standaard());
        JsonNode json = AuditsetLezer.MAPPER.readTree(RapportSchrijver.alsTekst(rapport));

        JsonNode norm13 = null;
        for (JsonNode n : json.get("normen")) {
            if (n.get("id").asString().equals("1a.3")) {
                norm13 = n;
            }
        }
        assertThat(norm13).isNotNull();
        JsonNode a = norm13.get("indicatoren").get(0);
        assertThat(a.get("id").asString()).isEqualTo("1a.3-A");
        assertThat(a.get("termijn").asString()).isEqualTo("5 dagen");
        assertThat(a.get("bron").get("termijn").get("soort").asString()).isEqualTo("wet");
        assertThat(a.get("bron").get("termijn").get("toelichting").asString()).contains("Besluit Jeugdwet");
        // the inactive Handelingsperspectief is no row of the norm and is listed as not used
        assertThat(norm13.get("indicatoren").valueStream().map(i -> i.get("id").asString())).doesNotContain("1a.3-C");
        assertThat(json.get("nietGebruikt").get(0).get("id").asString()).isEqualTo("1a.3-C");
        assertThat(rapport.bevindingen()).noneMatch(b -> b.indicator().equals("1a.3-C"));

        JsonNode b11 = null;
        for (JsonNode n : json.get("normen")) {
            if (n.get("id").asString().equals("1a.1")) {
                b11 = n.get("indicatoren").get(1);
            }
        }
        assertThat(b11.get("bron").get("aantal").get("soort").asString()).isEqualTo("eigen keuze");
    }
}
