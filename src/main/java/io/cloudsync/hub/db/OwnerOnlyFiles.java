package io.cloudsync.hub.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Files and folders only the hub's own OS user may open: folders 0700, files 0600. On a file system without
 * POSIX permissions (Windows) the modes are skipped without an error and the platform's defaults apply.
 */
public final class OwnerOnlyFiles {

    public static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /**
     * Creates the folder and its missing parents, each 0700. A folder that exists already is left as it is:
     * it may be shared with others ({@code /tmp}), and changing its mode is the operator's call.
     */
    public static void createFolders(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        try {
            while (!missing.isEmpty()) {
                Path next = missing.pop();
                try {
                    Files.createDirectory(next, attributes(next, FOLDER_MODE));
                } catch (FileAlreadyExistsException raced) {
                    continue;
                }
                restrict(next, FOLDER_MODE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Makes an existing file 0600 (a missing one is skipped: H2 creates some of its files only when needed). */
    public static void restrictFile(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                restrict(file, FILE_MODE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + file + " readable by its owner only: " + e.getMessage(), e);
        }
    }

    /** Whether users other than the owner may open this folder or file (false where there are no POSIX modes). */
    public static boolean othersMayRead(Path path) {
        try {
            if (!posix(path) || !Files.exists(path)) {
                return false;
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path);
            return mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)
                    || mode.contains(PosixFilePermission.GROUP_EXECUTE)
                    || mode.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The text of a secret file, first created (0600, its folder 0700 when missing) with {@code content} when
     * it does not exist. Two processes starting at once agree: the file appears whole (written aside, then
     * moved in), and the one that loses the race reads the winner's.
     */
    public static String readOrCreate(Path file, Supplier<String> content) {
        try {
            if (!Files.exists(file)) {
                Path folder = file.toAbsolutePath().getParent();
                createFolders(folder);
                Path aside = Files.createTempFile(folder, "." + file.getFileName(), ".new",
                        attributes(folder, FILE_MODE));
                try {
                    restrict(aside, FILE_MODE);
                    Files.writeString(aside, content.get() + "\n", StandardCharsets.UTF_8);
                    Files.move(aside, file);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use its content
                } finally {
                    Files.deleteIfExists(aside);
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, mode);
        }
    }

    private static FileAttribute<?>[] attributes(Path near, Set<PosixFilePermission> mode) {
        return posix(near) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
