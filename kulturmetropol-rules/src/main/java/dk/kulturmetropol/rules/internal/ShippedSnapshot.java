package dk.kulturmetropol.rules.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.zip.CRC32;
import java.util.List;
import java.util.Optional;

import dk.kulturmetropol.rules.AgreementYaml;

/**
 * The snapshot of the shipped agreement, made by the rules during the build ({@code process-classes}, see the rules
 * module's pom) and read at start-up, so that asking about the shipped agreement never starts the rule engine. It is
 * written with a fingerprint (CRC-32) of the texts it was derived from (every DRL file of the library, the clause catalogue
 * and the default agreement). Read from a classes directory, where a text may have been edited since the build, it is
 * used only when the fingerprint still matches; read from a jar, it was packed by the build that made it from the texts
 * beside it. When it is missing, stale or unreadable, it is not used and the rules run instead. The build never commits it: it is made fresh into {@code target/classes}. Not API.
 */
public final class ShippedSnapshot {
    /** Where the build puts it, on the classpath. */
    public static final String RESOURCE = "dk/kulturmetropol/rules/kulturmetropolen.snapshot";
    private static final String FORMAT = "kulturmetropol-snapshot-3";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ShippedSnapshot.class);

    private ShippedSnapshot() {
    }

    /** The shipped snapshot, when it is on the classpath and was made from the texts on the classpath now. */
    public static Optional<Snapshot> load() {
        java.net.URL url = ShippedSnapshot.class.getClassLoader().getResource(RESOURCE);
        return url == null ? Optional.empty() : load(url);
    }

    /** The snapshot at {@code url}, when it can be read and (outside a jar) its fingerprint matches the texts now. */
    static Optional<Snapshot> load(java.net.URL url) {
        try (InputStream raw = url.openStream()) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            if (!FORMAT.equals(in.readUTF())) {
                LOG.debug("not using the snapshot at {}: another format", url);
                return Optional.empty();
            }
            long written = in.readLong();
            // In a jar, the snapshot and the texts it was made from were packed by the one build that made it; in a
            // classes directory (tests, an IDE) a text may have been edited since, so the fingerprint is compared.
            if (!"jar".equals(url.getProtocol()) && written != fingerprint()) {
                LOG.debug("not using the snapshot at {}: the rules or the agreement have changed since it was made", url);
                return Optional.empty();
            }
            long start = System.nanoTime();
            Snapshot snapshot = new Snapshot(SnapshotCodec.read(in));
            LOG.debug("read the snapshot of the shipped agreement from {}: {} duties, {} reporting lines, {} seats, {} post holdings, in {} ms",
                    url, snapshot.facts().duties().size(), snapshot.facts().lines().size(), snapshot.facts().seats().size(),
                    snapshot.facts().holdings().size(), (System.nanoTime() - start) / 1_000_000);
            return Optional.of(snapshot);
        } catch (IOException | RuntimeException e) {
            LOG.debug("not using the snapshot at {}: {}", url, e.toString());
            return Optional.empty();
        }
    }

    /** Writes {@code snapshot} with the fingerprint of the texts on the classpath now. */
    public static void write(Snapshot snapshot, OutputStream target) throws IOException {
        write(snapshot, target, fingerprint());
    }

    static void write(Snapshot snapshot, OutputStream target, long fingerprint) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeUTF(FORMAT);
        out.writeLong(fingerprint);
        SnapshotCodec.write(snapshot.content(), out);
        out.flush();
    }

    /** A CRC-32 over the library's DRL, the clause catalogue and the default agreement, as read from the classpath. */
    static long fingerprint() {
        CRC32 crc = new CRC32();
        List<String> names = new ArrayList<>();
        RuleSources.KOMMISSORIUM.forEach(f -> names.add(RuleSources.DIR + f));
        names.add(RuleSources.DIR + RuleSources.DATA_PACK_RULES);
        names.add(ClauseCatalogue.RESOURCE);
        names.add(AgreementYaml.DEFAULT_RESOURCE);
        for (String name : names) {
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = ShippedSnapshot.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    crc.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read classpath resource " + name, e);
            }
        }
        return crc.getValue();
    }

    /**
     * Compiles the library's rules into a kjar and writes it under {@code args[0]} (the build's {@code target/classes}),
     * then derives the shipped agreement with it and writes its snapshot there. Run by the build; a failure fails it.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("expected one argument, the classes directory to write " + RESOURCE + " under");
        }
        Path classes = Path.of(args[0]);
        List<RuleSource> library = RuleSources.library();
        long fingerprint = fingerprint();
        byte[] kjar = KieBases.kjar(library);
        Path kjarFile = classes.resolve(Precompiled.RESOURCE);
        Files.createDirectories(kjarFile.getParent());
        try (OutputStream out = Files.newOutputStream(kjarFile)) {
            Precompiled.write(kjar, out, fingerprint);
        }
        Engine.Compiled rules = Engine.compiled(KieBases.load(kjar).first(), library);
        Snapshot snapshot = Engine.derive(rules, rules.catalogue(), AgreementYaml.kulturmetropolen(), List.of());
        Path file = classes.resolve(RESOURCE);
        try (OutputStream out = Files.newOutputStream(file)) {
            write(snapshot, out, fingerprint);
        }
    }
}
