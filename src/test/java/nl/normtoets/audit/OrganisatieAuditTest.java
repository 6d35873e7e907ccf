package nl.normtoets.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusFout;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.RapportSchrijver;
import nl.normtoets.report.Samenvatting;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.ThemaRij;
import nl.normtoets.scoring.Oordeel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Theme 5 through the whole audit: judged with facts, unjudged with the reason without them or with bad ones. */
class OrganisatieAuditTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static final Audit AUDIT = new Audit(new AuditEngine());
    static Auditrapport jbn;

    @BeforeAll
    static void auditJbn() {
        jbn = AUDIT.voerUit(new AuditsetLezer().lees(Path.of("fixtures/organisatie/jbn.json"), null), CATALOGUS);
    }

    static Map<String, NormRij> normen(Auditrapport r) {
        return r.normen().stream().collect(Collectors.toMap(NormRij::id, Function.identity()));
    }

    static ThemaRij thema(Auditrapport r, String id) {
        return r.themas().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    static Bevinding bevinding(Auditrapport r, String indicator, String onderwerp) {
        return r.bevindingen().stream().filter(b -> b.indicator().equals(indicator) && onderwerp.equals(b.onderwerp()))
                .findFirst().orElseThrow();
    }

    @Test
    void realistischeOrganisatieMetBekendeTekortkomingen() {
        assertThat(jbn.organisatieFouten()).isEmpty();
        // the inspectie's findings come back per employee, naming what is late or missing
        assertThat(bevinding(jbn, "5.4-B", "M-004").toelichting())
                .isEqualTo("M-004: VOG 2024-11-02 is 4 maanden en 1 dag ouder dan indiensttreding 2025-03-03; "
                        + "toegestaan is 3 maanden.");
        assertThat(bevinding(jbn, "5.4-B", "M-012").uitkomst()).isEqualTo(Uitkomst.TEKORT);
        assertThat(jbn.bevindingen().stream().filter(b -> b.indicator().equals("5.4-C")
                && b.uitkomst() == Uitkomst.TEKORT)).hasSize(2);
        assertThat(jbn.bevindingen().stream().filter(b -> b.indicator().equals("5.4-E")
                && b.uitkomst() == Uitkomst.TEKORT)).isNotEmpty();
        assertThat(bevinding(jbn, "5.5-B", "organisatie").toelichting()).contains("2021-05-17");
        assertThat(bevinding(jbn, "5.3-B", "Oldambt").uitkomst()).isEqualTo(Uitkomst.TEKORT);
        assertThat(jbn.bevindingen().stream().filter(b -> b.indicator().startsWith("5.")))
                .allSatisfy(b -> assertThat(b.dossier()).isNull());
    }

    @Test
    void organisatieIndicatorenNaarVerhoudingVanHunOnderwerpen() {
        Map<String, NormRij> n = normen(jbn);
        // issue 13: each indicator is judged on the share of its subjects; 5.4-F (sick leave 10.39/81.19 = 12.8%)
        // has one subject and fails, and under 'ergste' it decides 5.4
        assertThat(n.get("5.4").score()).isEqualTo(Oordeel.VOLDOET_NIET);
        assertThat(n.get("5.4").bepalend()).isEqualTo("5.4-F");
        var ziekte = indicator(n.get("5.4"), "5.4-F");
        assertThat(ziekte.toepasbaar()).isEqualTo(1);
        assertThat(ziekte.score()).isEqualTo(Oordeel.VOLDOET_NIET);
        // 5.4-G (8 fte left in 8 months of ~77 fte = 15.5% a year) is met, as a whole
        assertThat(indicator(n.get("5.4"), "5.4-G").score()).isEqualTo(Oordeel.VOLDOET);
        // 5.4-B: 3 late VOGs among more than 70 employees no longer fail the indicator as a whole
        var vog = indicator(n.get("5.4"), "5.4-B");
        assertThat(vog.tekort()).isEqualTo(3);
        assertThat(vog.toepasbaar()).isGreaterThan(70);
        assertThat(vog.score()).isIn(Oordeel.VOLDOET, Oordeel.VOLDOET_GROTENDEELS);
        // pooled, the norm row counts subjects, not indicators
        assertThat(n.get("5.4").toepasbaar())
                .isEqualTo(n.get("5.4").indicatoren().stream().mapToInt(i -> i.toepasbaar()).sum());
        // the theme explains the rule in one line
        assertThat(thema(jbn, "5").uitleg()).contains("aandeel van hun onderwerpen");
        // theme: the mean of its judged norms, rounded down
        int som = 0;
        int aantal = 0;
        for (String id : new String[] {"5.1", "5.2", "5.3", "5.4", "5.5"}) {
            if (n.get(id).score().beoordeeld()) {
                som += n.get(id).score().punten();
                aantal++;
            }
        }
        assertThat(thema(jbn, "5").score().punten()).isEqualTo(som / aantal);
    }

    private static nl.normtoets.report.Auditrapport.IndicatorRij indicator(NormRij n, String id) {
        return n.indicatoren().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void zonderOrganisatieFeitenIsThema5NietBeoordeeldMetReden() {
        Auditrapport r = AUDIT.voerUit(new AuditsetLezer().lees(Path.of("fixtures/voorbeeld.json"), null), CATALOGUS);
        assertThat(thema(r, "5").score()).isEqualTo(Oordeel.NIET_BEOORDEELD);
        assertThat(thema(r, "5").reden()).isEqualTo(Audit.GEEN_ORGANISATIEFEITEN);
        assertThat(normen(r).get("5.4").reden()).isEqualTo(Audit.GEEN_ORGANISATIEFEITEN);
        assertThat(r.organisatieFouten()).isEmpty();
        assertThat(r.bevindingen()).isNotEmpty().allSatisfy(b -> assertThat(b.dossier()).isNotNull());
    }

    @Test
    void ongeldigeOrganisatieFeitenWordenGemeldZonderDeDossiertoetsTeVerliezen() throws Exception {
        Path bron = Path.of("fixtures/voorbeeld.json");
        Auditrapport zonder = AUDIT.voerUit(new AuditsetLezer().lees(bron, null), CATALOGUS);

        ObjectNode doc = (ObjectNode) AuditsetLezer.MAPPER.readTree(Files.readString(bron));
        JsonNode fout = AuditsetLezer.MAPPER.readTree("""
                {"medewerkers": [
                   {"id": "M-01", "functie": "DIRECTEUR", "fte": 1.0},
                   {"id": "M-02", "functie": "JEUGDBESCHERMER", "vogDatum": "2025-13-01"},
                   {"functie": "JEUGDBESCHERMER"}],
                 "personeelscijfers": [{"maand": "2025-1", "fte": 80}],
                 "financieleBuffer": "tien procent"}""");
        doc.set("organisatieFeiten", fout);
        Auditset set = new AuditsetLezer().lees(new ByteArrayInputStream(AuditsetLezer.MAPPER.writeValueAsBytes(doc)),
                "ongeldig-org.json", null);
        Auditrapport r = AUDIT.voerUit(set, CATALOGUS);

        // the errors name the field, never the value from the file
        assertThat(String.join("\n", r.organisatieFouten())).doesNotContain("DIRECTEUR", "2025-13-01", "tien procent");
        assertThat(r.organisatieFouten()).anySatisfy(f -> assertThat(f)
                .startsWith("organisatieFeiten.medewerkers[0].functie: is geen toegestane waarde"));
        assertThat(r.organisatieFouten()).anySatisfy(f -> assertThat(f)
                .isEqualTo("organisatieFeiten.medewerkers[1].vogDatum: is geen geldige datum (JJJJ-MM-DD)"));
        assertThat(r.organisatieFouten()).anySatisfy(f -> assertThat(f)
                .isEqualTo("organisatieFeiten.medewerkers[2].id: verplicht veld ontbreekt"));
        assertThat(r.organisatieFouten()).anySatisfy(f -> assertThat(f)
                .startsWith("organisatieFeiten.personeelscijfers[0].maand: heeft niet de vereiste vorm"));
        assertThat(r.organisatieFouten()).anySatisfy(f -> assertThat(f)
                .startsWith("organisatieFeiten.financieleBuffer: heeft het verkeerde type"));
        assertThat(thema(r, "5").score()).isEqualTo(Oordeel.NIET_BEOORDEELD);
        assertThat(thema(r, "5").reden()).contains("organisatieFouten").contains("5 fout(en)");
        // the dossier audit is untouched
        assertThat(r.aantallen()).isEqualTo(zonder.aantallen());
        assertThat(r.bevindingen()).isEqualTo(zonder.bevindingen());
        assertThat(thema(r, "1a").score()).isEqualTo(thema(zonder, "1a").score());
    }

    @Test
    void legeOrganisatieFeitenBeoordelenWatErIsEnNoemenWaaromDeRestNiet() throws Exception {
        ObjectNode doc = (ObjectNode) AuditsetLezer.MAPPER.readTree(Files.readString(Path.of("fixtures/voorbeeld.json")));
        doc.set("organisatieFeiten", AuditsetLezer.MAPPER.createObjectNode());
        Auditrapport r = AUDIT.voerUit(new AuditsetLezer().lees(new ByteArrayInputStream(
                AuditsetLezer.MAPPER.writeValueAsBytes(doc)), "leeg.json", null), CATALOGUS);
        // nothing recorded: no annual report, no meetings, no survey (TEKORT); no actions, no staff (nothing to check)
        assertThat(normen(r).get("5.1").score()).isEqualTo(Oordeel.VOLDOET_NIET);
        assertThat(normen(r).get("5.2").score()).isEqualTo(Oordeel.NIET_BEOORDEELD);
        assertThat(normen(r).get("5.2").reden()).isEqualTo(Audit.NIETS_TE_TOETSEN);
        assertThat(thema(r, "5").score()).isEqualTo(Oordeel.VOLDOET_NIET);
        assertThat(r.organisatieFouten()).isEmpty();
    }

    @Test
    void samenhangsfoutenInOrganisatieFeitenNoemenHetVeld() throws Exception {
        ObjectNode doc = (ObjectNode) AuditsetLezer.MAPPER.readTree(Files.readString(Path.of("fixtures/voorbeeld.json")));
        doc.set("organisatieFeiten", AuditsetLezer.MAPPER.readTree("""
                {"medewerkers": [
                   {"id": "M-01", "functie": "JEUGDBESCHERMER", "inDienst": "2024-01-01", "uitDienst": "2023-12-01"},
                   {"id": "M-01", "functie": "ASSISTENT"}]}"""));
        Auditset set = new AuditsetLezer().lees(new ByteArrayInputStream(AuditsetLezer.MAPPER.writeValueAsBytes(doc)),
                "dubbel.json", null);
        Auditrapport r = AUDIT.voerUit(set, CATALOGUS);
        assertThat(r.organisatieFouten()).containsExactly(
                "organisatieFeiten.medewerkers[0].uitDienst: 2023-12-01 ligt voor inDienst 2024-01-01",
                "organisatieFeiten.medewerkers[1].id: 'M-01' komt al eerder voor; elke medewerker staat er één keer in");
        assertThat(thema(r, "5").score()).isEqualTo(Oordeel.NIET_BEOORDEELD);
    }

    @Test
    void rapportEnSamenvattingTonenThema4EnThema5() {
        String json = RapportSchrijver.alsTekst(jbn);
        assertThat(json).contains("\"thema4\"", "\"zonderVasteOpPeildatum\"", "\"organisatieFouten\"",
                "\"onderwerp\" : \"M-004\"");
        assertThat(jbn.thema4().totaal().dossiers()).isEqualTo(jbn.aantallen().dossiersGetoetst());
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Samenvatting.print(jbn, new PrintStream(uit, true, StandardCharsets.UTF_8));
        String tekst = uit.toString(StandardCharsets.UTF_8);
        assertThat(tekst).contains("5.4", "periode zonder vaste jeugdbeschermer", "dagen tot eerste hulp",
                "op de peildatum zonder vaste jeugdbeschermer");
        assertThat(List.of(tekst.split("\n"))).anySatisfy(l -> assertThat(l).startsWith("5 ").contains("=> Voldoet niet"));
    }

    @Test
    void eenFoutInDeCatalogusBijThema5StoptDeAuditInPlaatsVanThema5OngeldigTeNoemen(
            @TempDir Path tmp) throws Exception {
        String yaml = Files.readString(Path.of("rules/normcatalogus.yaml"));
        assertThat(yaml).contains("parameters: {minimumBuffer: 0.10}");
        Path kapot = Files.writeString(tmp.resolve("kapot.yaml"),
                yaml.replace("parameters: {minimumBuffer: 0.10}", "parameters: {minimumBuffer: tien}"));
        Auditset demo = new AuditsetLezer().lees(Path.of("fixtures/demo.json"), null);

        assertThatThrownBy(() -> AUDIT.voerUit(demo, CatalogusLezer.lees(kapot)))
                .isInstanceOf(CatalogusFout.class).hasMessageContaining("minimumBuffer")
                .hasMessageContaining("5.3-A");
    }
}
