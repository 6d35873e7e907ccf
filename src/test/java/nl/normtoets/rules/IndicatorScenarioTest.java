package nl.normtoets.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Toetsuitslag;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;
import tools.jackson.databind.JsonNode;

/**
 * One scenario fixture per dossier indicator ({@code rules/<thema>/<id>-<woorden>/gevallen.json}, beside its rule). Each dossier in it states
 * its case ({@code geval}) and the outcome the toetsingskader expects ({@code verwacht}); the test audits the file
 * through the real reader, rules and catalog and compares. A fixture must cover pass and fail, and for indicators
 * with a term also the boundary and the not-yet-due case.
 */
class IndicatorScenarioTest {

    static final Normcatalogus CATALOGUS = Regelmappen.alleActief(CatalogusLezer.standaard());
    static final AuditEngine ENGINE = new AuditEngine();

    static Stream<String> dossierIndicatoren() {
        return CATALOGUS.indicatoren(Niveau.DOSSIER).stream().map(Indicator::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dossierIndicatoren")
    void indicatorGeeftDeVerwachteUitkomstPerGeval(String indicator) throws Exception {
        Path bestand = Regelmappen.gevallen(indicator);
        assertThat(bestand).as("scenario-fixture voor " + indicator).exists();

        Auditset set = new AuditsetLezer().lees(bestand, null);
        assertThat(set.afgewezen()).as("fixture is geldige invoer").isEmpty();
        Toetsuitslag uit = ENGINE.evalueer(CATALOGUS, set.peildatum(), set.dossiers());
        Map<String, Bevinding> perDossier = new HashMap<>();
        uit.bevindingen().stream().filter(b -> b.indicator().equals(indicator))
                .forEach(b -> perDossier.put(b.dossier(), b));

        JsonNode json = AuditsetLezer.MAPPER.readTree(Files.readString(bestand));
        List<String> afwijkingen = new ArrayList<>();
        Set<Uitkomst> gedekt = EnumSet.noneOf(Uitkomst.class);
        boolean grensgeval = false;
        for (JsonNode d : json.get("dossiers")) {
            String id = d.get("id").asString();
            String geval = d.get("geval").asString();
            Uitkomst verwacht = Uitkomst.valueOf(d.get("verwacht").get(indicator).asString());
            Bevinding b = perDossier.get(id);
            gedekt.add(verwacht);
            grensgeval |= geval.startsWith("grens");
            if (b == null || b.uitkomst() != verwacht) {
                afwijkingen.add(id + " (" + geval + "): verwacht " + verwacht + ", kreeg "
                        + (b == null ? "geen bevinding" : b.uitkomst() + " - " + b.toelichting()));
            }
            if (b != null) {
                assertThat(b.toelichting()).as(id + " toelichting").isNotBlank();
                if (b.uitkomst() == Uitkomst.TEKORT) {
                    assertThat(b.bewijs()).as(id + " bewijs bij TEKORT").isNotEmpty();
                }
            }
        }
        assertThat(afwijkingen).as("afwijkende uitkomsten voor " + indicator).isEmpty();

        assertThat(gedekt).as("fixture dekt voldoet en tekort").contains(Uitkomst.VOLDOET, Uitkomst.TEKORT);
        Indicator ind = CATALOGUS.indicator(indicator).orElseThrow();
        if (ind.termijn() != null) {
            assertThat(gedekt).as("fixture dekt nog-niet-toetsbaar").contains(Uitkomst.NOG_NIET_TOETSBAAR);
            assertThat(grensgeval).as("fixture heeft een grensgeval").isTrue();
        }
    }
}
