package nl.normtoets.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.audit.Audit;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.organisatie.Medewerker;
import nl.normtoets.organisatie.OrganisatieFeiten;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.scoring.Oordeel;

/** The organisation facts {@code generate} writes after the dossiers: valid, fitting, judged, deterministic. */
class OrganisatiefeitenMakerTest {

    static final int OMVANG = 300;

    static LocalDate peildatum(Profiel p) {
        return p == Profiel.JBN_2025 ? LocalDate.of(2025, 3, 10) : LocalDate.of(2026, 2, 2);
    }

    static byte[] auditset(Profiel p, long seed, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DossierGenerator(p, seed, peildatum(p)).schrijfAuditset(out, n, "JBN", false);
        return out.toByteArray();
    }

    static Auditset lees(byte[] json) {
        return new AuditsetLezer().lees(new ByteArrayInputStream(json), "gegenereerd", null);
    }

    @ParameterizedTest
    @EnumSource(Profiel.class)
    void deFeitenStaanNaDeDossiersEnLezenZonderFouten(Profiel p) {
        byte[] json = auditset(p, 11, OMVANG);
        String tekst = new String(json, StandardCharsets.UTF_8);
        assertThat(tekst.indexOf("\"organisatieFeiten\"")).as("na de dossiers")
                .isGreaterThan(tekst.lastIndexOf("\"maatregel\""));

        Auditset set = lees(json);
        assertThat(set.afgewezen()).isEmpty();
        assertThat(set.dossiers()).hasSize(OMVANG);
        assertThat(set.organisatieFouten()).isEmpty();
        assertThat(set.organisatieFeiten()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Profiel.class)
    void deFeitenPassenBijDeDossiers(Profiel p) {
        Auditset set = lees(auditset(p, 12, OMVANG));
        OrganisatieFeiten f = set.organisatieFeiten();

        Set<String> genoemd = set.dossiers().stream().flatMap(d -> d.toewijzingen().stream())
                .map(Toewijzing::medewerker).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> medewerkers = f.medewerkers().stream().map(Medewerker::id).collect(Collectors.toSet());
        assertThat(medewerkers).containsAll(genoemd);
        assertThat(f.medewerkers()).allSatisfy(m -> {
            assertThat(m.id()).matches("M-\\d{3}");
            assertThat(m.inDienstOp(peildatum(p))).isTrue();
            assertThat(m.vogDatum()).isBeforeOrEqualTo(m.inDienst());
        });
        assertThat(set.dossiers()).extracting(Dossier::gemeente)
                .allSatisfy(g -> assertThat(f.heeftProtocolMet(g)).isTrue());
        // the monthly table ends in the month before the peildatum and is scaled to the workers it describes
        assertThat(f.laatsteCijfers(peildatum(p))).hasValueSatisfying(
                c -> assertThat(c.maand()).isEqualTo(java.time.YearMonth.from(peildatum(p)).minusMonths(1)));
        double fteWerkers = f.medewerkers().stream().filter(m -> genoemd.contains(m.id()))
                .mapToDouble(Medewerker::fte).sum();
        assertThat(f.laatsteCijfers(peildatum(p)).orElseThrow().fte()).isCloseTo(fteWerkers,
                org.assertj.core.api.Assertions.within(0.01));
    }

    @ParameterizedTest
    @EnumSource(Profiel.class)
    void thema5WordtBeoordeeld(Profiel p) {
        Auditrapport r = new Audit(new AuditEngine()).voerUit(lees(auditset(p, 13, OMVANG)),
                CatalogusLezer.standaard());
        assertThat(r.organisatieFouten()).isEmpty();
        List<Auditrapport.NormRij> thema5 = r.normen().stream().filter(n -> n.thema().equals("5")).toList();
        assertThat(thema5).extracting(Auditrapport.NormRij::id).containsExactly("5.1", "5.2", "5.3", "5.4", "5.5");
        assertThat(thema5).allSatisfy(n -> assertThat(n.score()).as(n.id()).isNotEqualTo(Oordeel.NIET_BEOORDEELD));
        assertThat(r.themas()).filteredOn(t -> t.id().equals("5")).singleElement()
                .satisfies(t -> assertThat(t.score()).isNotEqualTo(Oordeel.NIET_BEOORDEELD));
        // the shortcomings the inspecties found are there on purpose: sickness above 7.5% in both profiles
        assertThat(r.bevindingen()).filteredOn(b -> b.indicator().equals("5.4-F")).singleElement()
                .satisfies(b -> assertThat(b.uitkomst().name()).isEqualTo("TEKORT"));
    }

    @ParameterizedTest
    @EnumSource(Profiel.class)
    void zelfdeSeedGeeftDezelfdeBytes(Profiel p) {
        assertThat(auditset(p, 14, OMVANG)).isEqualTo(auditset(p, 14, OMVANG));
        assertThat(auditset(p, 14, OMVANG)).isNotEqualTo(auditset(p, 15, OMVANG));
    }

    @ParameterizedTest
    @EnumSource(Profiel.class)
    void deVolgordeVanHetTellenDoetErNietToe(Profiel p) {
        DossierGenerator g = new DossierGenerator(p, 16, peildatum(p));
        List<Dossier> dossiers = g.dossiers(120).toList();
        OrganisatiefeitenMaker vooruit = new OrganisatiefeitenMaker(p, 16, peildatum(p));
        OrganisatiefeitenMaker achteruit = new OrganisatiefeitenMaker(p, 16, peildatum(p));
        dossiers.forEach(vooruit::tel);
        List<Dossier> omgekeerd = new java.util.ArrayList<>(dossiers);
        java.util.Collections.reverse(omgekeerd);
        omgekeerd.forEach(achteruit::tel);
        assertThat(achteruit.maak()).isEqualTo(vooruit.maak());
    }

    @ParameterizedTest
    @EnumSource(Profiel.class)
    void zonderDossiersZijnDeFeitenNogGeldig(Profiel p) {
        Auditset set = lees(auditset(p, 17, 0));
        assertThat(set.organisatieFouten()).isEmpty();
        assertThat(set.organisatieFeiten()).isNotNull();
    }
}
