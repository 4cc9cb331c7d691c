package org.papergraph.export.push;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A user name and password for the target store. The password comes from a file (its first line) or an
 * environment variable, never from the command line, where other users of the machine could read it.
 */
public record Credentials(String user, String password) {

    public Credentials {
        if (user == null || user.isBlank()) throw new IllegalArgumentException("a user name is needed");
        if (password == null || password.isEmpty()) throw new IllegalArgumentException("the password for " + user + " is empty");
    }

    /** The first line of a file, without its line break. */
    public static Credentials fromFile(String user, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int eol = text.indexOf('\n');
            String line = eol < 0 ? text : text.substring(0, eol);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isEmpty()) throw new IllegalArgumentException("password file " + file + ": the first line is empty");
            return new Credentials(user, line);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }

    public static Credentials fromEnvironment(String user, String variable, Map<String, String> env) {
        String value = env.get(variable);
        if (value == null) throw new IllegalArgumentException("the environment variable " + variable + " is not set");
        return new Credentials(user, value);
    }

    @Override
    public String toString() {
        return "Credentials[" + user + ", password hidden]";
    }
}
