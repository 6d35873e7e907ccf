package nl.normtoets.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/** The model compiled at build time must be the rules as they are now, and a changed DRL must not use it. */
class RegelBasisTest {

    private final Map<String, byte[]> bronnen = RegelBasis.lees(RegelBasis.regelbestanden());

    @Test
    void deBuildLevertHetModelVanDeHuidigeRegels() {
        var modellen = RegelBasis.voorgebouwd(RegelBasis.vingerafdruk(bronnen));
        assertThat(modellen).as("rules/regelmodel.txt from mvn process-classes, matching rules/**/*.drl").isNotEmpty();

        KieBase voorgebouwd = org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(modellen);
        KieBase vers = RegelBasis.gecompileerd(KieServices.Factory.get(), bronnen);
        assertThat(regelnamen(voorgebouwd)).isEqualTo(regelnamen(vers)).contains("eerste contact binnen 5 dagen");
        // the coverage check reads @indicator from the prebuilt model: the build must keep the metadata
        assertThat(Regeldekking.gedekteIndicatoren(voorgebouwd)).isEqualTo(Regeldekking.gedekteIndicatoren(vers))
                .contains("1a.3-A", "5.4-E");
        assertThat(regelnamen(RegelBasis.gedeeld())).isEqualTo(regelnamen(vers));
    }

    @Test
    void eenGewijzigdeRegelGebruiktHetVoorgebouwdeModelNiet() {
        Map<String, byte[]> gewijzigd = new TreeMap<>(bronnen);
        String eerste = gewijzigd.keySet().iterator().next();
        gewijzigd.put(eerste, (new String(gewijzigd.get(eerste), StandardCharsets.UTF_8) + "\n// gewijzigd\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(RegelBasis.vingerafdruk(gewijzigd)).isNotEqualTo(RegelBasis.vingerafdruk(bronnen));
        assertThat(RegelBasis.voorgebouwd(RegelBasis.vingerafdruk(gewijzigd))).isNull();
    }

    private static Set<String> regelnamen(KieBase kb) {
        return kb.getKiePackages().stream().map(KiePackage::getRules).flatMap(c -> c.stream())
                .map(r -> r.getName()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
