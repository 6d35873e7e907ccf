package nl.normtoets.organisatie;

import static nl.normtoets.engine.Uitkomst.NIET_VAN_TOEPASSING;
import static nl.normtoets.engine.Uitkomst.NOG_NIET_TOETSBAAR;
import static nl.normtoets.engine.Uitkomst.TEKORT;
import static nl.normtoets.engine.Uitkomst.VOLDOET;
import static nl.normtoets.organisatie.Org.dossier;
import static nl.normtoets.organisatie.Org.enige;
import static nl.normtoets.organisatie.Org.feiten;
import static nl.normtoets.organisatie.Org.jb;
import static nl.normtoets.organisatie.Org.maand;
import static nl.normtoets.organisatie.Org.over;
import static nl.normtoets.organisatie.Org.toets;
import static nl.normtoets.organisatie.Org.uitkomsten;
import static nl.normtoets.organisatie.Org.vast;
import static nl.normtoets.organisatie.Org.van;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Norm;
import nl.normtoets.norm.Normcatalogus;

/** Every theme-5 indicator: met, failed and boundary cases, on peildatum 2025-09-01. */
class Thema5RegelsTest {

    @Test
    void elkeOrganisatieIndicatorGeeftEenBevindingOokZonderFeiten() {
        List<Bevinding> b = toets(feiten());
        for (Indicator i : Org.CATALOGUS.indicatoren(Niveau.ORGANISATIE)) {
            assertThat(van(b, i.id())).as(i.id()).isNotEmpty();
        }
        assertThat(b).allSatisfy(x -> assertThat(x.dossier()).isNull());
        // without a report or meetings these fail; without anything to check the others do not apply
        assertThat(enige(b, "5.1-A")).isEqualTo(TEKORT);
        assertThat(enige(b, "5.5-A")).isEqualTo(TEKORT);
        assertThat(enige(b, "5.5-B")).isEqualTo(TEKORT);
        assertThat(enige(b, "5.5-C")).isEqualTo(TEKORT);
        assertThat(enige(b, "5.3-A")).isEqualTo(NIET_VAN_TOEPASSING);
        assertThat(enige(b, "5.4-A")).isEqualTo(NIET_VAN_TOEPASSING);
    }

    @Test
    void feitenNaDePeildatumTellenNiet() {
        // an audit on an earlier peildatum sees the organisation as it was: later records are ignored, not errors
        var b = toets(feiten().jaarverslag("2025-10-01").onderzoek("2025-09-02")
                .rvt("2024-12-01", "2025-03-01", "2025-06-01", "2025-09-15")
                .actie("VA-1", "a", "2025-08-01", "2025-09-10", null));
        assertThat(enige(b, "5.1-A")).isEqualTo(TEKORT);
        assertThat(enige(b, "5.5-B")).isEqualTo(TEKORT);
        assertThat(enige(b, "5.5-C")).isEqualTo(TEKORT);
        // done only after the peildatum: on the peildatum it is overdue and open, so nothing to evaluate yet
        assertThat(enige(b, "5.2-B")).isEqualTo(TEKORT);
        assertThat(enige(b, "5.2-C")).isEqualTo(NIET_VAN_TOEPASSING);
    }

    @Nested
    class Norm51 {
        @Test
        void jaarverslagPrecies15MaandenTerugVoldoetEenDagEerderNiet() {
            // peildatum 2025-09-01 minus 15 maanden = 2024-06-01
            assertThat(enige(toets(feiten().jaarverslag("2024-06-01")), "5.1-A")).isEqualTo(VOLDOET);
            assertThat(enige(toets(feiten().jaarverslag("2024-05-31")), "5.1-A")).isEqualTo(TEKORT);
            assertThat(enige(toets(feiten().jaarverslag("2025-04-30")), "5.1-A")).isEqualTo(VOLDOET);
        }

