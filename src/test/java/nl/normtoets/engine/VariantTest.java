package nl.normtoets.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;

/**
 * A variant in the catalog reaches every rule: the engine hands each rule the indicator as it applies to the
 * dossier's maatregel, so a rule cannot compute a deadline from the base term by mistake.
 */
class VariantTest {

    private static final Path CATALOGUS = Path.of("rules/normcatalogus.yaml");

    @Test
    void eenJrVariantVoor1a1BVerandertAlleenDeJrUitkomsten(@TempDir Path tmp) throws Exception {
        Auditset set = new AuditsetLezer().lees(Path.of("fixtures/demo.json"), null);
        Normcatalogus standaard = CatalogusLezer.standaard();
        // JR: 3 contacts within 1 day and 9 contacts required, which the demo's JR dossiers cannot meet in time
        String yaml = Files.readString(CATALOGUS);
        String anker = "      - id: \"1a.1-B\"";
        assertThat(yaml).contains(anker);
        int na = yaml.indexOf('\n', yaml.indexOf("termijn:", yaml.indexOf(anker)));
        String metVariant = yaml.substring(0, na + 1)
                + "        varianten:\n          - {maatregelen: [JR], termijn: {dagen: 1}, parameters: {aantal: 9}}\n"
                + yaml.substring(na + 1);
        Path bestand = tmp.resolve("normcatalogus.yaml");
        Files.writeString(bestand, metVariant);
        Normcatalogus variant = CatalogusLezer.lees(bestand);
        assertThat(variant.indicator("1a.1-B").orElseThrow().varianten()).hasSize(1);

        Map<String, Bevinding> zonder = perDossier(standaard, set);
        Map<String, Bevinding> met = perDossier(variant, set);
        List<Dossier> jr = set.dossiers().stream().filter(d -> d.maatregel() == Maatregel.JR).toList();
        List<Dossier> anders = set.dossiers().stream().filter(d -> d.maatregel() != Maatregel.JR).toList();
        assertThat(jr).isNotEmpty();
        assertThat(anders).isNotEmpty();

        for (Dossier d : anders) {
            assertThat(met.get(d.id())).as(d.id()).isEqualTo(zonder.get(d.id()));
        }
        long veranderd = 0;
        for (Dossier d : jr) {
            Bevinding b = met.get(d.id());
            TermijnBewijs bewijs = (TermijnBewijs) b.bewijs();
            // the variant's term and parameter, not the base ones
            assertThat(bewijs.termijn()).as(d.id()).isEqualTo("1 dag");
            assertThat(bewijs.uiterlijk()).contains(d.startdatum().plusDays(1));
            assertThat(bewijs.overig()).containsEntry("vereistAantal", 9);
            assertThat(b.uitkomst()).as(d.id()).isNotEqualTo(Uitkomst.VOLDOET);
            veranderd += b.equals(zonder.get(d.id())) ? 0 : 1;
        }
        assertThat(veranderd).isEqualTo(jr.size());
    }

    private static Map<String, Bevinding> perDossier(Normcatalogus catalogus, Auditset set) {
        return new AuditEngine(RegelBasis.gedeeld(), 50, 1).evalueer(catalogus, set.peildatum(), set.dossiers())
                .bevindingen().stream().filter(b -> b.indicator().equals("1a.1-B"))
                .collect(Collectors.toMap(Bevinding::dossier, b -> b));
    }
}
