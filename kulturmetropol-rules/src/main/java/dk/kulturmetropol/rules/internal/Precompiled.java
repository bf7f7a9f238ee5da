package dk.kulturmetropol.rules.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Optional;

import org.kie.api.KieBase;

/**
 * The library's rules precompiled by the build ({@code process-classes}, with the shipped snapshot) into a kjar of the
 * executable model, so that a governance over an agreement the build has not seen runs the rules without compiling
 * them. Kept with the same fingerprint as {@link ShippedSnapshot}, and trusted on the same terms. Not API.
 */
final class Precompiled {
    static final String RESOURCE = "dk/kulturmetropol/rules/kommissorium.kjar";
    private static final String FORMAT = "kulturmetropol-kjar-1";

    private Precompiled() {
    }

    /**
     * The precompiled rules as the library runs them, never added to; empty unless the build left them on the
     * classpath, made from the texts there now.
     */
    static Optional<KieBase> library() {
        return Loaded.MODULE.map(KieBases.Module::first);
    }

    /** A KieBase of the precompiled rules of its own, to add packs to; empty as {@link #library()} is. */
    static Optional<KieBase> fresh() {
        return Loaded.MODULE.map(KieBases.Module::fresh);
    }

    /** The kjar, loaded on first use, once. */
    private static final class Loaded {
        static final Optional<KieBases.Module> MODULE = load();

        private static Optional<KieBases.Module> load() {
            URL url = Precompiled.class.getClassLoader().getResource(RESOURCE);
            return url == null ? Optional.empty() : read(url).map(KieBases::load);
        }
    }

    /** The kjar's bytes at {@code url}, when it is of this format and (outside a jar) its fingerprint matches. */
    static Optional<byte[]> read(URL url) {
        try (InputStream raw = url.openStream()) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            if (!FORMAT.equals(in.readUTF())) {
                return Optional.empty();
            }
            long written = in.readLong();
            if (!"jar".equals(url.getProtocol()) && written != ShippedSnapshot.fingerprint()) {
                return Optional.empty();
            }
            byte[] kjar = new byte[in.readInt()];
            in.readFully(kjar);
            return Optional.of(kjar);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(byte[] kjar, OutputStream target, long fingerprint) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeUTF(FORMAT);
        out.writeLong(fingerprint);
        out.writeInt(kjar.length);
        out.write(kjar);
        out.flush();
    }
}
