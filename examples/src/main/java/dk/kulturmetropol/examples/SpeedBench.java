package dk.kulturmetropol.examples;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.ChairTerm;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.FocusArea;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.rules.Answer;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.internal.Engine;

/**
 * The {@code bench} command's measurements, each a median over batches so that the clock's own cost does not count:
 * a {@code who} question, a {@code duties} question, a {@code HashMap.get} of a precomputed answer (the floor), a fresh
 * rule-engine session per question (what the snapshot saves), and deriving generated agreements of 10, 100 and 1,000
 * partners. Absolute times depend on the machine; compare the ratios.
 */
final class SpeedBench {
    /** Calls per timed batch. */
    static final int BATCH = 1_000;

    /** One scale point: deriving a generated agreement. */
    record Scale(int partners, int focusAreas, long loadMs, long heapMb) {
    }

    /**
     * First answers from a cold JVM, each run as a pair with a bare JVM printing hello, alternately.
     *
     * @param runs            pairs run
     * @param bareJvmMs       median wall time of {@code java -cp kulturmetropol.jar ...BareJvm}
     * @param firstAnswerMs   median wall time of {@code java -jar kulturmetropol.jar who approve annual-plan --scope music}
     * @param ratio           {@code firstAnswerMs / bareJvmMs}
     * @param withConfigMs    the same question with {@code --config} (an agreement the rules have not seen, so they run)
     * @param withConfigRatio {@code withConfigMs / bareJvmMs}
     */
    record ColdStart(int runs, double bareJvmMs, double firstAnswerMs, double ratio, double withConfigMs, double withConfigRatio) {
    }

    /** Everything {@code bench} reports. */
    record Report(double queryP50Ns, double dutiesP50Ns, double hashMapP50Ns, double sessionPerQueryP50Ns,
                  double queryFirstAskP50Ns, double dutiesFirstAskP50Ns,
                  List<Scale> scale, ColdStart coldStart, String machine) {
    }

    private static volatile Object sink;

    private SpeedBench() {
    }

    /**
     * Runs every measurement; {@code quick} measures fewer batches and one scale point (for tests). {@code coldRuns}
     * pairs of cold starts are run when the command runs from its jar (none when 0).
     */
    static Report run(boolean quick, int coldRuns) {
        Governance g = Governance.kulturmetropolen();
        LocalDate date = LocalDate.of(2022, 6, 1);
        Criteria criteria = Criteria.any().scope("music").asOf(date);
        Criteria onDate = Criteria.any().asOf(date);
        Map<String, Answer<Duty>> precomputed = new HashMap<>();
        String key = "approve annual-plan music 2022-06-01";
        precomputed.put(key, g.who("approve", "annual-plan", criteria));
        int batches = quick ? 20 : 400;
        // at least half a second of warm-up per measurement; none in the quick run, whose figures only show the shape
        long warm = quick ? 0 : 500_000_000L;
        double query = median(() -> g.who("approve", "annual-plan", criteria), BATCH, batches, warm);
        double duties = median(() -> g.duties("project-chief:music", onDate), BATCH, batches, warm);
        double hashMap = median(() -> precomputed.get(key), BATCH, batches, warm);
        double queryFirst = firstAsk(g, (fresh, d) -> fresh.who("approve", "annual-plan", Criteria.any().scope("music").asOf(d)), quick ? 3 : 40);
        double dutiesFirst = firstAsk(g, (fresh, d) -> fresh.duties("project-chief:music", Criteria.any().asOf(d)), quick ? 3 : 40);
        Agreement agreement = g.agreement();
        double session = median(() -> Engine.askWithFreshSession(agreement, "approve", "annual-plan"), 1, quick ? 3 : 30, warm);
        List<Scale> scale = new ArrayList<>();
        int[][] points = quick ? new int[][] {{10, 3}} : new int[][] {{10, 3}, {100, 30}, {1_000, 100}};
        for (int[] point : points) {
            scale.add(scale(g, point[0], point[1]));
        }
        return new Report(query, duties, hashMap, session, queryFirst, dutiesFirst, scale, coldRuns > 0 ? coldStart(coldRuns) : null, machine());
    }

