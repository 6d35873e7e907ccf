package nl.normtoets.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Compiles the DRL files under {@code rules/} into one KieBase. The rules read every term from the catalog facts,
 * so one KieBase serves every catalog: it is built once per process and shared; each audit gets fresh sessions.
 */
public final class RegelBasis {

    private static volatile KieBase gedeeld;

    private RegelBasis() {
    }

    /** The shared KieBase, compiled on first use. */
    public static KieBase gedeeld() {
        KieBase kb = gedeeld;
        if (kb == null) {
            synchronized (RegelBasis.class) {
                kb = gedeeld;
                if (kb == null) {
                    kb = bouw();
                    gedeeld = kb;
                }
            }
        }
        return kb;
    }

    static KieBase bouw() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Resource[] drl = regelbestanden();
        if (drl.length == 0) {
            throw new IllegalStateException("geen regelbestanden (rules/*.drl) gevonden op het classpath");
        }
        for (Resource r : drl) {
            try (InputStream in = r.getInputStream()) {
                kfs.write(ks.getResources().newByteArrayResource(in.readAllBytes())
                        .setSourcePath("src/main/resources/nl/normtoets/rules/" + r.getFilename()).setResourceType(ResourceType.DRL));
            } catch (IOException e) {
                throw new IllegalStateException("kan regelbestand " + r.getFilename() + " niet lezen", e);
            }
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("fouten in de regels:\n" + builder.getResults().getMessages(Message.Level.ERROR)
                    .stream().map(Message::toString).collect(Collectors.joining("\n")));
        }
        return ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
    }

    private static Resource[] regelbestanden() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(RegelBasis.class.getClassLoader())
                    .getResources("classpath*:rules/*.drl");
            Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return found;
        } catch (IOException e) {
            throw new IllegalStateException("kan de regelbestanden niet vinden", e);
        }
    }

}