        @Test
        void adviesBinnenDrieMaandenBeantwoord() {
            var b = toets(feiten()
                    .advies("2025-03-10", "2025-06-10")   // exactly 3 months: on time
                    .advies("2025-03-11", "2025-06-12")   // 3 months and 1 day: late
                    .advies("2025-04-01", null)           // due 2025-07-01, passed: not answered
                    .advies("2025-07-01", null));         // due 2025-10-01: not yet
            var u = uitkomsten(b, "5.1-B");
            assertThat(u).containsEntry("cliëntenraadadvies 2025-03-10", VOLDOET)
                    .containsEntry("cliëntenraadadvies 2025-03-11", TEKORT)
                    .containsEntry("cliëntenraadadvies 2025-04-01", TEKORT)
                    .containsEntry("cliëntenraadadvies 2025-07-01", NOG_NIET_TOETSBAAR);
        }

        @Test
        void geenAdviezenIsNietVanToepassing() {
            assertThat(enige(toets(feiten()), "5.1-B")).isEqualTo(NIET_VAN_TOEPASSING);
        }
    }

    @Nested
    class Norm52 {
        @Test
        void actieZonderEigenaarOfDeadlineIsTekort() {
            var b = toets(feiten().actie("VA-1", "bestuurder", "2025-10-01", null, null)
                    .actie("VA-2", null, "2025-10-01", null, null)
                    .actie("VA-3", "kwaliteit", null, null, null));
            assertThat(uitkomsten(b, "5.2-A")).containsEntry("VA-1", VOLDOET).containsEntry("VA-2", TEKORT)
                    .containsEntry("VA-3", TEKORT);
            assertThat(over(b, "5.2-A", "VA-3").toelichting()).contains("mist deadline");
        }

        @Test
        void eenOpVijfVerlopenIsPreciesDeGrens() {
            // 1 of 5 past deadline = 20% = maximumAandeel: met. A deadline on the peildatum is not yet past.
            var f = feiten().actie("VA-1", "a", "2025-08-31", null, null)
                    .actie("VA-2", "a", "2025-09-01", null, null)
                    .actie("VA-3", "a", "2025-06-01", "2025-07-01", "2025-08-01")
                    .actie("VA-4", "a", "2025-12-01", null, null)
                    .actie("VA-5", "a", "2025-12-01", null, null);
            assertThat(enige(toets(f), "5.2-B")).isEqualTo(VOLDOET);
            // a second overdue action: 2 of 6 = 33%
            f.actie("VA-6", "a", "2025-05-01", null, null);
            var b = toets(f);
            assertThat(enige(b, "5.2-B")).isEqualTo(TEKORT);
            assertThat(van(b, "5.2-B").get(0).toelichting()).contains("VA-1", "VA-6").doesNotContain("VA-2");
        }

        @Test
        void afgerondeActieMoetGeevalueerdZijn() {
            var b = toets(feiten().actie("VA-1", "a", "2025-06-01", "2025-06-01", "2025-07-01")
                    .actie("VA-2", "a", "2025-06-01", "2025-06-15", null)
                    .actie("VA-3", "a", "2025-12-01", null, null));
            assertThat(uitkomsten(b, "5.2-C")).containsExactlyInAnyOrderEntriesOf(Map.of("VA-1", VOLDOET, "VA-2", TEKORT));
            assertThat(enige(toets(feiten().actie("VA-3", "a", "2025-12-01", null, null)), "5.2-C"))
                    .isEqualTo(NIET_VAN_TOEPASSING);
        }
    }

    @Nested
    class Norm53 {
        @Test
        void bufferVanTienProcentVoldoetNetDaaronderNiet() {
            assertThat(enige(toets(feiten().buffer(0.10)), "5.3-A")).isEqualTo(VOLDOET);
            assertThat(enige(toets(feiten().buffer(0.0999)), "5.3-A")).isEqualTo(TEKORT);
            assertThat(enige(toets(feiten().buffer(0.15)), "5.3-A")).isEqualTo(VOLDOET);
        }

        @Test
        void protocolMetElkeGemeenteVanDeDossiers() {
            List<Dossier> dossiers = List.of(dossier("D-1", "Assen", null), dossier("D-2", "Emmen", null),
                    dossier("D-3", "Emmen", null));
            var b = toets(feiten().protocol("assen").protocol("Groningen"), dossiers);
            assertThat(uitkomsten(b, "5.3-B")).containsExactlyInAnyOrderEntriesOf(Map.of("Assen", VOLDOET, "Emmen", TEKORT));
            assertThat(over(b, "5.3-B", "Emmen").toelichting()).contains("2 dossier(s)");
            assertThat(enige(toets(feiten()), "5.3-B")).isEqualTo(NIET_VAN_TOEPASSING);
        }
    }

