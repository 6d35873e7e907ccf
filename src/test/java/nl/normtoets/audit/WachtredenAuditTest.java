package nl.normtoets.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.IndicatorRij;

/** hulp[].wachtreden from the audit set to the split of 2.2's shortfalls inside / outside the GI's influence. */
class WachtredenAuditTest {

    static final String SET = """
            {"peildatum": "2025-03-10", "organisatie": "T", "dossiers": [
              {"id": "D-1", "maatregel": "OTS", "startdatum": "2024-06-03", "hulpNodig": true,
               "hulp": [{"id": "H1", "aangevraagd": "2024-06-20", "wachtreden": "WACHTLIJST_AANBIEDER"}]},
              {"id": "D-2", "maatregel": "OTS", "startdatum": "2024-06-03", "hulpNodig": true,
               "hulp": [{"id": "H1", "aangevraagd": "2024-08-30", "wachtreden": "GI_TE_LAAT"}]},
              {"id": "D-3", "maatregel": "OTS", "startdatum": "2024-06-03", "hulpNodig": true,
               "hulp": [{"id": "H1", "aangevraagd": "2024-06-10"}]},
              {"id": "D-4", "maatregel": "OTS", "startdatum": "2024-06-03", "hulpNodig": true,
               "hulp": [{"id": "H1", "aangevraagd": "2024-06-10", "gestart": "2024-07-01"}]}
            ]}""";

    @Test
    void tekortVan22WordtGesplitstNaarInvloed() {
        Auditset set = new AuditsetLezer().lees(new ByteArrayInputStream(SET.getBytes(StandardCharsets.UTF_8)),
                "wachtreden.json", null);
        assertThat(set.afgewezen()).isEmpty();
        assertThat(set.dossiers().get(0).hulp().get(0).wachtreden()).hasToString("WACHTLIJST_AANBIEDER");
        Auditrapport r = new Audit(new AuditEngine()).voerUit(set, CatalogusLezer.standaard());
        IndicatorRij a = MeetperiodeAuditTest.indicator(r, "2.2", "2.2-A");

        assertThat(a.tekort()).isEqualTo(3);
        assertThat(a.invloed().binnen()).isEqualTo(1);
        assertThat(a.invloed().buiten()).isEqualTo(1);
        assertThat(a.invloed().onbekend()).isEqualTo(1);
        assertThat(a.invloed().perReden()).containsEntry("WACHTLIJST_AANBIEDER", 1).containsEntry("GI_TE_LAAT", 1);
        assertThat(a.invloed().buitenTelt()).isTrue();
        // by default an outside reason still counts: 1 of 4
        assertThat(a.toepasbaar()).isEqualTo(4);
    }
}
