package nl.normtoets.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Maatregel;
import nl.normtoets.scoring.Oordeel;

/** The presentation step for explanations and values: ISO dates, codes and decimal points become Dutch. */
class NlOpmaakTest {

    @Test
    void toelichtingKrijgtNederlandseDatumsLabelsEnKomma() {
        assertThat(NlOpmaak.toelichting("Geen informatiebrief aan het gezin geregistreerd; de termijn van 10 dagen na "
                + "de toewijzing aan CCP (2025-02-11) liep af op 2025-02-21."))
                .isEqualTo("Geen informatiebrief aan het gezin geregistreerd; de termijn van 10 dagen na de toewijzing "
                        + "aan CCP (11-02-2025) liep af op 21-02-2025.");
        assertThat(NlOpmaak.toelichting("Taxatie van soort [VEILIGHEID, RISICO] op 2025-02-11."))
                .isEqualTo("Taxatie van soort veiligheid of risico op 11-02-2025.");
        assertThat(NlOpmaak.toelichting("Indicator 1a.2-C geldt niet voor maatregel VOORLOPIGE_OTS."))
                .isEqualTo("Indicator 1a.2-C geldt niet voor maatregel voorlopige OTS.");
        assertThat(NlOpmaak.toelichting("Ziekteverzuim jeugdbeschermers in 2025-02: 12.72 van 99.4 fte = 12.8%, "
                + "boven het maximum van 7.5%."))
                .isEqualTo("Ziekteverzuim jeugdbeschermers in februari 2025: 12,72 van 99,4 fte = 12,8%, boven het "
                        + "maximum van 7,5%.");
        assertThat(NlOpmaak.toelichting("Risico's zonder doel: PSYCHIATRIE_OUDER. Hulp H1, actie VA-03, M-001."))
                .isEqualTo("Risico's zonder doel: psychiatrie ouder. Hulp H1, actie VA-03, M-001.");
        assertThat(NlOpmaak.toelichting("Indicator 2.3-A geldt niet voor maatregel JR; OR-vergadering."))
                .isEqualTo("Indicator 2.3-A geldt niet voor maatregel jeugdreclassering; OR-vergadering.");
    }

    @Test
    void getallenEnDatumsNaarNlNl() {
        assertThat(NlOpmaak.procent(50.3)).isEqualTo("50,3%");
        assertThat(NlOpmaak.aandeel(0.12796780684104628)).isEqualTo("12,8%");
        assertThat(NlOpmaak.geheel(50000)).isEqualTo("50.000");
        assertThat(NlOpmaak.getal(1.1235955056179776, 2)).isEqualTo("1,12");
        assertThat(NlOpmaak.datum(LocalDate.of(2025, 3, 10))).isEqualTo("10-03-2025");
        assertThat(NlOpmaak.datumVoluit(LocalDate.of(2025, 3, 10))).isEqualTo("10 maart 2025");
    }

    @Test
    void bewijswaardenInWoorden() {
        assertThat(NlOpmaak.bewijswaarde("tijdelijkVanaf", LocalDate.of(2025, 2, 11))).isEqualTo("11-02-2025");
        assertThat(NlOpmaak.bewijswaarde("verzuim", 0.12796780684104628)).isEqualTo("12,8%");
        assertThat(NlOpmaak.bewijswaarde("perFte", 1.1235955056179776)).isEqualTo("1,12");
        assertThat(NlOpmaak.bewijswaarde("besprokenMetOuders", true)).isEqualTo("ja");
        assertThat(NlOpmaak.bewijswaarde("maatregel", "VOORLOPIGE_VOOGDIJ")).isEqualTo("voorlopige voogdij");
        assertThat(NlOpmaak.bewijswaarde("leefgebieden", List.of("VEILIGHEID", "VRIJE_TIJD")))
                .isEqualTo("veiligheid, vrije tijd");
        assertThat(NlOpmaak.bewijswaarde("contactmoment3", null)).isEqualTo("geen");
        assertThat(NlOpmaak.bewijswaarde("risicos", List.of("MISHANDELING", "HUISELIJK_GEWELD")))
                .isEqualTo("mishandeling, huiselijk geweld");
        assertThat(NlOpmaak.bewijswaarde("werkwijze", "CCP")).isEqualTo("CCP");
        assertThat(NlOpmaak.toelichting("Risico's zonder doel in het plan: AGRESSIE.")).isEqualTo(
                "Risico's zonder doel in het plan: agressie.");
    }

    @Test
    void labelsVoorSleutelsEnWaarden() {
        assertThat(Labels.veld("tijdelijkVanaf")).isEqualTo("tijdelijk vanaf");
        assertThat(Labels.veld("contactmoment3")).isEqualTo("derde contactmoment");
        assertThat(Labels.veld("aantalBinnenTermijn")).isEqualTo("aantal binnen de termijn");
        assertThat(Labels.veld("nieuweSleutel2")).as("onbekende sleutel in woorden").isEqualTo("nieuwe sleutel 2");
        assertThat(Labels.oordeel(Oordeel.VOLDOET_GROTENDEELS_NIET)).isEqualTo("Voldoet grotendeels niet");
        assertThat(Labels.waarde(Maatregel.VOORLOPIGE_OTS)).isEqualTo("voorlopige OTS");
        assertThat(Labels.waarde("ONBEKENDE_CODE")).isEqualTo("onbekende code");
    }
}