    @Nested
    class Norm54Personen {
        @Test
        void skjGeldigTotEnMetPeildatum() {
            var b = toets(feiten().mw(jb("M-001").skj("2025-09-01"), jb("M-002").skj("2025-08-31"),
                    jb("M-003").skj(null), jb("M-004").functie(Functie.GEDRAGSWETENSCHAPPER).skj(null),
                    jb("M-005").skj(null).uitDienst("2025-08-01"),
                    jb("M-006").functie(Functie.JEUGDRECLASSEERDER).skj("2027-01-01")));
            assertThat(uitkomsten(b, "5.4-A")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "M-001", VOLDOET, "M-002", TEKORT, "M-003", TEKORT, "M-006", VOLDOET));
            assertThat(over(b, "5.4-A", "M-002").toelichting()).contains("verlopen op 2025-08-31");
        }

        @Test
        void vogHoogstensDrieMaandenVoorIndiensttreding() {
            var b = toets(feiten().mw(
                    jb("M-001").inDienst("2025-03-03").vog("2024-12-03"),   // exactly 3 months: met
                    jb("M-002").inDienst("2025-03-03").vog("2024-12-02"),   // one day more: late
                    jb("M-003").inDienst("2025-03-03").vog("2024-11-02"),
                    jb("M-004").inDienst("2025-03-03").vog("2025-03-03"),   // on the hire day: met
                    jb("M-005").inDienst("2025-03-03").vog("2025-03-04"),   // after hire: not allowed
                    jb("M-006").vog(null)));
            assertThat(uitkomsten(b, "5.4-B")).containsExactlyInAnyOrderEntriesOf(Map.of("M-001", VOLDOET,
                    "M-002", TEKORT, "M-003", TEKORT, "M-004", VOLDOET, "M-005", TEKORT, "M-006", TEKORT));
            assertThat(over(b, "5.4-B", "M-003").toelichting())
                    .contains("VOG 2024-11-02 is 4 maanden en 1 dag ouder dan indiensttreding 2025-03-03");
            assertThat(over(b, "5.4-B", "M-005").toelichting()).contains("na indiensttreding");
        }

