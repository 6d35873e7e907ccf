package nl.normtoets.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.audit.Audit;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.AuditsetSchrijver;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.IndicatorRij;

/**
 * Generates each profile at JBN's size, reads it back through the real reader and audits it with the real rules:
 * the audit, which is never told the targets, must find the profile's headline figures.
 *
 * <p>Tolerance: at about 900 applicable dossiers the sampling spread of a share is about 1.6 points, so 5 points
 * (3 standard deviations) separates calibration drift from chance; for the vaste-worker share 4 points.
 */
class KalibratieTest {

    static final int JBN_OMVANG = 975;
    static final double TOLERANTIE_PROCENTPUNT = 5.0;
    static final double TOLERANTIE_ZONDER_VASTE = 0.04;

    @ParameterizedTest
    @EnumSource(Profiel.class)
    void auditVindtDeKengetallenVanHetProfiel(Profiel profiel) {
        LocalDate peildatum = profiel == Profiel.JBN_2025 ? LocalDate.of(2025, 3, 10) : LocalDate.of(2026, 2, 2);
        List<Dossier> gegenereerd = new DossierGenerator(profiel, 975L, peildatum).dossiers(JBN_OMVANG).toList();

        Auditset set = leesTerug(gegenereerd, peildatum);
        assertThat(set.afgewezen()).as("afgewezen bij inlezen").isEmpty();
        assertThat(set.dossiers()).as("JSON-rondreis verliest niets").isEqualTo(gegenereerd);

        Auditrapport rapport = new Audit(new AuditEngine()).voerUit(set, CatalogusLezer.standaard());
        assertThat(rapport.afgewezen()).as("afgewezen door de regels").isEmpty();
        assertThat(rapport.aantallen().dossiersGetoetst()).isEqualTo(JBN_OMVANG);

        assertThat(percentage(rapport, "1a.3-A")).as("eerste contact op tijd (%)")
                .isCloseTo(profiel.contactOpTijd() * 100, within(TOLERANTIE_PROCENTPUNT));
        assertThat(percentage(rapport, "1b.3-A")).as("eerste plan op tijd (%)")
                .isCloseTo(profiel.planOpTijd() * 100, within(TOLERANTIE_PROCENTPUNT));
        assertThat(aandeelZonderVaste(set)).as("lopende dossiers zonder vaste jeugdbeschermer")
                .isCloseTo(profiel.zonderVaste(), within(TOLERANTIE_ZONDER_VASTE));
        if (profiel == Profiel.JBN_2025) {
            // issue 12: 3.4-B counts only a vaste, named worker, so it lands at the seeds' share with one: 249 of
            // 975 without (seed 002, 10-3-2025) is 74.5% with; same 4-point tolerance as the vaste-worker share
            assertThat(percentage(rapport, "3.4-B")).as("3.4-B vaste jeugdbeschermer (%)")
                    .isCloseTo(100.0 * (975 - 249) / 975, within(TOLERANTIE_ZONDER_VASTE * 100));
        }
        // the new fields are written (old-contract figures above are unchanged: they come from a stream of their own)
        assertThat(set.dossiers().stream().filter(d -> d.gezin() != null)).hasSize(JBN_OMVANG);
        assertThat(set.dossiers().stream().flatMap(d -> d.taxaties().stream()).filter(t -> t.samenMetGezin() != null))
                .isNotEmpty();
    }

    static Auditset leesTerug(List<Dossier> dossiers, LocalDate peildatum) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        AuditsetSchrijver.schrijf(json, peildatum, "JBN", dossiers.iterator());
        return new AuditsetLezer().lees(new ByteArrayInputStream(json.toByteArray()), "gegenereerd", null);
    }

    private static double percentage(Auditrapport r, String indicator) {
        IndicatorRij regel = r.normen().stream().flatMap(n -> n.indicatoren().stream())
                .filter(i -> i.id().equals(indicator)).findFirst().orElseThrow();
        assertThat(regel.toepasbaar()).as("toepasbaar voor " + indicator).isGreaterThan(JBN_OMVANG * 8 / 10);
        return regel.percentage();
    }

    /** Measured from the assignments as read, the way the monitor counts: running dossiers on the peildatum. */
    static double aandeelZonderVaste(Auditset set) {
        List<Dossier> lopend = set.dossiers().stream().filter(d -> !d.afgeslotenOp(set.peildatum())).toList();
        long zonder = lopend.stream().filter(d -> d.actieveToewijzing(set.peildatum())
                .map(t -> !t.isVast()).orElse(true)).count();
        return (double) zonder / lopend.size();
    }
}
