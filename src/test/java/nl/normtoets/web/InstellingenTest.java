package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** Issue 11: the body limit is {@code normtoets.max-omvang}; the old {@code max-body} is still read. */
class InstellingenTest {

    private static Instellingen bind(Map<String, String> waarden) {
        return new Binder(new MapConfigurationPropertySource(waarden))
                .bindOrCreate("normtoets", Bindable.of(Instellingen.class));
    }

    @Test
    void maxOmvangMetDeOudeNaamAlsTerugval() {
        assertThat(bind(Map.of()).maxOmvang()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(bind(Map.of("normtoets.max-omvang", "4MB")).maxOmvang()).isEqualTo(DataSize.ofMegabytes(4));
        assertThat(bind(Map.of("normtoets.max-body", "6MB")).maxOmvang()).isEqualTo(DataSize.ofMegabytes(6));
        assertThat(bind(Map.of("normtoets.max-omvang", "4MB", "normtoets.max-body", "6MB")).maxOmvang())
                .isEqualTo(DataSize.ofMegabytes(4));
    }
}