        @Test
        void diplomaAanwezig() {
            var b = toets(feiten().mw(jb("M-001"), jb("M-002").diploma(false), jb("M-003").diploma(null)));
            assertThat(uitkomsten(b, "5.4-C")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "M-001", VOLDOET, "M-002", TEKORT, "M-003", TEKORT));
            assertThat(over(b, "5.4-C", "M-002").toelichting()).isEqualTo("M-002: diploma ontbreekt in het personeelsdossier.");
        }

        @Test
        void jaargesprekInDeLaatsteTwaalfMaanden() {
            var b = toets(feiten().mw(jb("M-001").jaargesprek("2024-09-01"),   // exactly 12 months back: met
                    jb("M-002").jaargesprek("2024-08-31"),                      // one day more: failed
                    jb("M-003").jaargesprek(null),
                    jb("M-004").jaargesprek(null).extern(),                     // PNIL: not applicable
                    jb("M-005").jaargesprek(null).inDienst("2025-01-01").vog("2024-12-01"))); // first not due yet
            assertThat(uitkomsten(b, "5.4-D")).containsExactlyInAnyOrderEntriesOf(Map.of("M-001", VOLDOET,
                    "M-002", TEKORT, "M-003", TEKORT, "M-004", NIET_VAN_TOEPASSING, "M-005", NOG_NIET_TOETSBAAR));
        }

        @Test
        void caseloadPerFteUitDeDossiers() {
            List<Dossier> dossiers = new ArrayList<>();
            // M-001: 12 running dossiers on 1.0 fte = 12.0: the boundary, met; plus one closed before the peildatum
            IntStream.range(0, 12).forEach(i -> dossiers.add(dossier("D-A" + i, "Assen", null, vast("M-001", "2025-01-06"))));
            dossiers.add(dossier("D-AX", "Assen", Org.d("2025-08-01"), vast("M-001", "2025-01-06")));
            // M-002: 13 on 1.0 fte
            IntStream.range(0, 13).forEach(i -> dossiers.add(dossier("D-B" + i, "Assen", null, vast("M-002", "2025-01-06"))));
            // M-003: 10 on 0.8 fte = 12.5
            IntStream.range(0, 10).forEach(i -> dossiers.add(dossier("D-C" + i, "Assen", null, vast("M-003", "2025-01-06"))));
            var b = toets(feiten().mw(jb("M-001"), jb("M-002"), jb("M-003").fte(0.8), jb("M-004").caseload(30)),
                    dossiers);
            // M-004 has no assigned dossiers: 0 per fte; the registered 30 is ignored because the dossiers name workers
            assertThat(uitkomsten(b, "5.4-E")).containsExactlyInAnyOrderEntriesOf(Map.of("M-001", VOLDOET,
                    "M-002", TEKORT, "M-003", TEKORT, "M-004", VOLDOET));
            assertThat(over(b, "5.4-E", "M-003").toelichting()).contains("10 dossiers op 0.80 fte = 12.5 per fte");
            assertThat(over(b, "5.4-E", "M-001").bewijs()).containsEntry("dossiers", 12);
        }

        @Test
        void opgegevenCaseloadAlsDeDossiersGeenMedewerkersNoemen() {
            var b = toets(feiten().mw(jb("M-001").caseload(12), jb("M-002").caseload(13), jb("M-003")));
            assertThat(uitkomsten(b, "5.4-E")).containsExactlyInAnyOrderEntriesOf(Map.of("M-001", VOLDOET,
                    "M-002", TEKORT, "M-003", NIET_VAN_TOEPASSING));
        }

        @Test
        void grensUitDeCatalogusNietUitDeCode() {
            Normcatalogus ruimer = metParameter("5.4-E", "maximumCaseload", 13);
            var b = Org.toets(ruimer, feiten().mw(jb("M-002").caseload(13)), List.of());
            assertThat(enige(b, "5.4-E")).isEqualTo(VOLDOET);
        }
    }

    @Nested
    class Norm54Organisatie {
        @Test
        void verzuimVanDeLaatsteMaandTotEnMetPeildatum() {
            // 6 / 80 = 7.5%: the boundary, met; the later month (after the peildatum) is ignored
            assertThat(enige(toets(feiten().cijfers(maand("2025-07", 80, 12, 0), maand("2025-09", 80, 6, 0),
                    maand("2025-10", 80, 20, 0))), "5.4-F")).isEqualTo(VOLDOET);
            assertThat(enige(toets(feiten().cijfers(maand("2025-08", 80, 6.1, 0))), "5.4-F")).isEqualTo(TEKORT);
            assertThat(enige(toets(feiten()), "5.4-F")).isEqualTo(NIET_VAN_TOEPASSING);
        }

        @Test
        void verloopOverTwaalfMaanden() {
            // 12 months 2024-10 .. 2025-09 of 80 fte; 16 fte left = 16/80 = 20%: the boundary, met
            var f = feiten();
            IntStream.range(0, 12).forEach(i -> f.cijfers(maand(java.time.YearMonth.of(2024, 10).plusMonths(i).toString(),
                    80, 4, i < 8 ? 2 : 0)));
            assertThat(enige(toets(f), "5.4-G")).isEqualTo(VOLDOET);
            f.cijfers(maand("2024-09", 80, 4, 10)); // outside the 12 months: no effect
            assertThat(enige(toets(f), "5.4-G")).isEqualTo(VOLDOET);
            var meer = feiten();
            IntStream.range(0, 12).forEach(i -> meer.cijfers(maand(java.time.YearMonth.of(2024, 10).plusMonths(i)
                    .toString(), 80, 4, i == 0 ? 2.5 : i < 8 ? 2 : 0))); // 16.5/80 = 20.6%
            assertThat(enige(toets(meer), "5.4-G")).isEqualTo(TEKORT);
        }

        @Test
        void verloopOverMinderMaandenWordtOpgeschaaldNaarEenJaar() {
            // 6 months of 80 fte with 8 fte left: 8 * 12/6 = 16 per year = 20%: met; 9 left = 22.5%: failed
            var f = feiten();
            IntStream.range(0, 6).forEach(i -> f.cijfers(maand("2025-0" + (4 + i), 80, 4, i < 4 ? 2 : 0)));
            assertThat(enige(toets(f), "5.4-G")).isEqualTo(VOLDOET);
            f.cijfers(maand("2025-03", 80, 4, 0)); // a 7th month of 0: 8*12/7/80 = 17.1%
            assertThat(van(toets(f), "5.4-G").get(0).bewijs()).containsEntry("maanden", 7);
            var g = feiten();
            IntStream.range(0, 6).forEach(i -> g.cijfers(maand("2025-0" + (4 + i), 80, 4, i < 3 ? 3 : 0)));
            assertThat(enige(toets(g), "5.4-G")).isEqualTo(TEKORT);
        }
    }

    @Nested
    class Norm55 {
        @Test
        void ondernemingsraadHoogstensZesWekenTussenVergaderingen() {
            // window 2024-09-01 .. 2025-09-01; anchor: the meeting before the window (2024-08-20)
            List<String> elke42 = new ArrayList<>();
            for (var dag = Org.d("2024-08-20"); !dag.isAfter(Org.P); dag = dag.plusDays(42)) {
                elke42.add(dag.toString());
            }
            var f = feiten().or(elke42.toArray(String[]::new));
            var b = toets(f);
            assertThat(enige(b, "5.5-A")).isEqualTo(VOLDOET);
            assertThat(van(b, "5.5-A").get(0).bewijs()).containsEntry("langsteGatDagen", 42L);
            // a 43-day gap anywhere fails
            var gat = feiten().or("2024-08-20", "2024-10-01", "2024-11-13");
            assertThat(enige(toets(gat), "5.5-A")).isEqualTo(TEKORT);
        }

        @Test
        void ondernemingsraadLaatsteVergaderingTeLangGeleden() {
            // last meeting 43 days before the peildatum
            var f = feiten();
            for (var dag = Org.P.minusDays(43); dag.isAfter(Org.d("2024-08-01")); dag = dag.minusDays(30)) {
                f.or(dag.toString());
            }
            var b = toets(f);
            assertThat(enige(b, "5.5-A")).isEqualTo(TEKORT);
            assertThat(van(b, "5.5-A").get(0).toelichting()).contains("43 dagen").contains("de peildatum");
        }

        @Test
        void clientervaringsonderzoekInDeLaatsteTwaalfMaanden() {
            assertThat(enige(toets(feiten().onderzoek("2024-09-01")), "5.5-B")).isEqualTo(VOLDOET);
            assertThat(enige(toets(feiten().onderzoek("2024-08-31", "2021-05-01")), "5.5-B")).isEqualTo(TEKORT);
            var b = toets(feiten().onderzoek("2021-05-01"));
            assertThat(van(b, "5.5-B").get(0).toelichting()).contains("2021-05-01", "52 maanden");
        }

        @Test
        void raadVanToezichtMinstensVierKeerInTwaalfMaanden() {
            assertThat(enige(toets(feiten().rvt("2024-09-01", "2024-12-01", "2025-03-01", "2025-06-01")), "5.5-C"))
                    .isEqualTo(VOLDOET);
            // the first lies one day before the 12-month window: 3 count
            assertThat(enige(toets(feiten().rvt("2024-08-31", "2024-12-01", "2025-03-01", "2025-06-01")), "5.5-C"))
                    .isEqualTo(TEKORT);
        }
    }

    /** The standard catalog with one parameter of one indicator replaced. */
    static Normcatalogus metParameter(String indicator, String naam, Object waarde) {
        Normcatalogus c = Org.CATALOGUS;
        List<Norm> normen = c.normen().stream().map(n -> new Norm(n.id(), n.thema(), n.titel(), n.beschrijving(),
                n.indicatoren().stream().map(i -> {
                    if (!i.id().equals(indicator)) {
                        return i;
                    }
                    Map<String, Object> p = new java.util.HashMap<>(i.parameters());
                    p.put(naam, waarde);
                    return new Indicator(i.id(), i.norm(), i.titel(), i.niveau(), i.maatregelen(), i.termijn(), p,
                            i.varianten());
                }).toList(), n.oordeelsgrenzen())).toList();
        return new Normcatalogus(c.versie(), c.oordeelsgrenzen(), c.themas(), normen);
    }
}
