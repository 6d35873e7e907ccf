package nl.normtoets.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;

class DossierGeneratorTest {

    static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 10);

    @Test
    void zelfdeSeedGeeftHetzelfdeBestandEnAndereSeedEenAnder() {
        assertThat(json(Profiel.JBN_2025, 7, 200)).isEqualTo(json(Profiel.JBN_2025, 7, 200));
        assertThat(json(Profiel.JBN_2025, 7, 200)).isNotEqualTo(json(Profiel.JBN_2025, 8, 200));
    }

    @Test
    void eenDossierHangtAlleenAfVanZijnNummerNietVanDeOmvang() {
        DossierGenerator g = new DossierGenerator(Profiel.JBN_2025, 3, PEILDATUM);
        assertThat(g.dossiers(50).toList().get(41)).isEqualTo(g.dossier(42));
    }

    @Test
    void pseudoniemeIdsEnStartdatumsBinnenTweeJaarVoorDePeildatum() {
        List<Dossier> set = new DossierGenerator(Profiel.JBN_2025, 1, PEILDATUM).dossiers(500).toList();
        assertThat(set).allSatisfy(d -> {
            assertThat(d.id()).matches("D-\\d{6}");
            assertThat(d.startdatum()).isBetween(PEILDATUM.minusDays(730), PEILDATUM);
            assertThat(d.toewijzingen()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.medewerker()).matches("M-\\d{3}"));
            assertThat(d.regio()).isIn("Drenthe", "Groningen");
        });
    }

    @Test
    void maatregelmixVolgtHetProfiel() {
        Map<Maatregel, Long> mix = new DossierGenerator(Profiel.JBN_2025, 2, PEILDATUM).dossiers(9_440)
                .collect(Collectors.groupingBy(Dossier::maatregel, Collectors.counting()));
        long ots = mix.getOrDefault(Maatregel.OTS, 0L) + mix.getOrDefault(Maatregel.VOORLOPIGE_OTS, 0L);
        long jr = mix.getOrDefault(Maatregel.JR, 0L);
        // seed 000: JR 253 and OTS 418 of 944, so about 2 530 and 4 180 of 9 440
        assertThat(jr).isBetween(2_380L, 2_680L);
        assertThat(ots).isBetween(4_000L, 4_360L);
    }

    @Test
    void onbekendProfielNoemtDeKeuzes() {
        assertThatThrownBy(() -> Profiel.van("jbn-2030")).hasMessageContaining("jbn-2025, jbn-2026");
        assertThat(Profiel.van("JBN-2026")).isEqualTo(Profiel.JBN_2026);
    }

    @Test
    void eenDeelVanDeTeLateEersteHulpKrijgtEenWachtreden() {
        List<Dossier> set = new DossierGenerator(Profiel.JBN_2025, 4, PEILDATUM).dossiers(2_000).toList();
        int teLaat = 0;
        int metReden = 0;
        java.util.Set<nl.normtoets.dossier.Wachtreden> redenen = java.util.EnumSet.noneOf(nl.normtoets.dossier.Wachtreden.class);
        for (Dossier d : set) {
            for (nl.normtoets.dossier.Hulp h : d.hulp()) {
                LocalDate drieMaanden = d.startdatum().plusMonths(3);
                boolean laat = h.gestart() != null ? h.gestart().isAfter(drieMaanden)
                        : (d.einddatum() == null ? PEILDATUM : d.einddatum()).isAfter(drieMaanden);
                if (h.wachtreden() != null) {
                    // only the first help waits for a reason, and only when it missed its three months
                    assertThat(h.id()).isEqualTo("H1");
                    assertThat(laat).as("reden bij hulp die niet te laat is, dossier %s", d.id()).isTrue();
                    redenen.add(h.wachtreden());
                    metReden++;
                }
                if (h.id().equals("H1") && laat) {
                    teLaat++;
                }
            }
        }
        assertThat(teLaat).isGreaterThan(100);
        // most late starts carry a reason, not all (schatting 70%)
        assertThat((double) metReden / teLaat).isBetween(0.6, 0.8);
        assertThat(redenen).contains(nl.normtoets.dossier.Wachtreden.WACHTLIJST_AANBIEDER,
                nl.normtoets.dossier.Wachtreden.GI_NIET_OPGEPAKT, nl.normtoets.dossier.Wachtreden.GEEN_AANBOD);
        // and the written set carries them (contract field hulp[].wachtreden)
        assertThat(json(Profiel.JBN_2025, 4, 200)).contains("\"wachtreden\":\"");
    }

    private static String json(Profiel p, long seed, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DossierGenerator(p, seed, PEILDATUM).schrijfAuditset(out, n, "JBN", false);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

}
