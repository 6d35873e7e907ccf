package nl.normtoets.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Compiles the DRL files under {@code rules/} (one folder per theme and indicator, at any depth) into one KieBase. The rules read every term from the catalog facts,
 * so one KieBase serves every catalog: it is built once per process and shared; each audit gets fresh sessions.
 */
public final class RegelBasis {

    /** Fingerprint of the DRL, then the model classes compiled from it at build time (see {@link #main}). */
    static final String MODEL = "rules/regelmodel.txt";

    /**
     * Where the build puts the compiled model classes: under a resource folder, not the class path root, so that a
     * rule compiled at start (after a DRL change without a build) is never shadowed by a stale prebuilt class.
     */
    static final String KLASSEN = "rules/regelmodel/";

    /**
     * Written with the model: the DRL files (paths under {@code rules/}) and the product class files the fingerprint
     * covers. Inside the product jar nothing can change without a build, so a start reads exactly these by name
     * instead of scanning the class path of some 160 nested jars (and loading Spring's resolver) for them.
     */
    static final String INDEX = "rules/regelindex.txt";

    /** A DRL import of the product's own classes; group 1 is the package (static imports are not used). */
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(nl\\.normtoets(?:\\.\\w+)*)\\.\\w+\\s*;");

    private static volatile KieBase gedeeld;

    /** The build started ahead by {@link #bouwVooruit}, or null. */
    private static FutureTask<KieBase> vooruit;

    private RegelBasis() {
    }

    /**
     * Starts building the shared KieBase on a thread of its own, so a command that will judge can read its input
     * meanwhile (on two cores the build, about a second, then costs no wall time). {@link #gedeeld} waits for it.
     */
    public static void bouwVooruit() {
        synchronized (RegelBasis.class) {
            if (gedeeld == null && vooruit == null) {
                vooruit = new FutureTask<>(RegelBasis::bouw);
                Thread t = new Thread(vooruit, "normtoets-regelbasis");
                t.setDaemon(true);
                t.start();
            }
        }
    }

    /** The shared KieBase, compiled on first use (or taken from the build {@link #bouwVooruit} started). */
    public static KieBase gedeeld() {
        KieBase kb = gedeeld;
        if (kb == null) {
            synchronized (RegelBasis.class) {
                kb = gedeeld;
                if (kb == null) {
                    FutureTask<KieBase> taak = vooruit;
                    vooruit = null; // a failed build is not kept: the next call builds again, as without a head start
                    kb = taak != null ? opgehaald(taak) : bouw();
                    gedeeld = kb;
                }
            }
        }
        return kb;
    }

