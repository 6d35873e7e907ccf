package nl.normtoets.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import nl.normtoets.engine.Bevindingen;
import nl.normtoets.engine.RegelBasis;
import nl.normtoets.engine.Toepassing;
import nl.normtoets.engine.Toetsing;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Niveau;

/** The monitor's deadline rules run only in a monitor session; an audit does not pay for them. */
class MonitorsessieTest {

    @Test
    void monitorregelsWerkenAlleenInEenMonitorsessie() {
        Auditset set = new AuditsetLezer().lees(Path.of("fixtures/demo.json"), null);
        KieSession sessie = RegelBasis.gedeeld().newKieSession();
        Bevindingen.Lijst genoteerd = new Bevindingen.Lijst();
        try {
            sessie.setGlobal(Bevindingen.GLOBAL, genoteerd);
            sessie.insert(new Toetsing(set.peildatum()));
            CatalogusLezer.standaard().indicatoren(Niveau.DOSSIER).forEach(sessie::insert);
            Toepassing.van(CatalogusLezer.standaard().indicatoren(Niveau.DOSSIER)).forEach(sessie::insert);
            set.dossiers().forEach(sessie::insert);
            sessie.fireAllRules();
            int bevindingen = genoteerd.alle().size();
            assertThat(bevindingen).isPositive();
            assertThat(sessie.getObjects(new ClassObjectFilter(Termijnfeit.class))).isEmpty();

            sessie.insert(new Monitorsessie());
            sessie.fireAllRules();
            assertThat(sessie.getObjects(new ClassObjectFilter(Termijnfeit.class))).isNotEmpty();
            // the monitor rules add their own facts and no finding: the audit's findings stay as they were
            assertThat(genoteerd.alle()).hasSize(bevindingen);
        } finally {
            sessie.dispose();
        }
    }
}
