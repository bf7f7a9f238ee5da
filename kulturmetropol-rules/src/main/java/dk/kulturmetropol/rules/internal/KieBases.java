package dk.kulturmetropol.rules.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compiles DRL sources into a KieBase with the executable model. Not API. */
public final class KieBases {
    private static final Logger LOG = LoggerFactory.getLogger(KieBases.class);
    private static final String KBASE = "mandates";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private KieBases() {
    }

    /**
     * Compiles {@code sources} into one KieBase.
     *
     * @throws dk.kulturmetropol.rules.RulePackException naming the source and line of each error
     */
    public static KieBase compile(List<RuleSource> sources) {
        long start = System.nanoTime();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("dk.kulturmetropol.generated", "mandates-" + System.identityHashCode(sources) + "-" + start, "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel module = ks.newKieModuleModel();
        // Records as facts fail the lambda externalisation of a runtime build (IndexOutOfBoundsException
        // in ExecModelLambdaPostProcessor.convertIndexedByCall, Drools 10.2.0); inline lambdas work.
        module.setConfigurationProperty("drools.externaliseCanonicalModelLambda", "false");
        module.newKieBaseModel(KBASE).setDefault(true).addPackage("*").newKieSessionModel(KBASE + "-session").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        for (int i = 0; i < sources.size(); i++) {
            kfs.write("src/main/resources/" + folderOf(sources.get(i).drl()) + "source" + i + ".drl", sources.get(i).drl());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new dk.kulturmetropol.rules.RulePackException(describe(errors, sources));
        }
        KieBase base = ks.newKieContainer(releaseId).getKieBase(KBASE);
        LOG.debug("compiled {} rule sources in {} ms", sources.size(), (System.nanoTime() - start) / 1_000_000);
        return base;
    }

    /** The folder matching the DRL's package, so Drools does not warn that they differ. */
    private static String folderOf(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static String describe(List<Message> errors, List<RuleSource> sources) {
        return errors.stream().limit(5).map(m -> {
            String origin = originOf(m.getPath(), sources);
            String text = m.getText().lines().findFirst().orElse("").trim();
            return origin + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + text;
        }).collect(Collectors.joining("; ", "rules do not compile: ", ""));
    }

    private static String originOf(String path, List<RuleSource> sources) {
        if (path != null) {
            for (int i = 0; i < sources.size(); i++) {
                if (path.endsWith("source" + i + ".drl")) {
                    return sources.get(i).origin();
                }
            }
        }
        return path == null ? "(generated code)" : path;
    }
}