    /** The result of a build started ahead; its failure is thrown here as if the build had run on this thread. */
    private static KieBase opgehaald(FutureTask<KieBase> taak) {
        try {
            return taak.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("wachten op de regels onderbroken", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static KieBase bouw() {
        Geindexeerd index = uitJar() ? Geindexeerd.lees() : null;
        if (index != null) {
            List<Model> voorgebouwd = voorgebouwd(index.vingerafdruk());
            return voorgebouwd != null ? KieBaseBuilder.createKieBaseFromModel(voorgebouwd)
                    : gecompileerd(KieServices.Factory.get(), index.bronnen());
        }
        Resource[] drl = regelbestanden();
        if (drl.length == 0) {
            throw new IllegalStateException("geen regelbestanden (rules/**/*.drl) gevonden op het classpath");
        }
        Map<String, byte[]> bronnen = lees(drl);
        List<Model> voorgebouwd = voorgebouwd(vingerafdruk(bronnen));
        if (voorgebouwd != null) {
            return KieBaseBuilder.createKieBaseFromModel(voorgebouwd);
        }
        return gecompileerd(KieServices.Factory.get(), bronnen);
    }

    static KieBase gecompileerd(KieServices ks, Map<String, byte[]> bronnen) {
        KieModule module = compileer(ks, bronnen).getKieModule();
        return ks.newKieContainer(module.getReleaseId()).getKieBase();
    }

    /**
     * Build step ({@code mvn process-classes}): compiles the DRL into an executable model once, writes its classes
     * next to the application's and lists the model classes in {@value #MODEL} with the fingerprint of the DRL they
     * came from. A process then starts without compiling rules; a changed DRL (other fingerprint) is compiled at
     * start as before.
     */
    public static void main(String[] args) throws IOException {
        Path doelmap = Path.of(args.length > 0 ? args[0] : "target/classes");
        KieServices ks = KieServices.Factory.get();
        Map<String, byte[]> bronnen = lees(regelbestanden());
        InternalKieModule module = (InternalKieModule) compileer(ks, bronnen).getKieModule();
        List<String> modellen = new ArrayList<>();
        int klassen = 0;
        for (String naam : module.getFileNames()) {
            if (naam.endsWith(".class")) {
                Path doel = doelmap.resolve(KLASSEN).resolve(naam);
                Files.createDirectories(doel.getParent());
                Files.write(doel, module.getBytes(naam));
                klassen++;
            } else if (naam.endsWith("/drools-model")) {
                new String(module.getBytes(naam), StandardCharsets.UTF_8).lines()
                        .filter(r -> !r.isBlank() && !r.contains(":")).forEach(modellen::add);
            }
        }
        if (modellen.isEmpty()) {
            throw new IllegalStateException("het gecompileerde regelmodel noemt geen modelklassen");
        }
        Path lijst = doelmap.resolve(MODEL);
        Files.createDirectories(lijst.getParent());
        Files.writeString(lijst, vingerafdruk(bronnen) + "\n" + String.join("\n", modellen) + "\n");
        List<String> index = new ArrayList<>();
        bronnen.keySet().forEach(naam -> index.add("drl " + naam));
        klassenVanGeimporteerdePakketten(bronnen).keySet().forEach(naam -> index.add("klasse " + naam));
        Files.writeString(doelmap.resolve(INDEX), String.join("\n", index) + "\n");
        System.out.println("regelmodel: " + klassen + " klassen uit " + bronnen.size() + " regelbestanden naar "
                + doelmap);
    }

    /** The prebuilt model when present and made from exactly these rules; null otherwise. */
    static List<Model> voorgebouwd(String vingerafdruk) {
        ClassLoader app = RegelBasis.class.getClassLoader();
        try (InputStream in = app.getResourceAsStream(MODEL)) {
            if (in == null) {
                return null; // e.g. run from an IDE without the Maven build step: compile at start, as designed
            }
            List<String> regels = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(r -> !r.isBlank()).toList();
            if (regels.isEmpty() || !regels.get(0).equals(vingerafdruk)) {
                waarschuw("het regelmodel uit de build hoort bij andere regels of klassen");
                return null;
            }
            ClassLoader cl = new ModelKlassen(app);
            List<Model> modellen = new ArrayList<>();
            for (String klasse : regels.subList(1, regels.size())) {
                modellen.add((Model) Class.forName(klasse, true, cl).getDeclaredConstructor().newInstance());
            }
            return modellen;
        } catch (IOException | ReflectiveOperationException | ClassCastException | LinkageError e) {
            waarschuw("het regelmodel uit de build kan niet worden geladen (" + e + ")");
            return null;
        }
    }

    /** One line on stderr (no dossier data): the run goes on, only its start is slower. */
    private static void waarschuw(String reden) {
        System.err.println("normtoets: " + reden + "; de regels worden nu bij de start gecompileerd "
                + "(enkele seconden). Bouw opnieuw met mvn package.");
    }

    private static KieBuilder compileer(KieServices ks, Map<String, byte[]> bronnen) {
        KieFileSystem kfs = ks.newKieFileSystem();
        // a release id of its own: a prebuilt module is found back by it (pom.properties inside the kjar)
        kfs.generateAndWritePomXML(ks.newReleaseId("nl.normtoets", "normtoets-regels", "1"));
        bronnen.forEach((naam, inhoud) -> kfs.write(ks.getResources().newByteArrayResource(inhoud)
                .setSourcePath("src/main/resources/nl/normtoets/rules/" + naam.replace("/", "--")).setResourceType(ResourceType.DRL)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("fouten in de regels:\n" + builder.getResults().getMessages(Message.Level.ERROR)
                    .stream().map(Message::toString).collect(Collectors.joining("\n")));
        }
        return builder;
    }

    static Map<String, byte[]> lees(Resource[] drl) {
        Map<String, byte[]> bronnen = new TreeMap<>();
        for (Resource r : drl) {
            try (InputStream in = r.getInputStream()) {
                bronnen.put(padInRegels(r), in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("kan regelbestand " + r.getFilename() + " niet lezen", e);
            }
        }
        return bronnen;
    }

    /**
     * SHA-256 over the DRL files and the compiled classes of every package they import (the model classes are
     * compiled against those: a changed method the rules call must not meet an old model), in name order.
     */
    static String vingerafdruk(Map<String, byte[]> bronnen) {
        return vingerafdruk(bronnen, klassenVanGeimporteerdePakketten(bronnen));
    }

    private static String vingerafdruk(Map<String, byte[]> bronnen, Map<String, byte[]> klassen) {
        Map<String, byte[]> alles = new TreeMap<>(bronnen);
        alles.putAll(klassen);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            alles.forEach((naam, inhoud) -> {
                md.update(naam.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(inhoud);
                md.update((byte) 0);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "nl/normtoets/dossier/Dossier.class" to bytes, for the product's own packages the DRL files import. */
    private static Map<String, byte[]> klassenVanGeimporteerdePakketten(Map<String, byte[]> bronnen) {
        Set<String> pakketten = new TreeSet<>();
        for (byte[] drl : bronnen.values()) {
            Matcher m = IMPORT.matcher(new String(drl, StandardCharsets.UTF_8));
            while (m.find()) {
                pakketten.add(m.group(1).replace('.', '/'));
            }
        }
        Map<String, byte[]> klassen = new TreeMap<>();
        PathMatchingResourcePatternResolver zoeker = new PathMatchingResourcePatternResolver(
                RegelBasis.class.getClassLoader());
        // only the application's own classes (next to this one): not test classes in the same packages
        String eigen = String.valueOf(RegelBasis.class.getResource("RegelBasis.class"));
        String wortel = eigen.substring(0, eigen.length() - "nl/normtoets/engine/RegelBasis.class".length());
        for (String pakket : pakketten) {
            try {
                for (Resource r : zoeker.getResources("classpath*:" + pakket + "/*.class")) {
                    if (!r.getURL().toString().startsWith(wortel)) {
                        continue;
                    }
                    try (InputStream in = r.getInputStream()) {
                        klassen.put(pakket + "/" + r.getFilename(), in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("kan de klassen van " + pakket + " niet lezen", e);
            }
        }
        return klassen;
    }

    /**
     * "1a-start/1a.3-A-eerste-contact-binnen-5-dagen/regel.drl": the path under {@code rules/}, unique where the file
     * names are not (every indicator folder holds a regel.drl).
     */
    static String padInRegels(Resource r) {
        try {
            String url = r.getURL().toString();
            int i = url.lastIndexOf("/rules/");
            return i < 0 ? String.valueOf(r.getFilename()) : url.substring(i + "/rules/".length());
        } catch (IOException e) {
            throw new IllegalStateException("kan regelbestand " + r.getFilename() + " niet vinden", e);
        }
    }

    /** Every DRL under {@code rules/}, at any depth (one folder per theme and indicator), in path order. */
    static Resource[] regelbestanden() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(RegelBasis.class.getClassLoader())
                    .getResources("classpath*:rules/**/*.drl");
            Arrays.sort(found, Comparator.comparing(RegelBasis::padInRegels));
            return found;
        } catch (IOException e) {
            throw new IllegalStateException("kan de regelbestanden niet vinden", e);
        }
    }


    /** True when this class comes from a jar (the product jar): then the build's index is complete by construction. */
    private static boolean uitJar() {
        String eigen = String.valueOf(RegelBasis.class.getResource("RegelBasis.class"));
        return eigen.startsWith("jar:");
    }

    /** The DRL and class files the build listed in {@value #INDEX}, read by name. */
    private record Geindexeerd(Map<String, byte[]> bronnen, Map<String, byte[]> klassen) {

        /** Null when there is no index or a listed file is missing: the caller scans as before. */
        static Geindexeerd lees() {
            ClassLoader app = RegelBasis.class.getClassLoader();
            Map<String, byte[]> bronnen = new TreeMap<>();
            Map<String, byte[]> klassen = new TreeMap<>();
            try (InputStream in = app.getResourceAsStream(INDEX)) {
                if (in == null) {
                    return null;
                }
                for (String regel : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (regel.startsWith("drl ")) {
                        byte[] b = bytes(app, "rules/" + regel.substring(4));
                        if (b == null) {
                            return null;
                        }
                        bronnen.put(regel.substring(4), b);
                    } else if (regel.startsWith("klasse ")) {
                        byte[] b = bytes(app, regel.substring(7));
                        if (b == null) {
                            return null;
                        }
                        klassen.put(regel.substring(7), b);
                    }
                }
            } catch (IOException e) {
                return null;
            }
            return bronnen.isEmpty() ? null : new Geindexeerd(bronnen, klassen);
        }

        private static byte[] bytes(ClassLoader app, String naam) throws IOException {
            try (InputStream in = app.getResourceAsStream(naam)) {
                return in == null ? null : in.readAllBytes();
            }
        }

        String vingerafdruk() {
            return RegelBasis.vingerafdruk(bronnen, klassen);
        }
    }

    /** Defines the prebuilt model classes from their resources under {@value #KLASSEN}. */
    private static final class ModelKlassen extends ClassLoader {
        ModelKlassen(ClassLoader ouder) {
            super("normtoets-regelmodel", ouder);
        }

        @Override
        protected Class<?> findClass(String naam) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(KLASSEN + naam.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(naam);
                }
                byte[] b = in.readAllBytes();
                return defineClass(naam, b, 0, b.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(naam, e);
            }
        }
    }
}
