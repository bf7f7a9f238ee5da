package dk.kulturmetropol.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a whole text file the user names, refusing before reading what would cost memory without bound: anything but
 * a regular file ({@code /dev/zero}, a named pipe, a directory) and a file over the limit. Not API.
 */
public final class BoundedFiles {
    /** The most bytes a file read here (agreement, data pack, DRL pack, meeting record) may have. */
    public static final int MAX_BYTES = 1_000_000;

    private BoundedFiles() {
    }

    /**
     * The UTF-8 text of {@code file}.
     *
     * @param file the file
     * @return its text
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws IOException when it is not a regular file, is over {@value #MAX_BYTES} bytes, is not UTF-8 or cannot
     *         be read; the message says which, with the size and the limit
     */
    public static String read(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException("it is " + (attributes.isDirectory() ? "a directory" : "not a regular file (a device, "
                    + "pipe or socket)") + "; expected a file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new IOException(tooLarge(String.valueOf(attributes.size())));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1); // a file that grows while read stops here too
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException(tooLarge("more than " + MAX_BYTES));
        }
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String tooLarge(String size) {
        return "the file has " + size + " bytes; a file read here is at most " + MAX_BYTES + " bytes";
    }
}
