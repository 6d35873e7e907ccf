package nl.normtoets.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.RapportSchrijver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 18: each finding carries its dossier's team, regio, gemeente and maatregel; the audit reports progress. */
class BevindingkenmerkenTest {

    private static final Auditset SET = new AuditsetLezer().lees(Path.of("fixtures/organisatie/jbn.json"), null);

    @Test
    void dossierbevindingenDragenDeKenmerkenVanHunDossierOrganisatiebevindingenNiet() {
        Auditrapport r = new Audit(new AuditEngine()).voerUit(SET, CatalogusLezer.standaard());
        Map<String, Dossier> perId = SET.dossiers().stream().collect(Collectors.toMap(Dossier::id, Function.identity()));

        assertThat(r.bevindingen()).filteredOn(b -> b.dossier() != null).isNotEmpty().allSatisfy(b -> {
            Dossier d = perId.get(b.dossier());
            assertThat(b.team()).isEqualTo(d.team());
            assertThat(b.regio()).isEqualTo(d.regio());
            assertThat(b.gemeente()).isEqualTo(d.gemeente());
            assertThat(b.maatregel()).isEqualTo(d.maatregel());
        });
        assertThat(r.bevindingen()).filteredOn(b -> b.dossier() == null).isNotEmpty()
                .allSatisfy(b -> assertThat(b.maatregel()).isNull());

        // in the JSON: added beside the v1 fields; organisation findings leave them out
        JsonNode json = JsonMapper.builder().build().readTree(RapportSchrijver.alsTekst(r));
        JsonNode eerste = null;
        JsonNode organisatie = null;
        for (JsonNode b : json.get("bevindingen")) {
            if (b.has("dossier") && eerste == null) {
                eerste = b;
            } else if (!b.has("dossier") && organisatie == null) {
                organisatie = b;
            }
        }
        Dossier d = perId.get(eerste.get("dossier").asString());
        assertThat(eerste.get("team").asString()).isEqualTo(d.team());
        assertThat(eerste.get("regio").asString()).isEqualTo(d.regio());
        assertThat(eerste.get("gemeente").asString()).isEqualTo(d.gemeente());
        assertThat(eerste.get("maatregel").asString()).isEqualTo(d.maatregel().name());
        assertThat(eerste.has("norm") && eerste.has("uitkomst") && eerste.has("bewijs")).isTrue();
        assertThat(organisatie.has("team") || organisatie.has("maatregel")).isFalse();
    }

    @Test
    void deAuditMeldtGelezenEnBeoordeeldeDossiers() {
        List<String> meldingen = new ArrayList<>();
        Voortgang v = new Voortgang() {
            @Override
            public void gelezen(long n) {
                meldingen.add("gelezen " + n);
            }

            @Override
            public void beoordeeld(long n) {
                meldingen.add("beoordeeld " + n);
            }

            @Override
            public void verwacht(long n) {
                meldingen.add("verwacht " + n);
            }
        };
        new Audit(new AuditEngine()).metVoortgang(v).voerUit(SET, CatalogusLezer.standaard());
        int n = SET.dossiers().size();
        assertThat(n).isPositive();
        assertThat(meldingen).containsExactly("verwacht " + SET.aantalIngelezen(), "gelezen " + SET.aantalIngelezen(),
                "beoordeeld " + n);
    }
}
