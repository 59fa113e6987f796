package org.attest.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code attest load}: the Spark job's Parquet tables into a store. Reading Parquet needs Spark,
 * which the {@code attest} jar does not carry (it would double its size): the load runs in a JVM
 * of its own on the {@code attest-spark} module's classpath ({@code attest-spark/target} of this
 * checkout, or the folder named by {@code ATTEST_SPARK_HOME} holding {@code attest-spark.jar} and
 * {@code classpath.txt}).
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Load the Parquet output of the Spark job (org.attest.spark.SparkJob, see docs/spark.md) into the store:",
      "documents in the job's ingest order, every input's result, and the job's cross-document view."
    })
public final class LoadCommand implements Callable<Integer> {

  /** What Spark needs opened on Java 17 (the list spark-submit passes). */
  static final List<String> SPARK_OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true");

  @Parameters(index = "0", paramLabel = "PARQUET_DIR", description = "The job's output folder.")
  Path dir;

  @Mixin StoreOptions store;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir.resolve("documents"))) {
      throw new IllegalArgumentException(dir + " holds no output of the Spark job (no documents table)");
    }
    Path home = sparkHome();
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx4g", "-Dfile.encoding=UTF-8"));
    cmd.addAll(SPARK_OPENS);
    cmd.addAll(List.of("-cp", home.resolve("attest-spark.jar") + File.pathSeparator
        + Files.readString(home.resolve("classpath.txt")).strip(), "org.attest.spark.ParquetLoad",
        dir.toAbsolutePath().toString(), "--db", store.db));
    ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1"); // local mode: the loopback address only
    Process p = pb.start();
    return p.waitFor();
  }

  /** Where the attest-spark jar and its classpath file are. */
  static Path sparkHome() throws IOException {
    String env = System.getenv("ATTEST_SPARK_HOME");
    List<Path> tried = new ArrayList<>();
    if (env != null && !env.isBlank()) {
      tried.add(Path.of(env));
    }
    try {
      Path jar = Path.of(LoadCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // attest-cli/target/attest.jar (or attest-cli/target/classes) -> attest-spark/target
      tried.add(jar.getParent().getParent().getParent().resolve("attest-spark").resolve("target"));
    } catch (URISyntaxException | RuntimeException e) {
      // no code source: only ATTEST_SPARK_HOME
    }
    for (Path t : tried) {
      if (Files.isRegularFile(t.resolve("attest-spark.jar")) && Files.isRegularFile(t.resolve("classpath.txt"))) {
        return t;
      }
    }
    throw new IllegalArgumentException("attest load needs the attest-spark module: build it with "
        + "'mvn -B -DskipTests package' (it writes attest-spark/target/attest-spark.jar and classpath.txt) or set "
        + "ATTEST_SPARK_HOME to a folder holding them");
  }
}