    /**
     * The median over {@code batches} of the time per call in a batch of {@code calls} calls, after a warm-up of a
     * quarter of the batches and at least {@code warmNanos}, so the JIT has compiled what is measured.
     */
    static double median(Supplier<?> call, int calls, int batches, long warmNanos) {
        long warmUntil = System.nanoTime() + warmNanos;
        for (int i = 0; i < Math.max(batches / 4, 2) || System.nanoTime() < warmUntil; i++) {
            for (int j = 0; j < calls; j++) {
                sink = call.get();
            }
        }
        double[] perCall = new double[batches];
        for (int b = 0; b < batches; b++) {
            long start = System.nanoTime();
            for (int j = 0; j < calls; j++) {
                sink = call.get();
            }
            perCall[b] = (System.nanoTime() - start) / (double) calls;
        }
        Arrays.sort(perCall);
        return perCall[batches / 2];
    }

    /**
     * The median time per call of a question asked for the first time: a governance answers a question asked before
     * from the answers it keeps, so each batch asks {@link #BATCH} questions on {@link #BATCH} different dates of a
     * governance no one has asked yet (derived before the clock starts).
     */
    static double firstAsk(Governance shipped, java.util.function.BiFunction<Governance, LocalDate, Object> ask, int batches) {
        double[] perCall = new double[batches];
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int b = -Math.max(batches / 4, 2); b < batches; b++) {
            Governance fresh = shipped.withAgreement(shipped.agreement());
            long t0 = System.nanoTime();
            for (int i = 0; i < BATCH; i++) {
                sink = ask.apply(fresh, start.plusDays(i));
            }
            if (b >= 0) {
                perCall[b] = (System.nanoTime() - t0) / (double) BATCH;
            }
        }
        Arrays.sort(perCall);
        return perCall[batches / 2];
    }

    /** Derives a generated agreement of {@code partners} partners and {@code areas} focus areas: time and peak heap. */
    static Scale scale(Governance g, int partners, int areas) {
        Agreement generated = generated(partners, areas);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Governance derived = g.withAgreement(generated);
        long ms = (System.nanoTime() - start) / 1_000_000;
        sink = derived;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Scale(partners, areas, ms, peak / (1024 * 1024));
    }

    /** A valid agreement over 2021-2024: partners p1..pN (every tenth joins in 2023), focus areas homed round the first partners. */
    static Agreement generated(int partners, int areas) {
        List<Partner> all = new ArrayList<>();
        for (int i = 1; i <= partners; i++) {
            all.add(new Partner("p" + i, "Partner " + i, i > 4 && i % 10 == 0 ? LocalDate.of(2023, 1, 1) : null, null));
        }
        List<FocusArea> focus = new ArrayList<>();
        for (int i = 1; i <= areas; i++) {
            int home = (i - 1) % Math.min(partners, 9) + 1;
            focus.add(new FocusArea("area" + i, "Area " + i, "p" + home));
        }
        return new Agreement("generated " + partners, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), all, focus,
                new ChairTerm("p1", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)), "p2",
                partners >= 4 ? List.of("p3", "p4") : List.of());
    }

    /** The jar this class runs from, or null when it runs from a classes directory. */
    static java.nio.file.Path jar() {
        try {
            java.nio.file.Path here = java.nio.file.Path.of(SpeedBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return here.toString().endsWith(".jar") ? here : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }

    private static ColdStart coldStart(int runs) {
        java.nio.file.Path jar = jar();
        if (jar == null) {
            return null;
        }
        String javaCommand = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            java.nio.file.Path config = java.nio.file.Files.createTempFile("kulturmetropol-bench", ".yaml");
            try {
                java.nio.file.Files.writeString(config, dk.kulturmetropol.rules.AgreementYaml.defaultText());
                double[] bare = new double[runs];
                double[] first = new double[runs];
                double[] configured = new double[runs];
                for (int i = 0; i < runs; i++) {
                    bare[i] = wallMs(javaCommand, "-cp", jar.toString(), BareJvm.class.getName());
                    first[i] = wallMs(javaCommand, "-jar", jar.toString(), "who", "approve", "annual-plan", "--scope", "music");
                    configured[i] = wallMs(javaCommand, "-jar", jar.toString(), "who", "approve", "annual-plan", "--scope", "music",
                            "--config", config.toString());
                }
                double b = median(bare);
                double f = median(first);
                double c = median(configured);
                return new ColdStart(runs, b, f, f / b, c, c / b);
            } finally {
                java.nio.file.Files.deleteIfExists(config);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot run the cold-start pairs: " + e.getMessage(), e);
        }
    }

    private static double wallMs(String... command) throws java.io.IOException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' exited with " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }
}
