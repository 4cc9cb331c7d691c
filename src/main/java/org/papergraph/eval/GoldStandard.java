package org.papergraph.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A gold annotation file in the format of {@code shared/eval/README.md}. */
public record GoldStandard(List<Paper> papers) {

    public record Entity(String name, String type, List<String> aliases, String role, boolean essential) {
        public List<String> names() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    public record Relation(String subject, String predicate, String object) {}

    public record Paper(String title, List<Entity> entities, List<Relation> relations) {}

    public static GoldStandard read(Path file) {
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            List<Paper> papers = new ArrayList<>();
            for (JsonElement pe : root.getAsJsonArray("papers")) {
                JsonObject p = pe.getAsJsonObject();
                List<Entity> entities = new ArrayList<>();
                for (JsonElement ee : p.getAsJsonArray("entities")) {
                    JsonObject e = ee.getAsJsonObject();
                    List<String> aliases = new ArrayList<>();
                    if (e.has("aliases")) for (JsonElement a : e.getAsJsonArray("aliases")) aliases.add(a.getAsString());
                    entities.add(new Entity(e.get("name").getAsString(), e.get("type").getAsString(), aliases,
                            e.get("role").getAsString(), !e.has("essential") || e.get("essential").getAsBoolean()));
                }
                List<Relation> relations = new ArrayList<>();
                JsonArray rels = p.has("relations") ? p.getAsJsonArray("relations") : new JsonArray();
                for (JsonElement re : rels) {
                    JsonObject r = re.getAsJsonObject();
                    relations.add(new Relation(r.get("s").getAsString(), r.get("p").getAsString(), r.get("o").getAsString()));
                }
                papers.add(new Paper(p.get("title").getAsString(), entities, relations));
            }
            return new GoldStandard(papers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a gold annotation file: " + e.getMessage(), e);
        }
    }
}
