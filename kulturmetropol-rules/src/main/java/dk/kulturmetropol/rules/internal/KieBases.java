package dk.kulturmetropol.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final Pattern GENERATED_RULE = Pattern.compile("\\* Rule name: (.+)$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]{2,}");
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("The", "method", "is", "undefined", "for", "the",
            "type", "cannot", "be", "resolved", "variable", "String", "Object", "not", "applicable", "arguments", "constructor",
            "Syntax", "error", "insert", "Derive", "kcontext", "drools", "Duty", "and", "mismatch", "convert", "from", "Type");
    private static final Pattern UNKNOWN_CLASS = Pattern.compile("Unable to find class:?\\s*'?([\\w.$]+)");
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
        ReleaseId releaseId = ks.newReleaseId("dk.kulturmetropol.generated", "mandates-" + System.identityHashCode(sources) + "-" + start, "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        build(ks, kfs, sources, releaseId);
        KieBase base = detached(ks, releaseId);
        LOG.debug("compiled {} rule sources in {} ms", sources.size(), (System.nanoTime() - start) / 1_000_000);
        return base;
    }

    /**
     * Compiles {@code sources} into a kjar: the rules as the executable model, already compiled to classes, which
     * {@link #load(byte[])} turns into a KieBase without compiling anything. The build makes one of the library.
     */
    public static byte[] kjar(List<RuleSource> sources) {
        KieServices ks = KieServices.Factory.get();
        KieBuilder builder = build(ks, ks.newKieFileSystem(), sources, ks.newReleaseId("dk.kulturmetropol.generated", "kommissorium", "1.0.0"));
        return ((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes();
    }

    /** A kjar {@link #kjar(List)} made, loaded: its classes are defined once, however many KieBases are made of it. */
    public static Module load(byte[] kjar) {
        long start = System.nanoTime();
        KieServices ks = KieServices.Factory.get();
        org.kie.api.builder.KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        org.kie.api.runtime.KieContainer container;
        try {
            container = ks.newKieContainer(module.getReleaseId());
        } finally {
            ks.getRepository().removeKieModule(module.getReleaseId());
        }
        Module loaded = new Module(container, container.newKieBase(KBASE, null));
        LOG.debug("loaded the rules the build precompiled in {} ms", (System.nanoTime() - start) / 1_000_000);
        return loaded;
    }

    /**
     * A loaded kjar. Its {@link #first()} KieBase holds the rules' packages as Drools built them and is never added to;
     * each {@link #fresh()} one gets a copy of those packages from Drools (which copies a package another KieBase
     * already uses), so rules added to it reach no other KieBase, and it is made without loading the kjar's classes
     * again: a tenth of the time and none of the class loading and JIT compiling that loading the kjar anew takes.
     * The container stays open, and so in memory, as long as the module is used.
     */
    public static final class Module {
        private final org.kie.api.runtime.KieContainer container;
        private final KieBase first;

        private Module(org.kie.api.runtime.KieContainer container, KieBase first) {
            this.container = container;
            this.first = first;
        }

        /** The KieBase made first, with the packages as built: for running the rules as they are, never to add to. */
        public KieBase first() {
            return container.newKieBase(KBASE, null);
        }

        /** A KieBase of its own, with a copy of the packages: packs may be added to it. */
        public KieBase fresh() {
            return container.newKieBase(KBASE, null);
        }
    }

    /**
     * The KieBase of the module {@code releaseId}, with the module taken out of Drools' global repository and its
     * container disposed: both are kept by Drools until told, so each pack compiled would otherwise stay in memory
     * for the life of the JVM. The KieBase keeps what it needs; it goes when the governances using it go.
     */
    private static KieBase detached(KieServices ks, ReleaseId releaseId) {
        org.kie.api.runtime.KieContainer container = ks.newKieContainer(releaseId);
        try {
            return container.getKieBase(KBASE);
        } finally {
            container.dispose();
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * The rules of {@code sources} whose condition ({@code when} to {@code then}) calls {@code method}, and failing
     * that, every rule of the sources declaring {@code drlPackage}: the rules that may be evaluating a condition that
     * never returns. A condition cannot loop by itself; it loops in a method it calls.
     */
    static List<String> rulesCalling(String method, String drlPackage, List<RuleSource> sources) {
        Pattern rule = Pattern.compile("(?ms)^[ \\t]*rule\\s+(\"[^\"]*\"|'[^']*'|\\S+)(.*?)^[ \\t]*then\\b");
        Pattern call = Pattern.compile("\\b" + Pattern.quote(method) + "\\s*\\(");
        List<String> calling = new java.util.ArrayList<>();
        List<String> inPackage = new java.util.ArrayList<>();
        for (RuleSource source : sources) {
            Matcher pkg = PACKAGE.matcher(source.drl());
            boolean same = pkg.find() && pkg.group(1).equals(drlPackage);
            Matcher m = rule.matcher(source.drl());
            while (m.find()) {
                String name = DerivedFacts.unquote(m.group(1)).replaceAll("^'|'$", "");
                String when = m.group(2).contains("when") ? m.group(2).substring(m.group(2).indexOf("when")) : "";
                if (call.matcher(when).find()) {
                    calling.add(name);
                }
                if (same) {
                    inPackage.add(name);
                }
            }
        }
        return calling.isEmpty() ? inPackage : calling;
    }

    private static KieBuilder build(KieServices ks, KieFileSystem kfs, List<RuleSource> sources, ReleaseId releaseId) {
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
        return builder;
    }

    /** The folder matching the DRL's package, so Drools does not warn that they differ. */
    private static String folderOf(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static String describe(List<Message> errors, List<RuleSource> sources) {
        Map<String, List<String>> generated = new HashMap<>();
        for (Message m : errors) {
            if (m.getText().startsWith("Java source of ")) {
                generated.put(m.getPath(), m.getText().lines().skip(1).toList());
            }
        }
        return errors.stream()
                .filter(m -> !m.getText().startsWith("Java source of ") && !m.getText().startsWith("Parser returned a null Package"))
                .limit(5)
                .map(m -> locate(m, sources, generated) + ": " + plain(m.getText().lines().findFirst().orElse("").trim()))
                .distinct().collect(Collectors.joining("; ", "rules do not compile: ", ""));
    }

    /**
     * A parser message without the Java exception Drools's parser sometimes appends after a syntax error it could not
     * recover from ("Line 16:0 unexpected exception at input '<eof>'. Exception: java.lang.NullPointerException: ..."):
     * the reader learns where the DRL could not be read, not the parser's internals.
     */
    static String plain(String text) {
        int internal = text.indexOf(". Exception: ");
        return internal < 0 ? text
                : text.substring(0, internal).replace("unexpected exception at input", "the DRL cannot be read at input");
    }

    /**
     * Where an error is, as {@code file:line}. An error in a consequence is reported by Drools against the Java it
     * generates; it is traced back to the rule (named in that Java) and to the line where the rule starts in its file.
     */
    private static String locate(Message m, List<RuleSource> sources, Map<String, List<String>> generated) {
        String path = m.getPath();
        if (path != null && path.endsWith(".java")) {
            List<String> java = generated.getOrDefault(path, List.of());
            String failing = m.getLine() >= 1 && m.getLine() <= java.size() ? java.get(m.getLine() - 1) : null;
            for (int i = Math.min(m.getLine(), java.size()) - 1; i >= 0; i--) {
                Matcher rule = GENERATED_RULE.matcher(java.get(i));
                if (rule.find()) {
                    return ruleLocation(rule.group(1).trim(), sources, failing, m.getText().lines().findFirst().orElse(""));
                }
            }
            return "a rule consequence";
        }
        if (m.getLine() <= 0) {
            String origin = originOf(path, sources);
            List<RuleSource> where = sources.stream().filter(src -> src.origin().equals(origin)).toList();
            Matcher unknown = UNKNOWN_CLASS.matcher(m.getText());
            if (unknown.find()) {
                return firstUse(unknown.group(1), where.isEmpty() ? sources : where).orElse(origin);
            }
            return bestLine(m.getText().lines().findFirst().orElse(""), where).orElse(origin);
        }
        return originOf(path, sources) + (m.getLine() > 0 ? ":" + m.getLine() : "");
    }

    /** {@code origin:line} of the line that holds most of what an error without a line names, if any line does. */
    private static java.util.Optional<String> bestLine(String error, List<RuleSource> sources) {
        String best = null;
        long bestScore = 0;
        for (RuleSource source : sources) {
            List<String> lines = source.drl().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                long score = score(lines.get(i), null, error);
                if (score > bestScore) {
                    best = source.origin() + ":" + (i + 1);
                    bestScore = score;
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** {@code origin:line} of the first pattern on {@code type} ({@code Type(}), for errors Drools gives without a line. */
    private static java.util.Optional<String> firstUse(String type, List<RuleSource> sources) {
        Pattern use = Pattern.compile("\\b" + Pattern.quote(type) + "\\s*\\(");
        for (RuleSource source : sources) {
            List<String> lines = source.drl().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (use.matcher(lines.get(i)).find()) {
                    return java.util.Optional.of(source.origin() + ":" + (i + 1));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Where an error in a rule's consequence is: the line of the consequence whose text the failing generated Java
     * line carries, or else the line where the rule starts.
     */
    private static String ruleLocation(String ruleName, List<RuleSource> sources, String javaLine, String error) {
        for (RuleSource source : sources) {
            int start = declarationLine(ruleName, source);
            if (start > 0) {
                List<String> lines = source.drl().lines().toList();
                int then = start;
                while (then < lines.size() && !lines.get(then - 1).strip().equals("then")) {
                    then++;
                }
                int best = 0;
                long bestScore = 0;
                for (int i = then; i < lines.size() && !lines.get(i).strip().equals("end"); i++) {
                    long score = score(lines.get(i), javaLine, error);
                    if (score > bestScore) {
                        best = i + 1;
                        bestScore = score;
                    }
                }
                return source.origin() + ":" + (best > 0 ? best : start) + ": in the consequence of rule '" + ruleName + "'";
            }
        }
        return "rule '" + ruleName + "'";
    }

    /**
     * How well a consequence line matches a compile error: the identifiers the error names that the line holds
     * (e.g. {@code inScop} in "The method inScop(String) is undefined"), weighed above the line's text appearing in
     * the failing generated Java line.
     */
    private static long score(String drlLine, String javaLine, String error) {
        Matcher words = IDENTIFIER.matcher(error == null ? "" : error);
        long score = 0;
        while (words.find()) {
            if (!COMMON_WORDS.contains(words.group()) && Pattern.compile("\\b" + Pattern.quote(words.group()) + "\\b").matcher(drlLine).find()) {
                score += 10;
            }
        }
        String drl = drlLine.replaceAll("\\W|kcontext", "");
        String java = javaLine == null ? "" : javaLine.replaceAll("\\W|kcontext|drools", "");
        return score + (drl.length() > 3 && java.contains(drl) ? 1 : 0);
    }

    /** {@code origin:line} of the rule's declaration, or {@code rule 'name'} when no source declares it. */
    public static String declaration(String ruleName, List<RuleSource> sources) {
        for (RuleSource source : sources) {
            int line = declarationLine(ruleName, source);
            if (line > 0) {
                return source.origin() + ":" + line;
            }
        }
        return "rule '" + ruleName + "'";
    }

    private static int declarationLine(String ruleName, RuleSource source) {
        if (ruleName == null) {
            return 0;
        }
        String name = Pattern.quote(ruleName.strip());
        Pattern declaration = Pattern.compile("^[ \\t]*rule\\s+(\"\\s*" + name + "\\s*\"|'\\s*" + name + "\\s*'|" + name + "(?=\\s))",
                Pattern.MULTILINE);
        Matcher m = declaration.matcher(source.drl());
        return m.find() ? (int) source.drl().substring(0, m.start()).lines().count() + 1 : 0;
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
