package dk.kulturmetropol.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
record CliRunner(int exit, String out, String err) {
    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KulturmetropolCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRunner(exit, out.toString(), err.toString());
    }
}
