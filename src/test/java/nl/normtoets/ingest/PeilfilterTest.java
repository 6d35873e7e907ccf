package nl.normtoets.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Contactvorm;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Signaal;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Uitvoerder;
import nl.normtoets.dossier.Werkwijze;

class PeilfilterTest {

    static final LocalDate DAG = LocalDate.of(2025, 3, 1);

    private static Contact contact(LocalDate d) {
        return new Contact(d, Contactvorm.FYSIEK, List.of(), false, Uitvoerder.GI);
    }

    private static Dossier dossier(LocalDate start, LocalDate eind, List<Toewijzing> t, List<Contact> c, List<Hulp> h,
                                   List<Signaal> s) {
        return new Dossier("D-1", Maatregel.OTS, start, eind, "R", "G", "T", 2012, true, t, null, c, List.of(),
                List.of(), List.of(), h, List.of(), List.of(), List.of(), null, List.of(), s);
    }

    @Test
    void feitenOpDeDagBlijvenDieErnaVallenWeg() {
        Dossier d = dossier(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 2),
                List.of(new Toewijzing(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 4, 1), Werkwijze.CCP, null),
                        new Toewijzing(LocalDate.of(2025, 4, 1), null, Werkwijze.VAST, "M-1")),
                List.of(contact(LocalDate.of(2025, 2, 28)), contact(DAG), contact(DAG.plusDays(1))),
                List.of(new Hulp("H1", null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 5), DAG, null, true,
                        LocalDate.of(2025, 3, 9)),
                        new Hulp("H2", null, LocalDate.of(2025, 3, 2), null, null, null, null, null)),
                List.of(new Signaal(LocalDate.of(2025, 2, 27), LocalDate.of(2025, 3, 2))));
        Peilfilter f = new Peilfilter(DAG);

        Dossier op = f.pas(d);

        assertThat(op.einddatum()).isNull(); // still running on the day
        assertThat(op.toewijzingen()).containsExactly(
                new Toewijzing(LocalDate.of(2025, 1, 6), null, Werkwijze.CCP, null));
        assertThat(op.contacten()).extracting(Contact::datum).containsExactly(LocalDate.of(2025, 2, 28), DAG);
        assertThat(op.hulp()).containsExactly(new Hulp("H1", null, LocalDate.of(2025, 2, 1), null, DAG, null, null,
                null));
        assertThat(op.signalen()).containsExactly(new Signaal(LocalDate.of(2025, 2, 27), null));
        // einddatum, toewijzing.tot, toewijzing, contact, hulp H1 gestart + beoordeeld, hulp H2, signaal.opgevolgd
        assertThat(f.weggelatenFeiten()).isEqualTo(8);
        assertThat(f.weggelatenDossiers()).isZero();
    }

    @Test
    void eenDossierVanNaDeDagBestondNogNiet() {
        Peilfilter f = new Peilfilter(DAG);
        assertThat(f.pas(dossier(DAG.plusDays(1), null, List.of(), List.of(), List.of(), List.of()))).isNull();
        Dossier opDeDag = dossier(DAG, null, List.of(), List.of(), List.of(), List.of());
        assertThat(f.pas(opDeDag)).isEqualTo(opDeDag);
        assertThat(f.weggelatenDossiers()).isEqualTo(1);
        assertThat(f.weggelatenFeiten()).isZero();
    }

    @Test
    void deDagMagNietNaDePeildatumVanDeSetLiggen() {
        Auditset set = new Auditset("s.json", DAG.minusDays(1), "X", List.of(), List.of(), null, List.of());
        assertThatThrownBy(() -> new Peilfilter(DAG).pas(set)).isInstanceOf(OnbruikbareInvoer.class)
                .hasMessageContaining("ligt na de peildatum");
    }
}
