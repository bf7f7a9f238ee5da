package dk.kulturmetropol.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dk.kulturmetropol.rules.RulePackException;

/** Reads DRL from the classpath or from files, and knows the kommissorium's own files. Not API. */
public final class RuleSources {
    /** The DRL files of the kommissorium, one per section, plus derived facts. */
    public static final List<String> KOMMISSORIUM = List.of(
            "political-steering-group.drl", "kmk.drl", "chairmanship.drl", "vice-chairs.drl", "administrative-board.drl",
            "secretariat.drl", "home-municipality.drl", "project-chief.drl", "partner-municipality.drl", "derived.drl");
    static final String DIR = "dk/kulturmetropol/rules/";

    private RuleSources() {
    }

    /** The fixed rules behind data-only packs: each entry of a YAML pack is a fact they match. */
    public static final String DATA_PACK_RULES = "data-packs.drl";

    /** Everything the library ships: the kommissorium's rules and the rules behind data packs. */
    public static List<RuleSource> library() {
        List<RuleSource> all = new java.util.ArrayList<>(kommissorium());
        all.add(resource(DIR + DATA_PACK_RULES));
        return List.copyOf(all);
    }

    /** The kommissorium's DRL sources. */
    public static List<RuleSource> kommissorium() {
        return KOMMISSORIUM.stream().map(f -> resource(DIR + f)).toList();
    }

    /** A DRL source from the classpath. */
    public static RuleSource resource(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        try {
            return new RuleSource("classpath:" + path, classpathText(path)
                    .orElseThrow(() -> new RulePackException("rule pack resource '" + resource + "' is not on the classpath")));
        } catch (UncheckedIOException e) {
            throw new RulePackException("cannot read rule pack resource '" + resource + "': " + e.getCause().getMessage());
        }
    }

    /** The UTF-8 text of a classpath resource ({@code a/b/c.txt}, no leading slash), empty when there is none. */
    public static Optional<String> classpathText(String path) {
        try (InputStream in = RuleSources.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }

    /** A DRL source from a file. */
    public static RuleSource file(Path file) {
        if (!Files.exists(file)) {
            throw new RulePackException("rule pack file '" + file + "' does not exist or is not a file");
        }
        try {
            return new RuleSource(file.toString(), BoundedFiles.read(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new RulePackException("rule pack file '" + file + "' does not exist or is not a file");
        } catch (IOException e) {
            throw new RulePackException("cannot read rule pack file '" + file + "': " + e.getMessage());
        }
    }
}
