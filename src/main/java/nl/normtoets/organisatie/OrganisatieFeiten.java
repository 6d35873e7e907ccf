package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the GI registers about itself (the audit set's {@code organisatieFeiten}): staff, monthly staffing figures and
 * governance records. Immutable; missing lists mean "none recorded". The query methods answer theme 5's questions so
 * the rules stay thin; they never look past the peildatum they are given.
 */
public record OrganisatieFeiten(
        List<Medewerker> medewerkers,
        List<Personeelscijfers> personeelscijfers,
        LocalDate jaarverslag,
        List<ClientenraadAdvies> clientenraadAdviezen,
        List<LocalDate> orVergaderingen,
        List<LocalDate> rvtVergaderingen,
        List<LocalDate> clientervaringsonderzoeken,
        List<Verbeteractie> verbeteracties,
        List<Samenwerkingsprotocol> samenwerkingsprotocollen,
        Double financieleBuffer) {

    public OrganisatieFeiten {
        medewerkers = medewerkers == null ? List.of() : List.copyOf(medewerkers);
        personeelscijfers = personeelscijfers == null ? List.of()
                : personeelscijfers.stream().sorted(Comparator.comparing(Personeelscijfers::maand)).toList();
        clientenraadAdviezen = clientenraadAdviezen == null ? List.of() : List.copyOf(clientenraadAdviezen);
        orVergaderingen = gesorteerd(orVergaderingen);
        rvtVergaderingen = gesorteerd(rvtVergaderingen);
        clientervaringsonderzoeken = gesorteerd(clientervaringsonderzoeken);
        verbeteracties = verbeteracties == null ? List.of() : List.copyOf(verbeteracties);
        samenwerkingsprotocollen = samenwerkingsprotocollen == null ? List.of() : List.copyOf(samenwerkingsprotocollen);
    }

    private static List<LocalDate> gesorteerd(List<LocalDate> datums) {
        return datums == null ? List.of() : datums.stream().sorted().toList();
    }

    /** The latest date on or before {@code dag}, if any. */
    public static Optional<LocalDate> laatste(List<LocalDate> datums, LocalDate dag) {
        return datums.stream().filter(d -> !d.isAfter(dag)).reduce((a, b) -> b);
    }

    /** Dates in the window {@code (van, tot]}: "in the last N" includes the day N back, see {@link #binnen}. */
    public static List<LocalDate> binnen(List<LocalDate> datums, LocalDate vanaf, LocalDate tot) {
        return datums.stream().filter(d -> !d.isBefore(vanaf) && !d.isAfter(tot)).toList();
    }

    /** The staffing figures of the latest month on or before the peildatum's month. */
    public Optional<Personeelscijfers> laatsteCijfers(LocalDate peildatum) {
        YearMonth peilmaand = YearMonth.from(peildatum);
        return personeelscijfers.stream().filter(c -> !c.maand().isAfter(peilmaand)).reduce((a, b) -> b);
    }

    /** The figures of the {@code maanden} months up to and including the peildatum's month. */
    public List<Personeelscijfers> cijfersLaatsteMaanden(LocalDate peildatum, int maanden) {
        YearMonth tot = YearMonth.from(peildatum);
        YearMonth van = tot.minusMonths(maanden - 1L);
        return personeelscijfers.stream().filter(c -> !c.maand().isBefore(van) && !c.maand().isAfter(tot)).toList();
    }

    /** The same facts with these improvement actions instead (the stored verbeterplan standing in for none). */
    public OrganisatieFeiten metVerbeteracties(List<Verbeteractie> acties) {
        return new OrganisatieFeiten(medewerkers, personeelscijfers, jaarverslag, clientenraadAdviezen,
                orVergaderingen, rvtVergaderingen, clientervaringsonderzoeken, acties, samenwerkingsprotocollen,
                financieleBuffer);
    }

    public boolean heeftProtocolMet(String gemeente) {
        return samenwerkingsprotocollen.stream().anyMatch(p -> p.gemeente().equalsIgnoreCase(gemeente));
    }
}
