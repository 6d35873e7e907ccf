package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.normtoets.dossier.Betrokkene;
import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Contactvorm;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Evaluatie;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.PlanSoort;
import nl.normtoets.dossier.Signaal;
import nl.normtoets.dossier.Taxatie;
import nl.normtoets.dossier.TaxatieSoort;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Uitvoerder;
import nl.normtoets.dossier.Werkwijze;

/** Builds dossiers for monitor tests; every field not set is "none recorded". */
final class TestDossier {
    private final String id;
    private Maatregel maatregel = Maatregel.OTS;
    private LocalDate start;
    private LocalDate einde;
    private String team = "T1";
    private Boolean hulpNodig;
    private final List<Toewijzing> toewijzingen = new ArrayList<>();
    private final List<Contact> contacten = new ArrayList<>();
    private final List<Taxatie> taxaties = new ArrayList<>();
    private final List<Plan> plannen = new ArrayList<>();
    private final List<Hulp> hulp = new ArrayList<>();
    private final List<Evaluatie> evaluaties = new ArrayList<>();
    private final List<Signaal> signalen = new ArrayList<>();

    private TestDossier(String id, LocalDate start) {
        this.id = id;
        this.start = start;
    }

    static TestDossier dossier(String id, LocalDate start) {
        return new TestDossier(id, start);
    }

    TestDossier maatregel(Maatregel m) { this.maatregel = m; return this; }
    TestDossier einde(LocalDate d) { this.einde = d; return this; }
    TestDossier team(String t) { this.team = t; return this; }
    TestDossier hulpNodig() { this.hulpNodig = true; return this; }

    TestDossier toewijzing(LocalDate vanaf, LocalDate tot, Werkwijze w, String medewerker) {
        toewijzingen.add(new Toewijzing(vanaf, tot, w, medewerker));
        return this;
    }

    /** Face-to-face GI contact with the child (and parents), not alone. */
    TestDossier contact(LocalDate d) {
        contacten.add(new Contact(d, Contactvorm.FYSIEK, List.of(Betrokkene.JEUGDIGE, Betrokkene.OUDERS), false, Uitvoerder.GI));
        return this;
    }

    /** Face-to-face GI contact with the child alone. */
    TestDossier eenOpEen(LocalDate d) {
        contacten.add(new Contact(d, Contactvorm.FYSIEK, List.of(Betrokkene.JEUGDIGE), true, Uitvoerder.GI));
        return this;
    }

    TestDossier taxatie(LocalDate d, TaxatieSoort soort, String instrument) {
        taxaties.add(new Taxatie(d, soort, instrument, List.of()));
        return this;
    }

    TestDossier plan(LocalDate d, PlanSoort soort) {
        plannen.add(new Plan(d, soort, true, true, List.of()));
        return this;
    }

    TestDossier hulp(String hid, LocalDate aangevraagd, LocalDate gestart) {
        hulp.add(new Hulp(hid, null, aangevraagd, gestart, null, null, null, null));
        return this;
    }

    /** Help judged not effective on the given day (2.1-B looks for other help after it). */
    TestDossier hulpNietEffectief(String hid, LocalDate gestart, LocalDate beoordeeld) {
        hulp.add(new Hulp(hid, null, gestart, gestart, null, null, false, beoordeeld));
        return this;
    }

    TestDossier evaluatie(LocalDate d) { evaluaties.add(new Evaluatie(d)); return this; }

    TestDossier signaal(LocalDate d, LocalDate opgevolgd) { signalen.add(new Signaal(d, opgevolgd)); return this; }

    Dossier bouw() {
        return new Dossier(id, maatregel, start, einde, "R1", "G1", team, 2012, hulpNodig, toewijzingen, null,
                contacten, taxaties, List.of(), plannen, hulp, evaluaties, List.of(), List.of(), null, List.of(),
                signalen);
    }
}
