import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step (pom.xml, run by the package phase with ASM, whose version the pom pins): rewrites the class files
 * of a library jar in place that are older than Java 6 (class version 50) as Java 8 class files (version 52) with
 * stack maps, the bytecode itself unchanged. The JDK's start-up cache ({@code -XX:AOTCache}, bin/qantara) cannot hold
 * a class that needs the old verifier, which such class files do: picocli 4.7 is compiled for Java 5, so its 177
 * classes were loaded and verified from the jar on every start (docs/BENCHMARKS.md, ninth round, start10). The
 * entries keep their order, names, times and bytes otherwise, so the same jar in gives the same jar out; a jar with
 * nothing to upgrade is left as it is (a second build).
 *
 * <p>Usage: {@code java -cp asm.jar src/build/ClassFileUpgrade.java LIBRARY.jar}
 */
public final class ClassFileUpgrade {
  private static final int OLDEST_KEPT = Opcodes.V1_6;
  private static final int UPGRADED = Opcodes.V1_8;

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ClassFileUpgrade LIBRARY.jar");
    }
    Path jar = Path.of(args[0]);
    Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgrading");
    int count = 0;
    try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        JarFile in = new JarFile(jar.toFile(), false);
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(upgraded))) {
      for (JarEntry entry : Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().endsWith(".class") && classVersion(bytes) < OLDEST_KEPT) {
          bytes = upgrade(bytes, classes);
          count++;
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    if (count == 0) {
      Files.delete(upgraded);
      System.out.println(jar.getFileName() + ": no class file older than Java 6");
    } else {
      Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.println(jar.getFileName() + ": " + count + " class files rewritten as Java 8 class files with stack maps");
    }
  }

  /** The major version, from the class file's header (bytes 6-7). */
  private static int classVersion(byte[] classFile) {
    return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
  }

  /** The class at version 52 with its frames computed; every instruction as it was. */
  private static byte[] upgrade(byte[] classFile, ClassLoader classes) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      // The frames' merged types need the library's class hierarchy, which this tool's own class path lacks.
      @Override
      protected ClassLoader getClassLoader() {
        return classes;
      }
    };
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        super.visit(UPGRADED, access, name, signature, superName, interfaces);
      }
    }, 0);
    return writer.toByteArray();
  }
}
