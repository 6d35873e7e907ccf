package nl.normtoets.review.blad;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.normtoets.review.Antwoord;
import nl.normtoets.review.Vraagantwoord;

/**
 * Reads a review sheet back (.xlsx or CSV as {@link Bladschrijver} writes it, after a reviewer filled it in offline).
 * Columns are found by their header name, so a reviewer may reorder or hide columns; empty rows are skipped. Every
 * error of the file is collected (up to {@link #MAX_FOUTEN}) and thrown at once as {@link OnleesbaarBlad}, each
 * naming sheet, row and column but never the cell's value. Checks against the sample and the checklist follow in
 * {@link Lezingimport}.
 */
public final class Bladlezer {

    static final int MAX_FOUTEN = 50;
    private static final List<String> VERPLICHT = List.of(Lezingblad.DOSSIER, Lezingblad.VRAAG_ID,
            Lezingblad.ANTWOORD);

    private Bladlezer() {
    }

    /** {@code bestandsnaam}: how messages name a CSV (Excel names its single sheet after the file). */
    public static Bladinhoud lees(InputStream in, Lezingblad.Soort soort, String bestandsnaam) {
        try {
            return soort == Lezingblad.Soort.XLSX ? xlsx(in, bestandsnaam) : csv(in, bestandsnaam);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Bladinhoud xlsx(InputStream in, String bestandsnaam) throws IOException {
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(in);
        } catch (org.apache.poi.ooxml.POIXMLException | IOException
                 | IllegalArgumentException e) {
            throw new OnleesbaarBlad(new Bladfout(bestandsnaam, 0, null, "geen leesbaar .xlsx-werkboek"), e);
        }
        try (wb) {
            Sheet blad = wb.getSheet(Lezingblad.BLAD);
            if (blad == null && wb.getNumberOfSheets() == 1) {
                blad = wb.getSheetAt(0); // a reviewer renamed the only sheet: still unambiguous
            }
            if (blad == null) {
                throw new OnleesbaarBlad(List.of(new Bladfout(Lezingblad.BLAD, 0, null,
                        "dit blad ontbreekt in het werkboek")));
            }
            DataFormatter opmaak = new DataFormatter(Locale.ROOT);
            List<List<String>> rijen = new ArrayList<>();
            int laatste = blad.getLastRowNum();
            for (int r = 0; r <= laatste; r++) {
                Row rij = blad.getRow(r);
                List<String> cellen = new ArrayList<>();
                if (rij != null) {
                    for (int k = 0; k < Math.max(0, rij.getLastCellNum()); k++) {
                        Cell c = rij.getCell(k);
                        cellen.add(c == null ? "" : opmaak.formatCellValue(c));
                    }
                }
                rijen.add(cellen);
            }
            return verwerk(blad.getSheetName(), rijen, false);
        }
    }

    private static Bladinhoud csv(InputStream in, String bestandsnaam) throws IOException {
        byte[] bytes = in.readAllBytes();
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new OnleesbaarBlad(new Bladfout(bestandsnaam, 0, null,
                    "geen UTF-8; sla het blad in Excel op als 'CSV UTF-8 (door lijstscheidingsteken gescheiden)'"), e);
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        int einde = tekst.indexOf('\n');
        String kop = einde < 0 ? tekst : tekst.substring(0, einde);
        // Dutch Excel saves with ';'; a sheet saved elsewhere may use ','
        char scheiding = kop.indexOf(';') >= 0 || kop.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(scheiding).get();
        List<List<String>> rijen = new ArrayList<>();
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(tekst.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8); CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
            for (CSVRecord rec : p) {
                rijen.add(rec.toList());
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new OnleesbaarBlad(new Bladfout(bestandsnaam, rijen.size() + 1, null,
                    "geen leesbare CSV (een aanhalingsteken niet gesloten?)"), e);
        }
        return verwerk(bestandsnaam, rijen, true);
    }

    private static Bladinhoud verwerk(String blad, List<List<String>> rijen, boolean csv) {
        List<Bladfout> fouten = new ArrayList<>();
        if (rijen.isEmpty()) {
            throw new OnleesbaarBlad(List.of(new Bladfout(blad, 1, null, "de kopregel ontbreekt")));
        }
        Map<String, Integer> kolommen = new HashMap<>();
        List<String> kop = rijen.get(0);
        for (int k = 0; k < kop.size(); k++) {
            kolommen.putIfAbsent(kop.get(k).strip().toLowerCase(Locale.ROOT), k);
        }
        for (String naam : VERPLICHT) {
            if (!kolommen.containsKey(naam)) {
                fouten.add(new Bladfout(blad, 1, naam, "deze kolom ontbreekt in de kopregel"));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OnleesbaarBlad(fouten);
        }
        List<Bladinhoud.Regel> regels = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        for (int i = 1; i < rijen.size() && fouten.size() < MAX_FOUTEN; i++) {
            List<String> cellen = rijen.get(i);
            if (cellen.stream().allMatch(String::isBlank)) {
                continue;
            }
            int nummer = i + 1;
            String dossier = cel(cellen, kolommen, Lezingblad.DOSSIER, csv);
            String vraagId = cel(cellen, kolommen, Lezingblad.VRAAG_ID, csv);
            String antwoordTekst = cel(cellen, kolommen, Lezingblad.ANTWOORD, csv);
            String toelichting = cel(cellen, kolommen, Lezingblad.TOELICHTING, csv);
            int voor = fouten.size();
            if (dossier.isEmpty()) {
                fouten.add(new Bladfout(blad, nummer, Lezingblad.DOSSIER, "leeg; elke rij noemt haar dossier"));
            }
            if (vraagId.isEmpty()) {
                fouten.add(new Bladfout(blad, nummer, Lezingblad.VRAAG_ID, "leeg; elke rij noemt haar vraag"));
            }
            Antwoord antwoord = null;
            if (!antwoordTekst.isEmpty()) {
                try {
                    antwoord = Antwoord.uit(antwoordTekst);
                } catch (IllegalArgumentException e) {
                    fouten.add(new Bladfout(blad, nummer, Lezingblad.ANTWOORD,
                            "geen geldig antwoord; kies ja, deels, nee of n.v.t."));
                }
            } else if (!toelichting.isEmpty()) {
                fouten.add(new Bladfout(blad, nummer, Lezingblad.ANTWOORD,
                        "leeg terwijl er een toelichting staat; geef ook een antwoord"));
            }
            if (toelichting.length() > Vraagantwoord.MAX_TOELICHTING) {
                fouten.add(new Bladfout(blad, nummer, Lezingblad.TOELICHTING,
                        "langer dan " + Vraagantwoord.MAX_TOELICHTING + " tekens"));
            }
            if (!dossier.isEmpty() && !vraagId.isEmpty()) {
                Integer eerder = gezien.putIfAbsent(dossier + "\u0000" + vraagId, nummer);
                if (eerder != null) {
                    fouten.add(new Bladfout(blad, nummer, Lezingblad.VRAAG_ID,
                            "deze vraag staat voor dit dossier al op rij " + eerder));
                }
            }
            if (fouten.size() == voor) {
                regels.add(new Bladinhoud.Regel(nummer, new Bladrij(dossier,
                        cel(cellen, kolommen, Lezingblad.NORM, csv), vraagId,
                        cel(cellen, kolommen, Lezingblad.VRAAG, csv), antwoord, toelichting)));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OnleesbaarBlad(fouten);
        }
        return new Bladinhoud(blad, regels);
    }

    private static String cel(List<String> cellen, Map<String, Integer> kolommen, String naam, boolean csv) {
        Integer k = kolommen.get(naam);
        if (k == null || k >= cellen.size() || cellen.get(k) == null) {
            return "";
        }
        String s = cellen.get(k).strip();
        // undo the writer's guard against formula injection
        if (csv && s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0) {
            s = s.substring(1);
        }
        return s;
    }
}
