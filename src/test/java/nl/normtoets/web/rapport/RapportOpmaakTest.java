package nl.normtoets.web.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;

/** The chart's indicators come from a setting; one the catalog does not know stops the service at start-up. */
class RapportOpmaakTest {

    private static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();

    @Test
    void deReeksenKrijgenDeTitelUitDeCatalogus() {
        var reeksen = RapportOpmaak.reeksen(List.of("1b.3-A", "1a.3-A"), CATALOGUS);
        assertThat(reeksen.keySet()).containsExactly("1b.3-A", "1a.3-A");
        assertThat(reeksen.get("1a.3-A")).isEqualTo(CATALOGUS.indicator("1a.3-A").orElseThrow().titel());
    }

    @Test
    void eenOnbekendeIndicatorIsEenFoutBijHetStarten() {
        assertThatThrownBy(() -> RapportOpmaak.reeksen(List.of("1a.3-A", "1a.3-Z"), CATALOGUS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("normtoets.rapport.tijdigheid: '1a.3-Z' is geen indicator van normcatalogus "
                        + CATALOGUS.versie());
    }
}
