package nl.normtoets.ingest.tabel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nl.normtoets.rules.Regelmappen;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.normtoets.audit.Audit;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.AuditsetSchrijver;
import nl.normtoets.ingest.OrganisatieFeitenLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.organisatie.OrganisatieFeiten;
import nl.normtoets.report.RapportSchrijver;

/**
 * Audit set -> exported tables -> import -> the same dossiers and the same audit report, for the example set and
 * every indicator scenario set (which between them hold the edge cases: nulls, missing lists, open periods), and
 * the generated JBN set with its organisation facts (theme 5 and the organisation tables).
 */
class RondreisTest {

    static Stream<Path> auditsets() throws IOException {
        List<Path> sets = new java.util.ArrayList<>(List.of(Path.of("fixtures/voorbeeld.json"),
                Path.of("fixtures/organisatie/jbn.json")));
        sets.addAll(Regelmappen.dossiergevallen()); // the scenario cases beside each dossier rule
        return sets.stream();
    }

    @ParameterizedTest
    @MethodSource("auditsets")
    void exporterenEnImporterenGeeftHetzelfdeRapport(Path bestand, @TempDir Path tmp) throws IOException {
        Auditset origineel = new AuditsetLezer().lees(bestand, null);
        // Only accepted dossiers can be exported; the reader's rejections are not part of the round trip.
        OrganisatieFeiten feiten = origineel.organisatieFeiten();
        Auditset getoetst = new Auditset(origineel.bron(), origineel.peildatum(), origineel.organisatie(),
                origineel.dossiers(), List.of(), feiten, List.of());

        TabelExporteur.schrijf(getoetst.dossiers(), feiten, tmp);
        Importresultaat r = new Importeur(Mapping.LEEG).importeer(tmp, origineel.peildatum(),
                origineel.organisatie());

        assertThat(r.verslag().fouten()).isEmpty();
        assertThat(r.afgewezen()).isEmpty();
        assertThat(r.dossiers()).isEqualTo(getoetst.dossiers());
        assertThat(OrganisatieFeitenLezer.lees(r.organisatieFeiten()).feiten()).usingRecursiveComparison()
                .isEqualTo(feiten);

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        AuditsetSchrijver.schrijf(json, r.peildatum(), r.organisatie(), r.dossiers().iterator(), r::organisatieFeiten,
                true);
        Auditset terug = new AuditsetLezer().lees(new ByteArrayInputStream(json.toByteArray()), "terug", null);
        var audit = new Audit(new AuditEngine());
        assertThat(RapportSchrijver.alsTekst(audit.voerUit(terug, CatalogusLezer.standaard())))
                .isEqualTo(RapportSchrijver.alsTekst(audit.voerUit(getoetst, CatalogusLezer.standaard())));
    }
}
