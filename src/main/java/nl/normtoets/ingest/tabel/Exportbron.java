package nl.normtoets.ingest.tabel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import nl.normtoets.ingest.OnbruikbareInvoer;

/**
 * Finds the tables of an export: {@code <tabel>.csv} files in a folder or sheets of one .xlsx workbook, named as the
 * mapping says (default: the table name), matched ignoring case. Files or sheets that are no table are named in a
 * note, never skipped silently.
 */
final class Exportbron {

    record Gevonden(Map<Tabel, RuweTabel> tabellen, List<String> opmerkingen) {
    }

    private Exportbron() {
    }

    static boolean isExport(Path pad) {
        return Files.isDirectory(pad) || pad.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    static Gevonden lees(Path pad, Mapping mapping) {
        Map<String, RuweTabel> perNaam = new LinkedHashMap<>();
        List<String> opmerkingen = new ArrayList<>();
        if (Files.isDirectory(pad)) {
            try (Stream<Path> bestanden = Files.list(pad)) {
                for (Path b : bestanden.sorted().toList()) {
                    String naam = b.getFileName().toString();
                    if (naam.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        perNaam.put(naam.substring(0, naam.length() - 4), CsvBron.lees(b));
                    } else if (!naam.startsWith(".")) {
                        opmerkingen.add(naam + ": geen CSV-bestand; niet gebruikt");
                    }
                }
            } catch (IOException e) {
                throw new OnbruikbareInvoer(pad + ": map kan niet worden gelezen (" + e.getMessage() + ")", e);
            }
        } else if (Files.isRegularFile(pad)) {
            perNaam.putAll(XlsxBron.lees(pad));
        } else {
            throw new OnbruikbareInvoer(pad + ": bestaat niet (verwacht een map met CSV-bestanden of een .xlsx)");
        }
        Map<Tabel, RuweTabel> tabellen = new EnumMap<>(Tabel.class);
        for (var e : perNaam.entrySet()) {
            opmerkingen.addAll(e.getValue().opmerkingen());
            Tabel tabel = null;
            for (Tabel t : Tabel.values()) {
                if (mapping.bestand(t).equalsIgnoreCase(e.getKey().strip())) {
                    tabel = t;
                }
            }
            if (tabel == null) {
                opmerkingen.add(e.getValue().bron() + ": geen bekende tabel; niet gebruikt");
            } else if (tabellen.containsKey(tabel)) {
                throw new OnbruikbareInvoer(pad + ": tabel " + tabel.naam() + " staat er twee keer in ("
                        + tabellen.get(tabel).bron() + " en " + e.getValue().bron() + ")");
            } else {
                tabellen.put(tabel, e.getValue());
            }
        }
        if (!tabellen.containsKey(Tabel.MAATREGELEN)) {
            throw new OnbruikbareInvoer(pad + ": geen tabel '" + mapping.bestand(Tabel.MAATREGELEN)
                    + "' gevonden; zonder maatregelen zijn er geen dossiers");
        }
        for (Tabel t : Tabel.values()) {
            if (!tabellen.containsKey(t)) {
                opmerkingen.add("geen tabel '" + mapping.bestand(t) + "': niets geregistreerd voor " + t.naam());
            }
        }
        return new Gevonden(tabellen, opmerkingen);
    }
}
