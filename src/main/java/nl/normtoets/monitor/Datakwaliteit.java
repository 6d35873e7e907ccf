package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.normtoets.dossier.Contact;
import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Hulp;
import nl.normtoets.dossier.Plan;
import nl.normtoets.dossier.Signaal;
import nl.normtoets.dossier.Taxatie;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.norm.Normcatalogus;

/**
 * Finds registrations that contradict themselves. Seed 001: JBN's first monitor gave a wrong picture because
 * registration was not uniform, so these are reported separately instead of silently producing (or hiding) risks.
 */
public final class Datakwaliteit {

    private final Set<String> bekendeInstrumenten;

    public Datakwaliteit(Normcatalogus catalogus) {
        this.bekendeInstrumenten = Monitorregels.bekendeInstrumenten(catalogus);
    }

    public List<Registratiefout> controleer(Dossier d, LocalDate peildatum) {
        Toedeling toedeling = Toedeling.van(d, peildatum);
        List<Registratiefout> uit = new ArrayList<>();
        for (Contact c : d.contacten()) {
            if (c.datum().isBefore(d.startdatum())) {
                uit.add(fout(d, toedeling, Registratiefout.Soort.CONTACT_VOOR_START, "Contact op " + c.datum()
                        + " ligt voor de start van de maatregel (" + d.startdatum() + "); het telt niet mee."));
            }
        }
        for (Plan p : d.plannen()) {
            if (p.soort() == null) {
                uit.add(fout(d, toedeling, Registratiefout.Soort.PLAN_ZONDER_SOORT, "Plan van " + p.datum()
                        + " heeft geen soort; de monitor gebruikt de algemene termijn van 3.3-C."));
            }
        }
        List<Toewijzing> tw = d.toewijzingen();
        for (int i = 0; i < tw.size(); i++) {
            for (int j = i + 1; j < tw.size(); j++) {
                if (overlappen(tw.get(i), tw.get(j))) {
                    uit.add(fout(d, toedeling, Registratiefout.Soort.OVERLAPPENDE_TOEWIJZINGEN, "Toewijzing vanaf "
                            + tw.get(i).vanaf() + " (" + tw.get(i).werkwijze() + ") overlapt met die vanaf "
                            + tw.get(j).vanaf() + " (" + tw.get(j).werkwijze() + ")."));
                }
            }
            if (tw.get(i).isVast() && (tw.get(i).medewerker() == null || tw.get(i).medewerker().isBlank())) {
                uit.add(fout(d, toedeling, Registratiefout.Soort.VASTE_TOEWIJZING_ZONDER_MEDEWERKER,
                        "Vaste toewijzing vanaf " + tw.get(i).vanaf() + " noemt geen medewerker."));
            }
        }
        for (Hulp h : d.hulp()) {
            if (h.gestart() != null && h.aangevraagd() != null && h.gestart().isBefore(h.aangevraagd())) {
                uit.add(fout(d, toedeling, Registratiefout.Soort.HULP_GESTART_VOOR_AANVRAAG, "Hulp " + h.id()
                        + " gestart op " + h.gestart() + ", voor de aanvraag op " + h.aangevraagd() + "."));
            }
        }
        for (Taxatie t : d.taxaties()) {
            if (t.instrument() != null && !bekendeInstrumenten.contains(t.instrument())) {
                uit.add(fout(d, toedeling, Registratiefout.Soort.ONBEKEND_INSTRUMENT, "Taxatie van " + t.datum()
                        + " noemt onbekend instrument '" + t.instrument() + "'."));
            }
        }
        for (Signaal s : d.signalen()) {
            if (s.opgevolgd() != null && s.opgevolgd().isBefore(s.datum())) {
                uit.add(fout(d, toedeling, Registratiefout.Soort.OPGEVOLGD_VOOR_SIGNAAL, "Signaal van " + s.datum()
                        + " is opgevolgd op " + s.opgevolgd() + ", voor het signaal zelf."));
            }
        }
        return List.copyOf(uit);
    }

    /**
     * {@code tot} is inclusive, but a handover on the same day (one ends on D, the next starts on D) is normal
     * practice and the contract's own example, so only a real overlap of more than that day counts.
     */
    static boolean overlappen(Toewijzing a, Toewijzing b) {
        Toewijzing eerst = a.vanaf().isAfter(b.vanaf()) ? b : a;
        Toewijzing later = eerst == a ? b : a;
        return eerst.tot() == null || later.vanaf().isBefore(eerst.tot());
    }

    private static Registratiefout fout(Dossier d, Toedeling t, Registratiefout.Soort soort, String tekst) {
        return new Registratiefout(d.id(), t, soort, tekst);
    }
}
