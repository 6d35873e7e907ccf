package nl.normtoets.ingest.tabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one raw table into parsed rows: finds each contract column among the export's headers (through the
 * mapping), then parses every cell by its column's kind. Problems with a single cell become errors of that row; a
 * required column that is missing altogether is one error of the table.
 */
final class RijLezer {

    private final Mapping mapping;
    private final LocalDate peildatum;

    RijLezer(Mapping mapping, LocalDate peildatum) {
        this.mapping = mapping;
        this.peildatum = peildatum;
    }

    /** Parsed rows plus table-level findings (errors for missing columns, notes for unused ones). */
    record Resultaat(List<Rij> rijen, List<Importfout> tabelfouten, List<String> opmerkingen) {
    }

    Resultaat lees(Tabel tabel, RuweTabel ruw) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> koppen = new HashMap<>();
        List<Importfout> tabelfouten = new ArrayList<>();
        List<String> opmerkingen = new ArrayList<>();
        for (int i = 0; i < ruw.koppen().size(); i++) {
            String kop = ruw.koppen().get(i);
            if (kop.isBlank()) {
                continue;
            }
            Optional<Kolom> kolom = mapping.kolom(tabel, kop);
            if (kolom.isEmpty()) {
                opmerkingen.add(ruw.bron() + ": kolom '" + kop + "' wordt niet gebruikt (geen kolom van "
                        + tabel.naam() + " en niet in de mapping)");
            } else if (index.containsKey(kolom.get().naam())) {
                tabelfouten.add(new Importfout(ruw.bron(), 1, kop, Importfout.Soort.ONGELDIG,
                        "staat voor '" + kolom.get().naam() + "', net als kolom '" + koppen.get(kolom.get().naam())
                                + "'; welke geldt is onduidelijk"));
            } else {
                index.put(kolom.get().naam(), i);
                koppen.put(kolom.get().naam(), kop);
            }
        }
        Map<String, String> standaard = mapping.standaard(tabel);
        for (Kolom k : tabel.kolommen()) {
            if (k.verplicht() && !index.containsKey(k.naam()) && !standaard.containsKey(k.naam())) {
                tabelfouten.add(new Importfout(ruw.bron(), 1, k.naam(), Importfout.Soort.ONTBREKENDE_KOLOM,
                        "verplichte kolom ontbreekt; geen van de koppen staat voor '" + k.naam() + "'"));
            }
        }
        List<Rij> rijen = new ArrayList<>();
        for (RuweTabel.Rij rij : ruw.rijen()) {
            Map<String, Object> waarden = new HashMap<>();
            Rij regel = new Rij(tabel, ruw.bron(), rij.regel(), koppen, waarden);
            for (Kolom k : tabel.kolommen()) {
                Integer i = index.get(k.naam());
                String cel = i == null ? "" : rij.cel(i);
                if (cel.isBlank() && standaard.containsKey(k.naam())) {
                    cel = standaard.get(k.naam());
                }
                if (cel.isBlank()) {
                    if (k.verplicht() && i != null) {
                        regel.fout(k.naam(), Importfout.Soort.VERPLICHT, "is leeg; deze kolom is verplicht");
                    }
                    continue;
                }
                Object waarde = waarde(k, cel, regel);
                if (waarde != null) {
                    waarden.put(k.naam(), waarde);
                }
            }
            rijen.add(regel);
        }
        return new Resultaat(rijen, tabelfouten, opmerkingen);
    }

    private Object waarde(Kolom k, String cel, Rij regel) {
        try {
            return switch (k.soort()) {
                case TEKST -> cel.strip();
                case DATUM -> datum(regel.tabel, k, cel, regel);
                case JA_NEE -> Waarden.jaNee(cel);
                case GETAL -> getal(k, cel);
                case DECIMAAL -> decimaal(k, cel);
                case MAAND -> Waarden.maand(cel);
                case CODE -> code(k, cel, regel);
                case CODES -> {
                    List<String> codes = new ArrayList<>();
                    for (String c : Waarden.lijst(cel)) {
                        String code = code(k, c, regel);
                        if (code != null && !codes.contains(code)) {
                            codes.add(code);
                        }
                    }
                    yield List.copyOf(codes);
                }
            };
        } catch (IllegalArgumentException e) {
            regel.fout(k.naam(), Importfout.Soort.ONGELDIG, e.getMessage());
            return null;
        }
    }

    /** Dossier facts after the peildatum are errors (as in the JSON reader); organisation dates the rules skip. */
    private LocalDate datum(Tabel tabel, Kolom k, String cel, Rij regel) {
        LocalDate d = Waarden.datum(cel);
        if (tabel.perDossier() && k.isFeitdatum() && d.isAfter(peildatum)) {
            regel.fout(k.naam(), Importfout.Soort.NA_PEILDATUM, "ligt na de peildatum " + peildatum);
            return null;
        }
        return d;
    }

    /** Range checks of the contract schema, so the written audit set is never rejected for them later. */
    private static Integer getal(Kolom k, String cel) {
        Integer g = Waarden.getal(cel);
        if (k.naam().equals("geboortejaar") && (g < 1990 || g > 2100)) {
            throw new IllegalArgumentException("is geen geboortejaar tussen 1990 en 2100");
        }
        if (g < (k.naam().equals("contactafspraakFrequentieDagen") ? 1 : 0)) {
            throw new IllegalArgumentException("ligt buiten het toegestane bereik");
        }
        return g;
    }

    /** Staff figures are never negative; a financial buffer (a fraction of turnover) may be, down to -1. */
    private static Double decimaal(Kolom k, String cel) {
        Double d = Waarden.decimaal(cel);
        boolean buffer = k.naam().equals("financieleBuffer");
        if (buffer ? d < -1 || d > 10 : d < 0) {
            throw new IllegalArgumentException(buffer ? "ligt buiten -1 tot 10 (een fractie: 0,10 = 10%)"
                    : "mag niet negatief zijn");
        }
        return d;
    }

    private String code(Kolom k, String cel, Rij regel) {
        Optional<String> gemapt = mapping.code(k.codelijst(), cel);
        if (gemapt.isPresent()) {
            return gemapt.get();
        }
        if (k.toegestaan().isEmpty()) {
            return cel.strip();
        }
        String alsEnum = Waarden.alsEnum(cel);
        if (k.toegestaan().contains(alsEnum)) {
            return alsEnum;
        }
        regel.fout(k.naam(), Importfout.Soort.ONBEKENDE_CODE, "is geen bekende code voor " + k.naam()
                + "; toegestaan: " + String.join(", ", k.toegestaan()) + " (of vertaal de code in de mapping, "
                + "codelijst '" + k.codelijst() + "')");
        return null;
    }
}
