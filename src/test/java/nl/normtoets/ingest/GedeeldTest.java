package nl.normtoets.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Datumpool;
import nl.normtoets.dossier.Dossier;

/** Reading shares equal dates and short texts between dossiers, and gives the same values as before. */
class GedeeldTest {

    private static Dossier lees(String id) {
        return AuditsetLezer.MAPPER.readValue("{\"id\":\"" + id + "\",\"maatregel\":\"OTS\",\"startdatum\":"
                + "\"2025-01-01\",\"team\":\"" + new String("Noord-Oost") + "\",\"regio\":\"Groningen\"}", Dossier.class);
    }

    @Test
    void tweeDossiersDelenHunDatumEnHunTeam() {
        Dossier a = lees("D-1");
        Dossier b = lees("D-2");
        assertThat(a.startdatum()).isEqualTo(LocalDate.of(2025, 1, 1)).isSameAs(b.startdatum());
        assertThat(a.team()).isEqualTo("Noord-Oost").isSameAs(b.team());
        assertThat(a.regio()).isSameAs(b.regio());
        assertThat(a.id()).isEqualTo("D-1");
        assertThat(b.id()).isEqualTo("D-2");
    }

    @Test
    void deDatumpoolGeeftPerDagEenObjectEnLaatDatumsBuitenZijnBereik() {
        LocalDate dag = LocalDate.of(2024, 2, 29);
        assertThat(Datumpool.gedeeld(LocalDate.of(2024, 2, 29))).isEqualTo(dag)
                .isSameAs(Datumpool.gedeeld(LocalDate.parse("2024-02-29")));
        LocalDate ver = LocalDate.of(2400, 1, 1);
        assertThat(Datumpool.gedeeld(ver)).isSameAs(ver);
        LocalDate oud = LocalDate.of(1850, 6, 1);
        assertThat(Datumpool.gedeeld(oud)).isSameAs(oud);
        assertThat(Datumpool.gedeeld(null)).isNull();
    }

    @Test
    void langeTekstenWordenNietGedeeld() {
        String lang = "x".repeat(49);
        assertThat(GedeeldeTekst.gedeeld(new String(lang))).isEqualTo(lang).isNotSameAs(GedeeldeTekst.gedeeld(lang));
        String kort = "VEILIGHEID";
        assertThat(GedeeldeTekst.gedeeld(new String(kort))).isSameAs(GedeeldeTekst.gedeeld(new String(kort)));
    }
}
